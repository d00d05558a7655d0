"""Running a long service call off the GUI thread, with progress and cancel.

    task = Task(lambda progress, cancelled: service.run(..., progress=progress,
                                                         cancel=cancelled))
    task.progressed.connect(...); task.succeeded.connect(...); task.failed.connect(...)
    task.start(); ... task.cancel()

The callable runs in a Python thread; its progress and its outcome come back
to the GUI thread as queued signals. A ServiceError arrives through `failed`;
any other exception is re-raised on the GUI thread (the global hook logs it
and shows the crash dialog).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.errors import ServiceError


class _Unexpected:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class Task(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # ServiceError
    _done = Signal(object)

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._done.connect(self._finish)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True, name="marketdesk-task")
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result: Any = self._work(
                lambda done, total: self.progressed.emit(done, total), self._cancel.is_set
            )
        except ServiceError as exc:
            result = exc
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            result = _Unexpected(exc)
        self._done.emit(result)

    def _finish(self, result: Any) -> None:
        if isinstance(result, ServiceError):
            self.failed.emit(result)
        elif isinstance(result, _Unexpected):
            raise result.exc
        else:
            self.succeeded.emit(result)
