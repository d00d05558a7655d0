"""The log file's handler: rotating, private to its owner, redacting."""

from __future__ import annotations

import logging
import logging.handlers
import os
from io import TextIOWrapper
from pathlib import Path

from app.redaction import RedactingFilter
from db.file_modes import create_private_file, owner_only


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only: they name customers and file paths.
    Each file (the first, and every one a rollover starts) is created 0600."""

    def _open(self) -> TextIOWrapper:
        if not os.path.exists(self.baseFilename):
            create_private_file(Path(self.baseFilename))
        owner_only(self.baseFilename)
        return super()._open()


def private_log_handler(path: Path) -> PrivateRotatingFileHandler:
    handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # A safety net under every logger: no password or SQL parameter reaches the file,
    # whatever a caller formats into its message or traceback.
    handler.addFilter(RedactingFilter())
    return handler
