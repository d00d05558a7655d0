"""The protocol between a long service call and whoever runs it (Qt-free).

A long call (import, export, batch PDF, backup, and later appraisal runs) is
handed a `TaskControl`: it reports progress with `report(done, total)` and
asks `cancelled()` (or calls `check()`) between steps. When the user cancels,
the call raises `Cancelled` (or one of its subclasses) before it commits, so
the database is left as it was. The GUI side is ui/widgets/tasks.py; the
command line passes a control that reports to the terminal or nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import ServiceError, tr

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class Cancelled(ServiceError):
    """A long call stopped because its user cancelled; nothing was saved."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr("Cancelled; nothing was saved."))


class TaskControl:
    """Progress out, cancellation in. Both ends are optional callables, so a
    control made with no arguments never reports and is never cancelled."""

    def __init__(
        self, progress: Progress | None = None, is_cancelled: IsCancelled | None = None
    ) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled

    def report(self, done: int, total: int = 0) -> None:
        """`total` 0 means unknown (a busy indicator with a count)."""
        if self._progress is not None:
            self._progress(done, total)

    def cancelled(self) -> bool:
        return self._is_cancelled is not None and self._is_cancelled()

    def check(self) -> None:
        """Raise Cancelled when the user asked to stop."""
        if self.cancelled():
            raise Cancelled()
