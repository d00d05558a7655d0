"""A scroll bar that repaints from its last rendering when nothing about it changed.

QAbstractScrollArea re-stacks both scroll bar containers (raise()) every time
it lays out its children, and QTableView lays them out on every model reset
(setViewportMargins). With both bars shown, each raise moves a container above
the other, so both bars repaint although neither changed. The Fusion style takes
~0.7 ms to draw one bar, and a search repaints them twice (first page, then the
count): the unchanged bar is drawn from a pixmap instead.

The rendering is reused only when the style option is the same (size, range,
position, page step, state, palette, style) and the bar is neither under the
mouse nor pressed: hover and pressed highlights depend on QScrollBar's private
state, so those paints go through QScrollBar itself. Styles may animate a change
of state (the Windows styles fade hover in and out) by repainting with the same
option, so a rendering is reused only once the option has not changed for
STABLE_SECONDS. Styles with transient (fading) scroll bars always paint normally.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

STABLE_SECONDS = 2.0  # longer than any style's state transition


class CachedScrollBar(QScrollBar):
    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self._key: tuple | None = None
        self._pixmap: QPixmap | None = None
        self._changed_at = 0.0
        self.stable_after = STABLE_SECONDS
        self.renders = 0  # drawings through the style (tests check the cache is used)

    def _cache_key(self, option: QStyleOptionSlider) -> tuple:
        style = self.style()
        return (option.rect.width(), option.rect.height(), self.devicePixelRatioF(),
                option.state.value, option.orientation.value, option.minimum, option.maximum,
                option.sliderPosition, option.sliderValue, option.pageStep, option.singleStep,
                option.upsideDown, option.direction.value, self.palette().cacheKey(),
                id(style), style.name())

    def paintEvent(self, event) -> None:
        style = self.style()
        if (self.underMouse() or self.isSliderDown()
                or style.styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, self)):
            self._key = self._pixmap = None
            self._paint_through_style(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        option.activeSubControls = QStyle.SubControl.SC_None
        key = self._cache_key(option)
        now = time.monotonic()
        if key != self._key:
            self._key, self._pixmap, self._changed_at = key, None, now
        if now - self._changed_at < self.stable_after:
            self._paint_through_style(event)  # a transition of the style may be running
            return
        if self._pixmap is None:
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
            painter.end()
            self._pixmap = pixmap
            self.renders += 1
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.end()

    def _paint_through_style(self, event) -> None:
        self.renders += 1
        super().paintEvent(event)
