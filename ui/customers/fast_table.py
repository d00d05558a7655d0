"""A table view that paints the visible page in one Python call.

QTableView paints cell by cell: for each cell it builds a style option, asks the
model for flags, the selection model whether the cell is selected, and calls the
delegate's paint(). With a Python delegate that is three Python round trips a
cell, ~30 µs; a page of 28 rows x 11 columns took ~10 ms, longer than the search.

This view paints the rows it is asked to repaint itself, from the model's
`row_text(row)` cache (tuples of display strings; `prepare_rows(rows)`, when the
model has it, fills that cache for the rows in view first): per row one background
(alternate colour or selection), per cell its text (drawText the first time, then
a pre-laid-out QStaticText elided to the column width, looked up by the column's
width), then the grid and the focus rectangle, as QTableView and FastTextDelegate
drew them. Without a selection in view the texts are drawn a column at a time.
Everything else (selection, keyboard, headers, sorting, tool tips through the
delegate's helpEvent) is QTableView's own.

The viewport does not fill its background before each paint (Qt's autoFill): the
rows are filled here, each once, with the base, alternate or highlight brush, and
only what lies outside them with the base. Filling the whole viewport first wrote
every pixel of the odd rows twice (~0.15 ms a search on a 1000 x 660 table).
Models without `row_text` and right-to-left layouts use the default path; spans
(setSpan) are not drawn, the customers table has none.

Rows the model styles (colours of overdue rows, fonts, icons: any of Foreground-,
Background-, Font- or DecorationRole) are QTableView's: a model that may style a
row says so with `row_styled(row) -> bool`, and those rows are painted by
QTableView's own paintEvent (restricted to them) through the item delegate, which
hands them to QStyledItemDelegate. Plain rows keep the fast path; a model without
`row_styled` has plain rows only.
"""

from __future__ import annotations

import re
from collections import deque
from itertools import compress, repeat
from operator import itemgetter

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
    QStaticText,
)
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from ui.customers.fast_delegate import PADDING
from ui.customers.table_headers import ColumnTitleHeader, RowNumberHeader
from ui.widgets.cached_scrollbar import CachedScrollBar

_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
# Printable Latin (with Latin-1 and Latin Extended-A/B), CJK punctuation, kana, CJK
# ideographs and full-width forms: characters whose advance does not depend on their
# neighbours, kerning aside.
_SIMPLE_CHARACTER = re.compile(
    "[\u0020-\u007e\u00a0-\u024f\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uffee]"
)
_HIGHLIGHT = QPalette.ColorRole.Highlight
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text
_ALTERNATE_BASE = QPalette.ColorRole.AlternateBase
_BASE = QPalette.ColorRole.Base
_NOTHING = QStaticText()  # what an empty cell draws: nothing (never passed to the painter)


class _NoTexts:
    """The texts of a row the model has nothing for: all empty."""

    def __getitem__(self, _column: int) -> str:
        return ""


_NO_TEXTS = _NoTexts()


