"""The one way to run long work off the GUI thread, with progress and cancel.

Non-blocking, for dialogs that show their own progress bar:

    task = BackgroundTask(lambda control: service.run(..., control=control), parent)
    task.progressed.connect(...); task.succeeded.connect(...); task.failed.connect(...)
    task.start(); ... task.cancel()

Blocking, with a modal progress dialog, for menu actions (backup, batch print):

    result = run_with_progress(parent, "Writing…", lambda control: ...)

The work gets an app.tasks.TaskControl. It runs in a Python thread; its progress
and outcome come back to the GUI thread as queued signals. A ServiceError
(app.tasks.Cancelled included) arrives through `failed`, or is raised by
run_with_progress; any other exception is re-raised on the GUI thread (the
global hook logs it and shows the crash dialog), or by run_with_progress.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import ServiceError
from app.tasks import TaskControl

Work = Callable[[TaskControl], Any]


class _Unexpected:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class BackgroundTask(QObject):
    progressed = Signal(int, int)  # done, total (0: unknown)
    succeeded = Signal(object)  # the work's return value
    failed = Signal(object)  # a ServiceError, app.tasks.Cancelled included
    finished = Signal()  # after succeeded or failed (or an unexpected error)
    _done = Signal(object)

    def __init__(
        self, work: Work, parent: QObject | None = None, *, raise_unexpected: bool = True
    ) -> None:
        """`raise_unexpected` False leaves an unexpected error to `outcome()` (for a
        caller that waits) instead of raising it on the GUI thread."""
        super().__init__(parent)
        self._work = work
        self._raise_unexpected = raise_unexpected
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._outcome: Any = None
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True, name="marketdesk-task")
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop; it raises app.tasks.Cancelled at its next check."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def outcome(self) -> Any:
        """The work's return value; raises what the work raised."""
        if isinstance(self._outcome, _Unexpected):
            raise self._outcome.exc
        if isinstance(self._outcome, ServiceError):
            raise self._outcome
        return self._outcome

    def _run(self) -> None:
        control = TaskControl(
            lambda done, total: self.progressed.emit(done, total), self._cancel.is_set
        )
        try:
            result: Any = self._work(control)
        except ServiceError as exc:
            result = exc
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            result = _Unexpected(exc)
        self._done.emit(result)

    def _finish(self, result: Any) -> None:
        self._outcome = result
        try:
            if isinstance(result, ServiceError):
                self.failed.emit(result)
            elif isinstance(result, _Unexpected):
                if self._raise_unexpected:  # to the global hook: logged, crash dialog
                    raise result.exc
            else:
                self.succeeded.emit(result)
        finally:
            self.finished.emit()


def run_with_progress(
    parent: QWidget | None, label: str, work: Work, *, title: str = "", total: int = 0
) -> Any:
    """Run `work` in the background behind a modal progress dialog whose Cancel
    button cancels it; returns its result, or raises what it raised (a cancelled
    work raises app.tasks.Cancelled or a subclass)."""
    dialog = QProgressDialog(
        label, QCoreApplication.translate("SharedTasks", "Cancel"), 0, total, parent
    )
    if title:
        dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    task = BackgroundTask(work, raise_unexpected=False)
    loop = QEventLoop()

    def progressed(done: int, of: int) -> None:
        if of and dialog.maximum() != of:
            dialog.setMaximum(of)
        dialog.setValue(min(done, of) if of else 0)

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(loop.quit)
    task.start()
    try:
        loop.exec()
    finally:
        dialog.canceled.disconnect(task.cancel)
        dialog.close()
        dialog.deleteLater()
    return task.outcome()
