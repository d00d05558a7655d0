"""A lean item delegate for the big customers table.

The default delegate asks every cell for ~8 roles and goes through the style's
full item drawing; a page of 30 rows x 13 columns took ~16 ms to paint. Cells
here are plain text, so this draws background, selection and elided text itself
(one data() call per cell). Rows the model styles (`row_styled(row)`, see
ui/customers/fast_table.py) go to QStyledItemDelegate, which paints every role.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

PADDING = 4
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Flag tests on plain ints: Python enum flag operations cost more than the drawing.
_SELECTED = QStyle.StateFlag.State_Selected.value
_ACTIVE = QStyle.StateFlag.State_Active.value
_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate.value


class FastTextDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._widths: dict[str, int] = {}  # text -> advance, for the elision test
        # text -> laid-out text: statuses, channels, owners and dates repeat on every page.
        # Laid out for the table's font, which this application never changes at run time.
        self._static: dict[str, QStaticText] = {}

    def _text(self, index: QModelIndex) -> str:
        model = index.model()
        row_text = getattr(model, "row_text", None)
        if row_text is None:
            return index.data() or ""
        # Straight to the model's row cache: no C++ round trip per cell.
        texts = row_text(index.row())
        return texts[index.column()] if texts else ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row_styled = getattr(index.model(), "row_styled", None)
        if row_styled is not None and row_styled(index.row()):
            super().paint(painter, option, index)
            return
        text = self._text(index)
        rect = option.rect
        palette = option.palette
        state = option.state.value
        if state & _SELECTED:
            group = QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive
            painter.fillRect(rect, palette.brush(group, QPalette.ColorRole.Highlight))
            painter.setPen(palette.color(group, QPalette.ColorRole.HighlightedText))
        else:
            if option.features.value & _ALTERNATE:
                painter.fillRect(rect, palette.alternateBase())
            painter.setPen(palette.color(QPalette.ColorRole.Text))
        if text:
            width = rect.width() - 2 * PADDING
            advance = self._widths.get(text)
            if advance is None:
                if len(self._widths) > 50_000:
                    self._widths.clear()
                advance = self._widths[text] = option.fontMetrics.horizontalAdvance(text)
            if advance > width:
                text = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = self._static.get(text)
            if static is None:
                if len(self._static) > 20_000:
                    self._static.clear()
                static = self._static[text] = QStaticText(text)
                static.prepare(painter.transform(), option.font)
            top = rect.top() + (rect.height() - option.fontMetrics.height()) // 2
            painter.drawStaticText(rect.left() + PADDING, top, static)
        if state & _FOCUS:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
