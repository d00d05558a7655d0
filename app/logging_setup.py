"""A rotating log file in the per-user data folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from app.paths import logs_dir
from app.redaction import RedactingFilter
from db.file_modes import create_private_file, owner_only

LOG_FILE_NAME = "marketdesk.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only: they name customers and file paths.
    Each file (the first, and every one a rollover starts) is created 0600."""

    def _open(self) -> TextIOWrapper:
        if not os.path.exists(self.baseFilename):
            create_private_file(Path(self.baseFilename))
        owner_only(self.baseFilename)
        return super()._open()


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_marketdesk", False) for h in root.handlers):
        return
    handler = PrivateRotatingFileHandler(
        logs_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # A safety net under every logger: no password or SQL parameter reaches the file,
    # whatever a caller formats into its message or traceback.
    handler.addFilter(RedactingFilter())
    handler._marketdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)


def log_file_path() -> Path:
    return logs_dir() / LOG_FILE_NAME
