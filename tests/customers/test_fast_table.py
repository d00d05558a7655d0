"""The customers table paints its page in one Python call: it must look like QTableView
with FastTextDelegate (selection, alternate rows, grid, elision, focus) and keep its
header behaviour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QHeaderView

from app.customers.rows import CustomerInput
from ui.customers.columns import COLUMNS
from ui.customers.fast_delegate import PADDING

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SCHOOL = [c.key for c in COLUMNS].index("school")
TAGS = [c.key for c in COLUMNS].index("tags")
LONG_SCHOOL = "北京市海淀区第一实验小学附属国际双语学校"


@pytest.fixture
def tab(qtbot, ui_context):
    from ui.customers.customers_tab import CustomersTab

    ctx = ui_context("manager")
    ctx.services.customers.ensure_seed_channels(ctx.actor)
    for i in range(8):
        ctx.services.customers.create_customer(
            ctx.actor,
            CustomerInput(
                name=f"客户{i}",
                mobile=f"1370000000{i}",
                school=LONG_SCHOOL if i % 2 else "育才中学",
                tags=["寒假班", "A组"] if i == 7 else None,
            ),
        )
    widget = CustomersTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitUntil(lambda: not widget.model.is_counting())
    widget.table.setColumnWidth(SCHOOL, 70)  # the long school name must be elided
    return widget


def _grab(view, fast: bool):
    """The viewport as painted by the fast path or by QTableView + FastTextDelegate."""
    if not fast:
        view._uses_fast_path = lambda: False
    try:
        before = view.fast_paints
        image = view.viewport().grab().toImage()
        assert (view.fast_paints > before) == fast
        return image
    finally:
        view.__dict__.pop("_uses_fast_path", None)


def _assert_same(view):
    fast, default = _grab(view, True), _grab(view, False)
    assert fast.size() == default.size()
    differing = sum(
        fast.pixel(x, y) != default.pixel(x, y)
        for y in range(fast.height())
        for x in range(fast.width())
    )
    assert differing == 0


def test_paints_like_qtableview_with_the_delegate(tab):
    view = tab.table
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    _assert_same(view)  # alternate rows, grid, elided school names, tags
    selection.select(tab.model.index(1, 0), flags.Select | flags.Rows)
    selection.select(tab.model.index(4, 0), flags.Select | flags.Rows)
    _assert_same(view)  # whole rows selected
    selection.select(tab.model.index(6, SCHOOL), flags.Select)
    _assert_same(view)  # one cell selected
    view.setColumnHidden(SCHOOL, True)
    view.horizontalHeader().moveSection(0, 3)
    _assert_same(view)  # hidden and moved columns
    for column in range(4, len(COLUMNS)):
        view.setColumnHidden(column, True)
    _assert_same(view)  # QHeaderView keeps the hidden sections' old positions here


def test_known_texts_and_a_resized_column(tab):
    """Later paints draw the texts seen before from their prepared QStaticText, a column
    at a time (one map() per column): still the same pixels, and a column made wider
    gets its texts laid out again for the new width (no longer elided)."""
    view = tab.table

    def text_width() -> int:
        return view.columnWidth(SCHOOL) - 1 - 2 * PADDING  # grid line and padding

    for _ in range(3):
        _assert_same(view)
    elided = view._by_width[text_width()][LONG_SCHOOL]
    assert elided.text().endswith("…")
    view.setColumnWidth(SCHOOL, 400)
    QApplication.processEvents()
    for _ in range(3):
        _assert_same(view)
    assert view._by_width[text_width()][LONG_SCHOOL].text() == LONG_SCHOOL


def test_background_beside_and_below_the_rows(tab):
    """The viewport does not fill itself: the fast path paints the background beside
    the last column and below the last row."""
    view = tab.table
    view.horizontalHeader().setStretchLastSection(False)
    for column in range(len(COLUMNS)):
        view.setColumnHidden(column, column >= 3)
    QApplication.processEvents()  # the header's posted layout
    assert view.horizontalHeader().length() < view.viewport().width() // 2
    assert view.verticalHeader().length() < view.viewport().height() - 100
    _assert_same(view)
    image = _grab(view, True)
    base = view.palette().color(QPalette.ColorRole.Base)
    assert QColor(image.pixel(image.width() - 2, 2)) == base
    assert QColor(image.pixel(2, image.height() - 2)) == base


def test_focus_rectangle_like_the_delegate(qtbot, tab):
    view = tab.table
    tab.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(tab.model.index(2, 1))
    # Unselected, so that the rectangle (highlight colour) shows on the background.
    view.selectionModel().clearSelection()
    assert view.currentIndex().row() == 2
    image = _grab(view, True)
    rect = view.visualRect(view.currentIndex())
    assert QColor(image.pixel(rect.topRight())) == view.palette().color(
        QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight
    )
    _assert_same(view)


def test_selection_alternate_rows_and_elision(tab):
    view = tab.table
    flags = QItemSelectionModel.SelectionFlag
    # Not selectRow(): it follows the keyboard modifiers a previous test may have left.
    view.selectionModel().select(tab.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    image = _grab(view, True)
    palette = view.palette()
    group = QPalette.ColorGroup.Active if view.hasFocus() else QPalette.ColorGroup.Inactive
    rect0 = view.visualRect(tab.model.index(0, 0))
    rect1 = view.visualRect(tab.model.index(1, 0))
    rect2 = view.visualRect(tab.model.index(2, 0))

    def right_edge(rect):  # the names are short: the right end of the cell is background
        return QColor(image.pixel(rect.right() - 1, rect.top() + 1))

    assert right_edge(rect0) == palette.color(group, QPalette.ColorRole.Highlight)
    assert right_edge(rect1) == palette.color(QPalette.ColorRole.AlternateBase)
    assert right_edge(rect2) == palette.color(QPalette.ColorRole.Base)
    # The long school name was drawn elided, within its cell.
    elided = [
        known[LONG_SCHOOL].text() for known in view._by_width.values() if LONG_SCHOOL in known
    ]
    assert elided and elided[0].endswith("…") and len(elided[0]) < len(LONG_SCHOOL)
    # Tags are shown (sorted, joined) and something was drawn in their cell.
    assert tab.model.row_text(0)[TAGS] == "A组、寒假班"  # newest first: 客户7
    view.scrollTo(tab.model.index(0, TAGS))
    image = _grab(view, True)
    tags_rect = view.visualRect(tab.model.index(0, TAGS))
    background = QColor(image.pixel(tags_rect.topLeft() + QPoint(1, 1)))
    assert any(
        QColor(image.pixel(x, y)) != background
        for x in range(max(0, tags_rect.left()), min(image.width(), tags_rect.right()))
        for y in range(tags_rect.top(), tags_rect.bottom())
    )


def test_row_number_header(qtbot, tab):
    view = tab.table
    header = view.verticalHeader()
    plain = QHeaderView(Qt.Orientation.Vertical)
    plain.setModel(tab.model)
    plain.setFont(header.font())
    assert header.sizeHint() == plain.sizeHint()
    # A click on a row number selects the row; the current row's number is highlighted.
    assert header.sectionsClickable() and header.highlightSections()
    y = header.sectionViewportPosition(3) + header.sectionSize(3) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, y))
    assert [i.row() for i in view.selectionModel().selectedRows()] == [3]


def test_tooltip_and_keyboard_still_work(qtbot, tab):
    view = tab.table
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    index = tab.model.index(0, SCHOOL)  # 客户7, the long school name
    assert tab.model.data(index, Qt.ItemDataRole.ToolTipRole) == LONG_SCHOOL


def test_width_bound_of_new_texts(qtbot):
    """New texts are not measured when the sum of their characters' advances fits: the
    sum must be their width for Chinese and digits, and refuse scripts shaped in context."""
    from PySide6.QtGui import QFontMetricsF

    from ui.customers.fast_table import FastTableView

    view = FastTableView()
    qtbot.addWidget(view)
    metrics = QFontMetricsF(view.font())
    for text in (
        "张伟",
        "欧阳娜娜",
        "13800138000",
        "138****8000",
        "北京市海淀区育才中学",
        "2026-11-26",
        "ｗｅｃｈａｔ１２３",
    ):
        assert abs(view._width_bound(text) - metrics.horizontalAdvance(text)) < 0.01, text
    for text in ("Wang Fang", "AVATAR Tom"):  # the view's font does not kern: exact too
        assert abs(view._width_bound(text) - metrics.horizontalAdvance(text)) < 0.01, text
    for text in ("مرحبا", "अनुज", "张伟مرحبا"):
        assert view._width_bound(text) is None, text
    assert abs(view._width_bound("张伟") - metrics.horizontalAdvance("张伟")) < 0.01  # cached


def test_cells_are_not_shaped_and_follow_the_application_font(qtbot):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ui.customers.fast_table import FastTableView

    view = FastTableView()
    qtbot.addWidget(view)
    assert view.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    app = QApplication.instance()
    original = app.font()
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() + 3)
    try:
        app.setFont(bigger)
        # Only the strategy is set on the view: the size follows (once the change event
        # has been delivered).
        qtbot.waitUntil(lambda: view.font().pointSizeF() == bigger.pointSizeF())
        assert view.font().styleStrategy() & QFont.StyleStrategy.PreferNoShaping
    finally:
        app.setFont(original)


class _StyledModel(QAbstractTableModel):
    """Rows with texts only, and rows the model styles: an overdue colour and
    background, a bold font, an icon (the roles the fast path does not paint)."""

    STYLED = (1, 4)

    def __init__(self) -> None:
        super().__init__()
        self.texts = [
            (f"客户{r}", f"1370000000{r}", LONG_SCHOOL if r % 2 else "育才中学") for r in range(7)
        ]
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor("darkgreen"))
        self.icon = QIcon(pixmap)
        self.bold = QFont()
        self.bold.setBold(True)
        self.bold.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 3

    def row_text(self, row: int):
        return self.texts[row]

    def row_styled(self, row: int) -> bool:
        return row in self.STYLED

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[row][column]
        if row not in self.STYLED:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("red"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fff0c0"))
        if role == Qt.ItemDataRole.FontRole and row == 4:
            return self.bold
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self.icon
        return None


def _styled_views(qtbot):
    """The fast view with the customers' delegate, and a plain QTableView (default
    delegate) over one styled model, with the same geometry and font."""
    from PySide6.QtWidgets import QTableView

    from ui.customers.fast_delegate import FastTextDelegate
    from ui.customers.fast_table import FastTableView

    model = _StyledModel()
    fast = FastTableView()
    fast.setItemDelegate(FastTextDelegate(fast))
    plain = QTableView()
    for view in (fast, plain):
        qtbot.addWidget(view)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setFont(fast.font())
        view.verticalHeader().setFixedWidth(40)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(24)  # the customers tab's ROW_HEIGHT
        view.setWordWrap(False)
        for column, width in enumerate((120, 130, 90)):
            view.setColumnWidth(column, width)
        view.resize(500, 300)
        view.show()
    qtbot.waitExposed(fast)
    qtbot.waitExposed(plain)
    # The first paint, as when the customers tab is shown: texts seen for the first
    # time are drawn with drawText, which may sit a pixel off the QStaticText the
    # delegate and later paints use.
    fast.viewport().grab()
    return model, fast, plain


def _row_pixels(view, image, row: int) -> list[list[int]]:
    rect = view.visualRect(view.model().index(row, 0)).united(
        view.visualRect(view.model().index(row, 2))
    )
    return [
        [image.pixel(x, y) for x in range(rect.left(), rect.right() + 1)]
        for y in range(rect.top(), rect.bottom() + 1)
    ]


def test_styled_rows_paint_their_roles_like_plain_qtableview(qtbot):
    model, fast, plain = _styled_views(qtbot)
    _assert_same(fast)  # the fast path and QTableView + FastTextDelegate agree everywhere
    image = _grab(fast, True)
    reference = plain.viewport().grab().toImage()
    for row in model.STYLED:
        assert _row_pixels(fast, image, row) == _row_pixels(plain, reference, row), row
    # The roles really show: the background colour, and the icon's green.
    rect = fast.visualRect(model.index(1, 1))
    assert QColor(image.pixel(rect.right() - 2, rect.top() + 2)) == QColor("#fff0c0")
    icon_cell = fast.visualRect(model.index(4, 0))
    assert any(
        QColor(image.pixel(x, y)) == QColor("darkgreen")
        for x in range(icon_cell.left(), icon_cell.left() + 24)
        for y in range(icon_cell.top(), icon_cell.bottom())
    )


def test_styled_rows_with_a_selection_and_focus(qtbot):
    model, fast, _plain = _styled_views(qtbot)
    flags = QItemSelectionModel.SelectionFlag
    fast.selectionModel().select(model.index(4, 0), flags.ClearAndSelect | flags.Rows)
    fast.selectionModel().select(model.index(2, 1), flags.Select)
    fast.setFocus()
    fast.setCurrentIndex(model.index(1, 1))
    _assert_same(fast)
    fast.setCurrentIndex(model.index(3, 2))
    _assert_same(fast)


def test_plain_rows_keep_the_fast_path(qtbot):
    """Styled rows go to QTableView; the plain ones are still drawn by the fast path
    (their texts land in its prepared-text cache) and the delegate is not asked."""
    from ui.customers.fast_delegate import FastTextDelegate

    model, fast, _plain = _styled_views(qtbot)
    painted_rows: list[int] = []

    class Counting(FastTextDelegate):
        def paint(self, painter, option, index):
            painted_rows.append(index.row())
            super().paint(painter, option, index)

    fast.setItemDelegate(Counting(fast))
    known_before = sum(map(len, fast._by_width.values()))
    _grab(fast, True)
    assert sum(map(len, fast._by_width.values())) > known_before  # plain texts, fast path
    assert set(painted_rows) == set(model.STYLED)
