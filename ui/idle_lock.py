"""Idle auto-lock: after N minutes without input, cover every window and ask
for the password again. Windows and open dialogs stay alive underneath, so
nothing typed into them is lost (hiding a dialog would end its exec loop).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


class _Cover(QLabel):
    """An opaque panel over a window's contents while the session is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: #2b3a4a; color: white; font-size: 18px;")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setText(self.tr("Locked"))
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
        return False


class IdleLock(QObject):
    lock_now = Signal()

    def __init__(self, minutes_getter, parent=None) -> None:
        super().__init__(parent)
        self._minutes = minutes_getter
        self._last_input = time.monotonic()
        self._locked = False
        self._covers: list[_Cover] = []
        QApplication.instance().installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setInterval(10_000)
        self._timer.timeout.connect(self._check)
        self._timer.start()

    @property
    def locked(self) -> bool:
        return self._locked

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT_EVENTS and not self._locked:
            self._last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_input

    def _check(self) -> None:
        minutes = self._minutes()
        if minutes and not self._locked and self.idle_seconds() >= minutes * 60:
            self.lock_now.emit()

    def cover_windows(self) -> None:
        self._locked = True
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, _Cover):
                self._covers.append(_Cover(window))

    def uncover_windows(self) -> None:
        for cover in self._covers:
            cover.deleteLater()
        self._covers.clear()
        self._locked = False
        self._last_input = time.monotonic()

    def stop(self) -> None:
        self._timer.stop()
        QApplication.instance().removeEventFilter(self)
