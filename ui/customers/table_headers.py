"""The customers table's headers: measured once per look, the row numbers repainted
from a cached rendering.

After every model reset (every search) QTableView asks both headers for their size
hint, and QHeaderView measures the sections again through the model's headerData:
the first and the last 100 row numbers (~650 calls into Python, ~1.5 ms) and the
13 column titles (52 calls). Neither changes with the rows shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHeaderView

from ui.widgets.paint_cache import PaintCache


class _MeasuredOnce(QHeaderView):
    """A header whose size hint is measured once per _hint_key() and look."""

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        # As QTableView sets up its own headers: a click selects the row or column, the
        # current one is highlighted.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._hints: dict[tuple, QSize] = {}
        self._watched = None  # the model whose headerDataChanged clears the hints
        self._look: tuple | None = None  # font and style, until either changes

    def look_key(self) -> tuple:
        """The font's key and the style: asked several times a frame (size hints, the
        row numbers' cache key), and building the font key alone costs ~2.5 µs."""
        if self._look is None:
            style = self.style()
            self._look = (self.font().key(), id(style), style.name())
        return self._look

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._look = None
        super().changeEvent(event)

    def _hint_key(self) -> tuple:
        raise NotImplementedError

    def setModel(self, model) -> None:
        if self._watched is not None and self._watched is not model:
            self._watched.headerDataChanged.disconnect(self._forget_hints)
            self._watched = None
        super().setModel(model)
        self._hints.clear()
        if model is not None and self._watched is None:
            model.headerDataChanged.connect(self._forget_hints)
            self._watched = model

    def _forget_hints(self, *_changed) -> None:
        self._hints.clear()

    def sizeHint(self) -> QSize:
        key = (
            *self._hint_key(),
            *self.look_key(),
            self.defaultSectionSize(),
            self.minimumSectionSize(),
            self.isSortIndicatorShown(),
        )
        hint = self._hints.get(key)
        if hint is None:
            if len(self._hints) > 100:
                self._hints.clear()
            hint = self._hints[key] = super().sizeHint()
        return QSize(hint)


class ColumnTitleHeader(_MeasuredOnce):
    """The column titles: the same for every search (they change with the language,
    which the model announces with headerDataChanged)."""

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def _hint_key(self) -> tuple:
        return (self.count(), self.defaultAlignment().value)


class RowNumberHeader(_MeasuredOnce):
    """The vertical header of row numbers. They are as wide as their digits: the hint
    is measured once per number of digits.

    A reset also repaints the numbers, although a new search shows the same 1 to 30
    again: ~0.4 ms (8 headerData calls a row). The header repaints from a cached
    rendering (PaintCache) while the visible rows, their selection and the look
    are the same. The model's vertical headers must be the row numbers.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.paint_cache = PaintCache(self.viewport(), self._cache_key)

    def _cache_key(self) -> tuple | None:
        """What the visible numbers look like; None when that depends on more (the
        mouse over the header, rows of different heights, hidden or moved rows,
        empty space below the last row)."""
        viewport = self.viewport()
        count, size = self.count(), self.defaultSectionSize()
        if (
            viewport.underMouse()
            or count == 0
            or self.hiddenSectionCount()
            or self.sectionsMoved()
            or self.length() != count * size
        ):
            return None
        height = viewport.height()
        first, last = self.visualIndexAt(0), self.visualIndexAt(height - 1)
        if first < 0 or last < 0:
            return None
        selected = ()
        selection = self.selectionModel()
        if selection is not None and selection.hasSelection():
            selected = tuple(
                (r.top(), r.bottom(), r.left(), r.right())
                for r in selection.selection()
                if r.bottom() >= first - 1 and r.top() <= last + 1
            )
        # (state, content): see PaintCache.
        return (
            (
                self.isEnabled(),
                self.window().isActiveWindow(),
                self.palette().cacheKey(),
                *self.look_key(),
                id(self.model()),
                self.layoutDirection().value,
                self.defaultAlignment().value,
                viewport.devicePixelRatioF(),
            ),
            (
                viewport.width(),
                height,
                self.offset(),
                first,
                last,
                last == count - 1,
                size,
                selected,
            ),
        )

    def paintEvent(self, event) -> None:
        self.paint_cache.paint(lambda: QHeaderView.paintEvent(self, event))

    def _hint_key(self) -> tuple:
        return (len(str(self.count())),)
