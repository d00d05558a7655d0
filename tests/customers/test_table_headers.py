"""The customers table's headers: measured once, not after every search; the row
numbers repaint from a cached rendering only while it would look the same (same
rows in view, same selection)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QCursor, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QWidget

from ui.customers.fast_table import FastTableView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def views(qtbot):
    """Two tables on one model in one window: the first header caches at once, the
    second always paints itself (the reference)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    model = QStandardItemModel(200, 3, window)  # vertical headers: 1, 2, 3 ...
    tables = []
    for stable_after in (0.0, 1e9):
        table = FastTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().paint_cache.stable_after = stable_after
        layout.addWidget(table)
        tables.append(table)
    window.resize(700, 400)
    window.move(400, 400)
    QCursor.setPos(QPoint(0, 0))
    window.show()
    qtbot.waitExposed(window)
    return window, model, *tables


def _numbers(window, table):
    header = table.verticalHeader()
    return window.grab(header.geometry().translated(table.pos())).toImage()


def _cached(qtbot, table) -> None:
    """Paint twice (a look is captured the second time it is painted) and capture."""
    header = table.verticalHeader()
    header.viewport().repaint()
    header.viewport().repaint()
    qtbot.waitUntil(lambda: header.paint_cache.pixmap is not None)


def test_cached_numbers_look_like_painted_ones(qtbot, views):
    window, _model, cached, reference = views
    _cached(qtbot, cached)
    drawn = cached.verticalHeader().paint_cache.renders
    assert _numbers(window, cached) == _numbers(window, reference)
    assert cached.verticalHeader().paint_cache.renders == drawn  # drawn from the cache
    plain = _numbers(window, reference)
    for table in (cached, reference):
        table.selectionModel().select(
            table.model().index(3, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
    _cached(qtbot, cached)
    assert _numbers(window, cached) == _numbers(window, reference)
    assert _numbers(window, reference) != plain  # the selected row's number is highlighted
    for table in (cached, reference):
        table.verticalScrollBar().setValue(50)
    _cached(qtbot, cached)
    assert _numbers(window, cached) == _numbers(window, reference)


def test_same_rows_are_not_painted_again(qtbot, views):
    _window, model, cached, _reference = views
    header = cached.verticalHeader()
    _cached(qtbot, cached)
    drawn = header.paint_cache.renders
    model.beginResetModel()  # a new search showing rows 1 to 30 again
    model.endResetModel()
    header.viewport().repaint()
    assert header.paint_cache.renders == drawn
    cached.verticalScrollBar().setValue(10)  # other numbers in view
    header.viewport().repaint()
    assert header.paint_cache.renders == drawn + 1


def test_uncacheable_headers_paint_themselves(qtbot, views):
    _window, model, cached, _reference = views
    header = cached.verticalHeader()
    _cached(qtbot, cached)
    header.resizeSection(2, 60)  # rows of different heights
    for _ in range(2):
        drawn = header.paint_cache.renders
        header.viewport().repaint()
        qtbot.wait(20)  # a capture would run here
        assert header.paint_cache.renders == drawn + 1
        assert header.paint_cache.pixmap is None
    header.resizeSection(2, header.defaultSectionSize())
    _cached(qtbot, cached)
    model.setRowCount(3)  # empty space below the last row
    header.viewport().repaint()
    qtbot.wait(20)
    assert header.paint_cache.pixmap is None


def test_pixel_scrolling_repaints_the_numbers(qtbot, views):
    _window, _model, cached, _reference = views
    cached.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = cached.verticalHeader()
    _cached(qtbot, cached)
    drawn = header.paint_cache.renders
    cached.verticalScrollBar().setValue(5)  # the same first row, 5 pixels higher
    header.viewport().repaint()
    assert header.paint_cache.renders == drawn + 1


class _CountingModel(QStandardItemModel):
    """Counts the header questions; the first title can be made two lines high."""

    def __init__(self, parent=None) -> None:
        super().__init__(200, 3, parent)
        self.asked = {Qt.Orientation.Horizontal: 0, Qt.Orientation.Vertical: 0}
        self.two_lines = False

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        self.asked[orientation] += 1
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return f"标题{section}\n第二行" if self.two_lines and section == 0 else f"标题{section}"
        return super().headerData(section, orientation, role)


def test_headers_are_measured_once(qtbot):
    model = _CountingModel()
    table = FastTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    for header in (table.horizontalHeader(), table.verticalHeader()):
        assert header.sizeHint() == QHeaderView.sizeHint(header)  # as QHeaderView measures
    asked = dict(model.asked)
    model.beginResetModel()  # a new search
    model.endResetModel()
    for header in (table.horizontalHeader(), table.verticalHeader()):
        header.sizeHint()
    assert model.asked == asked
    # New titles are measured again.
    one_line = table.horizontalHeader().sizeHint().height()
    model.two_lines = True
    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
    assert table.horizontalHeader().sizeHint().height() > one_line


def test_a_new_font_is_measured_again(qtbot):
    from PySide6.QtGui import QFont

    table = FastTableView()
    qtbot.addWidget(table)
    table.setModel(_CountingModel())
    table.show()
    qtbot.waitExposed(table)
    header = table.horizontalHeader()
    before = header.sizeHint().height()
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    table.setFont(font)  # reaches the headers as a FontChange
    qtbot.waitUntil(lambda: header.font().pointSizeF() == font.pointSizeF())
    assert header.sizeHint() == QHeaderView.sizeHint(header)
    assert header.sizeHint().height() > before
