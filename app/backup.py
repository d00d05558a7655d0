"""Backup, restore and integrity checks.

SQLite uses the online-backup API (consistent while the app is running);
PostgreSQL databases are backed up by the server's own tools (pg_dump), which
the office's administrator runs, so these functions refuse them clearly.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from app.errors import ServiceError, ValidationError, tr
from app.files import written_whole
from app.paths import backups_dir
from app.tasks import Cancelled
from db.file_modes import PRIVATE_DIR, owner_only

log = logging.getLogger(__name__)

BACKUP_PREFIX = "marketdesk-"
BACKUP_SUFFIX = ".sqlite3"


class BackupError(ServiceError):
    pass


class BackupCancelled(BackupError, Cancelled):
    """Raised from a progress callback to stop a backup; the partial file is removed."""

    def __init__(self) -> None:
        super().__init__(tr("The backup was cancelled."))


def _require_file(db_path: Path | None) -> Path:
    if db_path is None:
        raise BackupError(
            tr(
                "Backup and restore here work on a SQLite database file. For PostgreSQL, "
                "use the server's pg_dump and pg_restore."
            )
        )
    return db_path


def backup_sqlite(
    db_path: Path | None,
    *,
    reason: str = "manual",
    target_dir: Path | None = None,
    retention: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy a live database to backups/marketdesk-YYYYMMDD-HHMMSS-<reason>.sqlite3."""
    source_path = _require_file(db_path)
    if not source_path.exists():
        raise BackupError(tr("The database file %s does not exist.") % source_path)
    src = sqlite3.connect(str(source_path))
    try:
        return write_backup(
            src, reason=reason, target_dir=target_dir, retention=retention, progress=progress
        )
    finally:
        src.close()


def write_backup(
    source: sqlite3.Connection,
    *,
    reason: str,
    target_dir: Path | None = None,
    retention: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Copy the database of an open connection (restore's locked one, too) into the
    backups folder; see backup_sqlite."""
    folder = target_dir or backups_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    except OSError as exc:  # a file of that name, no permission, a missing drive
        raise BackupError(
            tr("The backup folder %s cannot be used (%s).") % (folder, exc.strerror or exc)
        ) from exc
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{BACKUP_PREFIX}{stamp}-{reason}{BACKUP_SUFFIX}"

    def _progress(status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)  # may raise BackupCancelled

    # A cancelled or failed backup leaves no file that looks like a backup.
    with written_whole(target) as partial:
        owner_only(partial)  # a copy of the whole database: its owner's eyes only
        dst = sqlite3.connect(str(partial))
        try:
            source.backup(dst, pages=4096, progress=_progress)
        except sqlite3.Error as exc:
            raise BackupError(tr("The backup failed: %s") % exc) from exc
        finally:
            dst.close()
    log.info("backup written: %s", target)
    if retention:
        prune_backups(folder, retention)
    return target


def list_backups(folder: Path | None = None) -> list[Path]:
    folder = folder or backups_dir()
    return sorted(folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}"), reverse=True)


# The copies taken before a restore or a migration are the way back from one that went
# wrong; a series of failed starts (each taking a before-migration copy) must not
# prune them away, so they are kept for a month whatever the retention.
SAFETY_REASONS = ("before-restore", "before-migration")
SAFETY_KEEP_DAYS = 30


def _is_recent_safety_copy(path: Path, now: float) -> bool:
    reason = path.name[len(BACKUP_PREFIX) : -len(BACKUP_SUFFIX)]
    if not reason.endswith(SAFETY_REASONS):
        return False
    return now - path.stat().st_mtime < SAFETY_KEEP_DAYS * 86400


def prune_backups(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups, never a before-restore or
    before-migration copy younger than SAFETY_KEEP_DAYS."""
    now = time.time()
    removed = []
    for old in list_backups(folder)[keep:]:
        if _is_recent_safety_copy(old, now):
            continue
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def last_backup_time(folder: Path | None = None) -> dt.datetime | None:
    backups = list_backups(folder)
    if not backups:
        return None
    return dt.datetime.fromtimestamp(backups[0].stat().st_mtime)


def daily_backup_due(db_path: Path | None, enabled: bool) -> bool:
    """Once a day, at the first sign-in, a SQLite database is backed up."""
    if not enabled or db_path is None:
        return False
    last = last_backup_time()
    return last is None or last.date() != dt.date.today()


def check_file(path: Path) -> tuple[str, int]:
    """integrity_check and foreign_key_check of a SQLite file, read-only."""
    if not path.exists():
        raise ValidationError("file", tr("The file %s does not exist.") % path)
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            integrity = "; ".join(r[0] for r in con.execute("PRAGMA integrity_check"))
            fk_problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
            con.execute("SELECT count(*) FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "file", tr("%s is not a MarketDesk database: %s") % (path.name, exc)
        ) from exc
    return integrity, fk_problems
