"""A rotating log file in the per-user data folder.

The GUI holds its first records in memory (`hold_logging`) and opens the file once
the sign-in window is up (`setup_logging`, from the thread that loads the data
layer): the file handler's module (logging.handlers pulls in socket, pickle and
queue) then costs the first window nothing, and no early record is lost.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from app.paths import logs_dir

LOG_FILE_NAME = "marketdesk.log"


class _HeldRecords(logging.Handler):
    """Keeps records until the file is open, then forwards them to it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self.target: logging.Handler | None = None
        self.moving = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        with self.moving:
            if self.target is None:
                self.records.append(record)
                return
        self.target.handle(record)

    def hand_over(self, target: logging.Handler) -> None:
        with self.moving:
            self.target = target
            records, self.records = self.records, []
        for record in records:
            target.handle(record)


def hold_logging(level: int = logging.INFO) -> None:
    """Keep log records in memory until setup_logging() opens the file."""
    root = logging.getLogger()
    if any(getattr(h, "_marketdesk", False) or isinstance(h, _HeldRecords) for h in root.handlers):
        return
    root.addHandler(_HeldRecords())
    root.setLevel(level)


def setup_logging(level: int = logging.INFO) -> None:
    from app.log_file import private_log_handler

    root = logging.getLogger()
    if any(getattr(h, "_marketdesk", False) for h in root.handlers):
        return
    handler = private_log_handler(log_file_path())
    handler._marketdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    for held in [h for h in root.handlers if isinstance(h, _HeldRecords)]:
        root.removeHandler(held)
        held.hand_over(handler)


def open_held_log() -> None:
    """Open the file now for the records hold_logging() kept (nothing if it was not
    called: a test running the GUI adds no log file)."""
    if any(isinstance(h, _HeldRecords) for h in logging.getLogger().handlers):
        setup_logging()


def log_file_path() -> Path:
    return logs_dir() / LOG_FILE_NAME
