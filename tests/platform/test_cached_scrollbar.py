"""CachedScrollBar (PaintCache) looks exactly like QScrollBar and paints through the
style only when something about it changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QScrollBar, QWidget

from ui.widgets.cached_scrollbar import CachedScrollBar

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SIZES = {Qt.Orientation.Vertical: (16, 300), Qt.Orientation.Horizontal: (300, 16)}


def _window(qtbot, orientation, stable_after=0.0):
    """A stock QScrollBar and a CachedScrollBar side by side in one window (same
    activation state), not under the mouse (hover paints are not cached)."""
    width, height = SIZES[orientation]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(2 * width + 10, 2 * height + 10)
    parent.move(400, 400)
    bars = []
    for i, cls in enumerate((QScrollBar, CachedScrollBar)):
        bar = cls(orientation, parent)
        bar.setGeometry(i * (width + 10), i * (height + 10), width, height)
        bar.setRange(0, 500)
        bar.setPageStep(27)
        bar.setValue(120)
        bars.append(bar)
    bars[1].paint_cache.stable_after = stable_after
    QCursor.setPos(QPoint(0, 0))
    parent.show()
    qtbot.waitUntil(lambda: bars[1].paint_cache.renders > 0)  # painted once exposed
    return parent, *bars


def _cached(qtbot, bar) -> None:
    """Paint twice (a look is captured the second time it is painted), then let the
    event loop capture the rendering."""
    bar.repaint()
    bar.repaint()
    qtbot.waitUntil(lambda: bar.paint_cache.pixmap is not None)


def _image(parent, bar):
    return parent.grab(bar.geometry()).toImage()


def _difference(a, b) -> int:
    """The largest difference of one colour channel between two images of one size.
    Antialiased edges of a bar drawn on a transparent pixmap, then on the window,
    round one level differently from the bar drawn on the window directly."""
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if p != q:
                worst = max(worst, *(abs((p >> s & 255) - (q >> s & 255)) for s in (0, 8, 16)))
    return worst


@pytest.mark.parametrize("orientation", list(SIZES))
def test_looks_like_qscrollbar(qtbot, orientation):
    parent, stock, bar = _window(qtbot, orientation)
    assert not bar.underMouse()
    _cached(qtbot, bar)
    drawn = bar.paint_cache.renders
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1
    assert bar.paint_cache.renders == drawn  # that image came from the cache
    before = _image(parent, stock)
    for widget in (bar, stock):
        widget.setValue(300)
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1  # painted anew
    _cached(qtbot, bar)
    assert _difference(_image(parent, bar), _image(parent, stock)) <= 1  # the new cache
    # The comparison tells two slider positions apart.
    assert _difference(_image(parent, stock), before) > 20


def test_unchanged_bar_is_not_drawn_again(qtbot):
    _parent, _stock, bar = _window(qtbot, Qt.Orientation.Vertical)
    bar.setValue(10)
    _cached(qtbot, bar)
    drawn = bar.paint_cache.renders
    bar.repaint()
    bar.repaint()
    assert bar.paint_cache.renders == drawn
    changes = [
        lambda: bar.setRange(0, 73),  # what a new search does to the table's bar
        lambda: bar.setValue(20),
        lambda: bar.setEnabled(False),
    ]
    palette = bar.palette()
    palette.setColor(QPalette.ColorRole.Button, QColor("#336699"))
    changes.append(lambda: bar.setPalette(palette))
    for change in changes:
        change()
        drawn = bar.paint_cache.renders
        bar.repaint()
        assert bar.paint_cache.renders == drawn + 1
        _cached(qtbot, bar)
        drawn = bar.paint_cache.renders
        bar.repaint()
        assert bar.paint_cache.renders == drawn
    assert bar.value() == 20 and bar.maximum() == 73  # the range change kept the value


def test_a_new_state_is_captured_only_once_stable(qtbot, monkeypatch):
    _parent, _stock, bar = _window(qtbot, Qt.Orientation.Vertical, stable_after=2.0)
    now = [1000.0]
    monkeypatch.setattr("ui.widgets.paint_cache.time.monotonic", lambda: now[0])
    bar.setEnabled(False)  # a new state: a style may animate it with repaints of one look
    bar.repaint()
    now[0] += 1.0
    bar.repaint()
    qtbot.wait(20)
    assert bar.paint_cache.pixmap is None
    now[0] += 1.5
    _cached(qtbot, bar)  # stable for 2.5 s: captured
    drawn = bar.paint_cache.renders
    bar.repaint()
    assert bar.paint_cache.renders == drawn
    # A new range or position is not animated: captured without a wait.
    bar.setRange(0, 73)
    _cached(qtbot, bar)
    drawn = bar.paint_cache.renders
    bar.repaint()
    assert bar.paint_cache.renders == drawn


def test_a_look_painted_once_is_not_captured(qtbot):
    _parent, _stock, bar = _window(qtbot, Qt.Orientation.Vertical)
    for value in (10, 11, 12):  # scrolling: every position is new
        bar.setValue(value)
        bar.repaint()
        qtbot.wait(10)
        assert bar.paint_cache.pixmap is None


def test_alternating_looks_are_both_kept(qtbot):
    """A search shows the first page, then the counted rows: two ranges in turn."""
    _parent, _stock, bar = _window(qtbot, Qt.Orientation.Vertical)
    for maximum in (73, 500):
        bar.setRange(0, maximum)
        _cached(qtbot, bar)
    drawn = bar.paint_cache.renders
    for maximum in (73, 500, 73, 500):
        bar.setRange(0, maximum)
        bar.repaint()
    assert bar.paint_cache.renders == drawn
    assert bar.maximum() == 500


def test_hovered_bar_paints_through_qscrollbar(qtbot):
    _parent, _stock, bar = _window(qtbot, Qt.Orientation.Vertical)
    _cached(qtbot, bar)
    bar.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, True)  # as the mouse entering sets it
    drawn = bar.paint_cache.renders
    bar.repaint()
    bar.repaint()
    assert bar.paint_cache.renders == drawn + 2  # the hover highlight is QScrollBar's state
    assert bar.paint_cache.pixmap is None


def test_customers_table_uses_it(qtbot):
    from ui.customers.fast_table import FastTableView

    view = FastTableView()
    qtbot.addWidget(view)
    assert isinstance(view.verticalScrollBar(), CachedScrollBar)
    assert isinstance(view.horizontalScrollBar(), CachedScrollBar)
