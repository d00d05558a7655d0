"""A scroll bar that repaints from its last rendering when nothing about it changed.

QAbstractScrollArea re-stacks both scroll bar containers (raise()) every time
it lays out its children, and QTableView lays them out on every model reset
(setViewportMargins). With both bars shown, each raise moves a container above
the other, so both bars repaint although neither changed. The Fusion style takes
~0.7 ms to draw one bar, and a search repaints them twice (first page, then the
count): an unchanged bar is drawn from a pixmap instead (see PaintCache).

The key is the style option (size, range, position, page step, state, palette,
style). A search shows the first page, then the counted rows: two ranges, both
kept (see PaintCache). Hover and pressed highlights depend on QScrollBar's private state, so a
bar under the mouse or pressed paints itself; so do transient (fading) bars.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from ui.widgets.paint_cache import PaintCache


class CachedScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self.paint_cache = PaintCache(self, self._cache_key)

    def _cache_key(self) -> tuple | None:
        style = self.style()
        if (
            self.underMouse()
            or self.isSliderDown()
            or style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)
        ):
            return None
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        # (state, content): see PaintCache. A range or a position is not animated.
        return (
            (
                option.state.value,
                self.devicePixelRatioF(),
                self.palette().cacheKey(),
                id(style),
                style.name(),
            ),
            (
                option.rect.width(),
                option.rect.height(),
                option.orientation.value,
                option.minimum,
                option.maximum,
                option.sliderPosition,
                option.sliderValue,
                option.pageStep,
                option.singleStep,
                option.upsideDown,
                option.direction.value,
            ),
        )

    def paintEvent(self, event) -> None:
        self.paint_cache.paint(lambda: QScrollBar.paintEvent(self, event))