class FastTableView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(ColumnTitleHeader(self))
        self.setVerticalHeader(RowNumberHeader(self))
        self.setVerticalScrollBar(CachedScrollBar(Qt.Orientation.Vertical, self))
        self.setHorizontalScrollBar(CachedScrollBar(Qt.Orientation.Horizontal, self))
        # Cells hold names, phone numbers, dates and labels: Chinese, digits and Latin,
        # none of which needs OpenType shaping to be legible (Qt still shapes the
        # scripts that do). Without it a text not seen before draws in ~60% of the
        # time (kerning and Latin ligatures are what is given up), and a cell's width
        # is exactly the sum of its characters' advances, which _width_bound assumes.
        # Only the strategy is set: family and size still follow the application.
        font = QFont()
        font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
        self.setFont(font)
        self._widths: dict[str, float] = {}  # text -> advance, for the elision test
        # character -> advance, None for characters of scripts shaped in context
        self._char_widths: dict[str, float | None] = {}
        # The painted font's metrics: replaced with the caches when the font changes.
        self._metrics_f = QFontMetricsF(self.font())
        # A text's width -> text -> its laid-out QStaticText for that width (elided when
        # it does not fit): statuses, channels, owners and dates repeat on every page,
        # and a cell costs one dictionary lookup. Cleared when the font changes.
        self._by_width: dict[int, dict[str, QStaticText]] = {}
        self._font_key = None
        self.fast_paints = 0  # paints that took the fast path (tests check it is used)
        viewport = self.viewport()
        viewport.setAutoFillBackground(False)
        viewport.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def _uses_fast_path(self) -> bool:
        return getattr(self.model(), "row_text", None) is not None and not self.isRightToLeft()

    def _width_bound(self, text: str) -> float | None:
        """The sum of the characters' own advances: the text's width (the view's font
        does not shape, so no kerning; Chinese characters and digits have fixed
        advances anyway). Measuring a new text costs ~3 µs, this sum
        ~0.3 µs, and it is enough to know that a name or a phone number fits its
        column. None when a character's width may depend on its neighbours (other
        scripts): then the text is measured."""
        widths = self._char_widths
        try:
            return sum(map(widths.__getitem__, text))
        except TypeError:
            return None  # a character of a script shaped in context
        except KeyError:
            pass
        if len(widths) > 20_000:
            widths.clear()
        for ch in text:
            if ch not in widths:
                widths[ch] = (
                    self._metrics_f.horizontalAdvance(ch) if _SIMPLE_CHARACTER.match(ch) else None
                )
        return self._width_bound(text)

    def _draw_text(
        self,
        painter: QPainter,
        x: int,
        top: int,
        text: str,
        width: int,
        metrics,
        font,
        known: dict[str, QStaticText],
    ) -> None:
        """Draw `text`, not in `known` (the texts laid out for this `width`), in a cell
        that wide at (x, top), elided when it does not fit.

        A text seen for the first time (names, phone numbers) is drawn with drawText:
        laying out a QStaticText (~7 µs) costs more than it saves for a text drawn once
        (drawText ~3 µs). A text seen again (statuses, channels, owners, dates, elided
        texts) is drawn from a prepared QStaticText (~2 µs a draw from then on)."""
        advance = self._widths.get(text)
        if advance is None:
            if len(self._widths) > 50_000:
                self._widths.clear()
            advance = self._width_bound(text)
            if advance is None or advance > width:
                advance = metrics.horizontalAdvance(text)
            self._widths[text] = advance
            if advance <= width:
                painter.drawText(x, top + self._ascent, text)
                return
        shown = metrics.elidedText(text, _ELIDE_RIGHT, width) if advance > width else text
        static = known[text] = QStaticText(shown)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(self._transform, font)
        painter.drawStaticText(x, top, static)

    def _known(self, width: int) -> dict[str, QStaticText]:
        """Text -> what to draw for it in a cell `width` wide ("" -> nothing)."""
        known = self._by_width.get(width)
        if known is None or len(known) > 20_000:
            if len(self._by_width) > 64:  # columns resized again and again
                self._by_width.clear()
            known = self._by_width[width] = {"": _NOTHING}
        return known

    def _paint_unselected(
        self,
        painter: QPainter,
        row_text,
        rows: list,
        cells: list,
        grid: int,
        text_height: int,
        text_color: QColor,
        base,
        alternate,
        left_edge: int,
        row_width: int,
        metrics,
        font,
    ) -> None:
        """The rows' backgrounds and texts when none of their cells is selected (every
        search's first paint): column by column, so that a column whose texts all
        have a prepared QStaticText for its width (statuses, grades, schools, channels,
        owners, most dates) is drawn by one map() over drawStaticText, without a line
        of Python per cell (measured: 0.1-0.16 ms less of a ~1.6 ms paint of 28 rows x
        13 columns)."""
        painter.setPen(text_color)
        texts_of_rows = []
        tops = []
        for row, visual, y, height in rows:
            cell_h = height - grid
            # One fill for the row: the grid lines are drawn over it afterwards.
            painter.fillRect(left_edge, y, row_width, cell_h, alternate if visual & 1 else base)
            tops.append(y + (cell_h - text_height) // 2)
            texts_of_rows.append(row_text(row) or _NO_TEXTS)
        draw_static = painter.drawStaticText
        for col, _x, text_x, _cell_w, text_w in cells:
            column = list(map(itemgetter(col), texts_of_rows))
            known = self._known(text_w)
            statics = list(map(known.get, column))
            if None not in statics:
                # compress() leaves out the empty cells (their text is falsy).
                deque(
                    map(
                        draw_static,
                        repeat(text_x),
                        compress(tops, column),
                        compress(statics, column),
                    ),
                    maxlen=0,
                )
                continue
            for top, text, static in zip(tops, column, statics, strict=True):
                if static is None:
                    self._draw_text(painter, text_x, top, text, text_w, metrics, font, known)
                elif static is not _NOTHING:
                    draw_static(text_x, top, static)

    def _fill_base(self, area: QRect | QRegion) -> None:
        """The background under whatever QTableView paints: the viewport is opaque."""
        painter = QPainter(self.viewport())
        brush = self.viewport().palette().brush(QPalette.ColorRole.Base)
        if isinstance(area, QRegion):
            painter.setClipRegion(area)
            area = area.boundingRect()
        painter.fillRect(area, brush)
        painter.end()

    def paintEvent(self, event) -> None:
        if not self._uses_fast_path():
            self._fill_base(event.rect())
            super().paintEvent(event)
            return
        self.fast_paints += 1
        styled = self._paint_rows(event.rect())
        if styled is None:
            self._fill_base(event.rect())
        elif not styled.isEmpty():
            self._fill_base(styled)
            super().paintEvent(QPaintEvent(styled))

    def _styled(self, model, rows: list) -> set[int]:
        """The logical rows among `rows` that the model styles (see the module's doc)."""
        row_styled = getattr(model, "row_styled", None)
        if row_styled is None:
            return set()
        return {row for row, _visual, _y, _height in rows if row_styled(row)}

    def _paint_rows(self, area) -> QRegion | None:
        """Paint the plain rows in `area` and the background around them; the part of
        `area` that the model's styled rows cover (for QTableView to paint), None when
        no row or column is there (nothing painted)."""
        model = self.model()
        row_text = model.row_text
        viewport = self.viewport()
        vertical, horizontal = self.verticalHeader(), self.horizontalHeader()
        # Rows and columns that intersect the area to repaint.
        first_row = vertical.visualIndexAt(area.top())
        if first_row < 0 or model.rowCount() == 0:
            return None  # below the last row: the viewport's background is all there is
        last_row = vertical.visualIndexAt(area.bottom())
        if last_row < 0:
            last_row = vertical.count() - 1
        first_col = horizontal.visualIndexAt(area.left())
        if first_col < 0:
            return None
        last_col = horizontal.visualIndexAt(area.right())
        if last_col < 0:
            last_col = horizontal.count() - 1
        columns = []  # (logical column, x, width)
        for visual in range(first_col, last_col + 1):
            logical = horizontal.logicalIndex(visual)
            if not horizontal.isSectionHidden(logical):
                columns.append(
                    (
                        logical,
                        horizontal.sectionViewportPosition(logical),
                        horizontal.sectionSize(logical),
                    )
                )
        rows = []  # (logical row, y, height)
        for visual in range(first_row, last_row + 1):
            logical = vertical.logicalIndex(visual)
            if not vertical.isSectionHidden(logical):
                rows.append(
                    (
                        logical,
                        visual,
                        vertical.sectionViewportPosition(logical),
                        vertical.sectionSize(logical),
                    )
                )
        if not columns or not rows:
            return None
        prepare = getattr(model, "prepare_rows", None)
        if prepare is not None:
            prepare([row[0] for row in rows])
        styled = self._styled(model, rows)
        plain = [r for r in rows if r[0] not in styled] if styled else rows

        grid = 1 if self.showGrid() else 0
        font = self.font()
        metrics = self.fontMetrics()
        painter = QPainter(viewport)
        transform = painter.transform()
        font_key = (font.key(), transform.m11(), transform.m22())
        if font_key != self._font_key:
            self._font_key = font_key
            self._widths.clear()
            self._char_widths.clear()
            self._metrics_f = QFontMetricsF(font)
            self._by_width.clear()
        self._transform = transform
        text_height = metrics.height()
        self._ascent = metrics.ascent()

        palette = self.palette()
        enabled = self.isEnabled()
        if not enabled:
            group = QPalette.ColorGroup.Disabled
        elif self.isActiveWindow() and self.hasFocus():
            # QAbstractItemView drops State_Active when the view itself has no focus.
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        text_group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        highlight = palette.brush(group, _HIGHLIGHT)
        highlighted_text = palette.color(group, _HIGHLIGHTED_TEXT)
        text_color = palette.color(text_group, _TEXT)
        base = palette.brush(text_group, _BASE)
        alternate = (
            palette.brush(text_group, _ALTERNATE_BASE) if self.alternatingRowColors() else base
        )

        # Selection ranges that touch the rows being painted: (top, bottom, left, right).
        selected: list[tuple[int, int, int, int]] = []
        selection_model = self.selectionModel()
        if selection_model is not None and selection_model.hasSelection():
            low, high = rows[0][0], rows[-1][0]
            for item_range in selection_model.selection():
                top, bottom = item_range.top(), item_range.bottom()
                if bottom >= low and top <= high:
                    selected.append((top, bottom, item_range.left(), item_range.right()))

        left_edge = columns[0][1]
        row_width = columns[-1][1] + columns[-1][2] - grid - left_edge
        first_col, last_col = min(c[0] for c in columns), max(c[0] for c in columns)
        pen_is = None
        # Per column: x, where its text starts, the cell's width and the text's.
        cells = [
            (col, x, x + PADDING, width - grid, width - grid - 2 * PADDING)
            for col, x, width in columns
        ]
        if not selected:
            self._paint_unselected(
                painter,
                row_text,
                plain,
                cells,
                grid,
                text_height,
                text_color,
                base,
                alternate,
                left_edge,
                row_width,
                metrics,
                font,
            )
        else:
            # Row by row: the pen and the fills follow the selected cells.
            knowns = [self._known(text_w) for _col, _x, _text_x, _cell_w, text_w in cells]
            for row, visual, y, height in plain:
                cell_h = height - grid
                texts = row_text(row) or _NO_TEXTS
                spans = [
                    (left, right) for top, bottom, left, right in selected if top <= row <= bottom
                ]
                whole = bool(spans) and any(
                    left <= first_col and right >= last_col for left, right in spans
                )
                # One fill for the row: the grid lines are drawn over it afterwards.
                painter.fillRect(
                    left_edge,
                    y,
                    row_width,
                    cell_h,
                    highlight if whole else alternate if visual & 1 else base,
                )
                text_top = y + (cell_h - text_height) // 2
                for (col, x, text_x, cell_w, text_w), known in zip(cells, knowns, strict=True):
                    if spans and (whole or any(left <= col <= right for left, right in spans)):
                        if not whole:
                            painter.fillRect(x, y, cell_w, cell_h, highlight)
                        if pen_is is not highlighted_text:
                            painter.setPen(highlighted_text)
                            pen_is = highlighted_text
                    elif pen_is is not text_color:
                        painter.setPen(text_color)
                        pen_is = text_color
                    text = texts[col]
                    static = known.get(text)
                    if static is None:
                        self._draw_text(
                            painter, text_x, text_top, text, text_w, metrics, font, known
                        )
                    elif static is not _NOTHING:
                        painter.drawStaticText(text_x, text_top, static)

        # The background beside the last column and below the last row.
        right_end = columns[-1][1] + columns[-1][2]
        bottom_end = rows[-1][2] + rows[-1][3]
        if right_end <= area.right():
            painter.fillRect(
                right_end,
                area.top(),
                area.right() + 1 - right_end,
                min(area.bottom() + 1, bottom_end) - area.top(),
                base,
            )
        if bottom_end <= area.bottom():
            painter.fillRect(
                area.left(), bottom_end, area.width(), area.bottom() + 1 - bottom_end, base
            )

        if grid:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
            grid_color = QColor.fromRgba(hint & 0xFFFFFFFF)
            left, top = area.left(), area.top()
            # As far as QTableView draws them: the headers' lengths (the same as the
            # last section's end, unless hidden sections left the header inconsistent).
            right = min(area.right(), horizontal.length() - horizontal.offset() - 1)
            bottom = min(area.bottom(), vertical.length() - vertical.offset() - 1)
            if self.gridStyle() == Qt.PenStyle.SolidLine:
                # 1-pixel rectangles: the same pixels as drawLine, a twentieth of the time.
                for _row, _visual, y, height in rows:
                    painter.fillRect(left, y + height - 1, right - left + 1, 1, grid_color)
                for _col, x, width in columns:
                    painter.fillRect(x + width - 1, top, 1, bottom - top + 1, grid_color)
            else:
                painter.setPen(QPen(grid_color, 1, self.gridStyle()))
                for _row, _visual, y, height in rows:
                    painter.drawLine(left, y + height - 1, right, y + height - 1)
                for _col, x, width in columns:
                    painter.drawLine(x + width - 1, top, x + width - 1, bottom)

        current = self.currentIndex()
        if (
            current.isValid()
            and current.row() not in styled  # QTableView's delegate draws that one
            and (self.hasFocus() or viewport.hasFocus())
        ):
            rect = self.visualRect(current)
            if rect.isValid() and rect.intersects(area):
                painter.setPen(palette.color(group, _HIGHLIGHT))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
        region = QRegion()
        for row, _visual, y, height in rows:
            if row in styled:
                region += QRect(area.left(), y, area.width(), height).intersected(area)
        return region
