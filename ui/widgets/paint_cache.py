"""Repainting a widget from an earlier rendering while nothing it shows has changed.

Qt repaints widgets whose pixels did not change: QAbstractScrollArea restacks its
scroll bars on every layout, and a model reset repaints a table's row numbers
although a new search shows the same numbers 1 to 30. Where drawing through the
style is slow (the Fusion style takes ~0.7 ms for a scroll bar), the widget
describes what it shows as a key, and a key painted before paints its pixmap.

A key is (state, content). The state is what a style may animate a change of (the
Windows styles fade hover, press and enabled changes in and out, repainting with
one key meanwhile): renderings are captured only once the state has not changed
for STABLE_SECONDS. The content (a size, a range, a position, the rows in view)
changes without animation. A search flips the table's bars and row numbers between
two looks, the first page and then the counted rows, so the last few renderings are
kept, and a look is captured the second time it is painted: a scroll position seen
once is not worth a capture. A widget returns None as its key whenever its look
depends on something the key cannot see (the mouse over it, a pressed button).
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

STABLE_SECONDS = 2.0  # longer than any style's state transition
KEEP = 4  # renderings kept, the least recently painted dropped first
REMEMBERED = 8  # keys remembered as painted once

Key = tuple[Hashable, Hashable]


class PaintCache:
    """Recent renderings of `target` by key, reused while `key()` returns one of them.

    The widget's paint event calls paint(). A key painted for the second time, while
    the state has been stable for stable_after seconds, schedules a capture:
    target.grab() from the event loop (grabbing inside a paint event would be a
    recursive repaint), which paints the widget once more through its own code.
    Later paints with that key draw the pixmap."""

    def __init__(self, target: QWidget, key: Callable[[], Key | None]) -> None:
        self.target = target
        self._key_of = key
        self.key: Key | None = None  # the key of the last paint
        self._pixmaps: OrderedDict[Key, QPixmap] = OrderedDict()
        self._seen: OrderedDict[Key, None] = OrderedDict()
        self._state: Hashable = None
        self.stable_since = 0.0
        self.stable_after = STABLE_SECONDS
        self.renders = 0  # paints through the widget's own code (tests count them)
        self.capturing = False
        self._pending: Key | None = None

    @property
    def pixmap(self) -> QPixmap | None:
        """The rendering for the key last painted, if captured."""
        return None if self.key is None else self._pixmaps.get(self.key)

    def paint(self, paint_directly: Callable[[], None]) -> None:
        if self.capturing:
            paint_directly()
            return
        key = self.key = self._key_of()
        now = time.monotonic()
        if key is None or key[0] != self._state:
            # Hovered, or a new state that a style may be animating: what was captured
            # may not be what the style draws now.
            self._state = None if key is None else key[0]
            self.stable_since = now
            self._pixmaps.clear()
            self._seen.clear()
        else:
            pixmap = self._pixmaps.get(key)
            if pixmap is not None:
                self._pixmaps.move_to_end(key)
                painter = QPainter(self.target)
                painter.drawPixmap(0, 0, pixmap)
                painter.end()
                return
        self.renders += 1
        paint_directly()
        if key is None:
            return
        if key in self._seen:
            if now - self.stable_since >= self.stable_after and self._pending is None:
                self._pending = key
                QTimer.singleShot(0, self.target, self._capture)
        else:
            self._seen[key] = None
            if len(self._seen) > REMEMBERED:
                self._seen.popitem(last=False)

    def _capture(self) -> None:
        key, self._pending = self._pending, None
        if key is None or key in self._pixmaps or self._key_of() != key:
            return  # changed since: a later paint starts over
        self.capturing = True
        try:
            pixmap = self.target.grab()
        finally:
            self.capturing = False
        self.renders += 1
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > KEEP:
            self._pixmaps.popitem(last=False)
