"""Repainting a widget from its last rendering while nothing it shows has changed.

Qt repaints widgets whose pixels did not change: QAbstractScrollArea restacks its
scroll bars on every layout, and a model reset repaints a table's row numbers
although a new search shows the same numbers 1 to 30. Where drawing through the
style is slow (the Fusion style takes ~0.7 ms for a scroll bar), the widget
describes what it shows as a key, and an unchanged key paints a pixmap.

Styles may animate a change of state (the Windows styles fade hover in and out)
by repainting with the same key, so a rendering is reused only once the key has
not changed for STABLE_SECONDS. A widget returns None as its key whenever its look
depends on something the key cannot see (the mouse over it, a pressed button).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QWidget

STABLE_SECONDS = 2.0  # longer than any style's state transition


class PaintCache:
    """The last rendering of `target`, reused while `key()` returns the same value.

    The widget's paint event calls paint(). Once the key has been stable for
    stable_after seconds, the next paint schedules a capture: target.grab() from
    the event loop (grabbing inside a paint event would be a recursive repaint),
    which paints the widget once more through its own code. Later paints with the
    same key draw that pixmap."""

    def __init__(self, target: QWidget, key: Callable[[], Hashable | None]) -> None:
        self.target = target
        self._key_of = key
        self.key: Hashable | None = None
        self.pixmap: QPixmap | None = None
        self.changed_at = 0.0
        self.stable_after = STABLE_SECONDS
        self.renders = 0  # paints through the widget's own code (tests count them)
        self.capturing = False
        self._capture_pending = False

    def paint(self, paint_directly: Callable[[], None]) -> None:
        if self.capturing:
            paint_directly()
            return
        key = self._key_of()
        now = time.monotonic()
        if key is None:
            self.key = self.pixmap = None
        elif key != self.key:
            self.key, self.pixmap, self.changed_at = key, None, now
        if key is not None and self.pixmap is not None:
            painter = QPainter(self.target)
            painter.drawPixmap(0, 0, self.pixmap)
            painter.end()
            return
        self.renders += 1
        paint_directly()
        if key is not None and now - self.changed_at >= self.stable_after \
                and not self._capture_pending:
            self._capture_pending = True
            QTimer.singleShot(0, self.target, self._capture)

    def _capture(self) -> None:
        self._capture_pending = False
        if self.pixmap is not None or self.key is None or self._key_of() != self.key:
            return  # changed since: a later paint starts over
        self.capturing = True
        try:
            pixmap = self.target.grab()
        finally:
            self.capturing = False
        self.renders += 1
        self.pixmap = pixmap
