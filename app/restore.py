"""Restoring a SQLite database from a backup without ever losing the good copy.

Everything is checked on a copy of the backup before the live file is touched:
integrity, foreign keys, that it is a MarketDesk database, that this program
knows every schema revision in it (a backup of a later version or another
branch is refused), and, after the copy is migrated to this program's head, that
every table, index and audit trigger is there. Only then is the live database
replaced, and only while no other connection has it open: the copy goes in
through SQLite's backup API under an exclusive lock, so no file another process
holds (its -wal above all) is deleted underneath it.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from app.backup import BackupError, check_file, write_backup
from app.errors import tr
from app.features import metadata, version_locations
from db.engine import open_database, sqlite_url
from db.file_modes import owner_only
from db.migrate import known_revisions, upgrade
from db.schema_check import CORE_TABLES, missing_schema

log = logging.getLogger(__name__)

# How long a restore waits for other connections to go away before it refuses.
LOCK_TIMEOUT_S = 2.0


class DatabaseInUse(BackupError):
    pass


def schema_problem_text(kind: str, name: str) -> str:
    labels = {
        "table": tr("missing table: %s"),
        "index": tr("missing index: %s"),
        "trigger": tr("missing audit trigger: %s"),
    }
    return labels[kind] % name


def _refuse(backup_file: Path, reason: str) -> BackupError:
    return BackupError(
        tr("The backup %s cannot be restored: %s. Nothing was restored.")
        % (backup_file.name, reason)
    )


def _check_before_migration(backup_file: Path, copy: Path) -> None:
    integrity, fk_problems = check_file(copy)  # not a database at all: ValidationError
    if integrity != "ok" or fk_problems:
        raise BackupError(
            tr(
                "The backup failed its integrity check (%s, %d foreign key "
                "problem(s)); nothing was restored."
            )
            % (integrity, fk_problems)
        )
    con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revisions = {r[0] for r in con.execute("SELECT version_num FROM alembic_version")}
    finally:
        con.close()
    missing = [t for t in CORE_TABLES if t not in tables]
    if missing or not revisions:
        reason = tr("it is not a MarketDesk database (missing: %s)") % ", ".join(
            missing or ["alembic_version"]
        )
        raise _refuse(backup_file, reason)
    unknown = sorted(revisions - known_revisions(version_locations()))
    if unknown:
        raise _refuse(
            backup_file,
            tr(
                "its schema revision %s is unknown to this version of MarketDesk "
                "(a later version or another branch wrote it)"
            )
            % ", ".join(unknown),
        )


def _migrate_and_verify(backup_file: Path, copy: Path) -> None:
    db = open_database(sqlite_url(copy))
    try:
        try:
            upgrade(db, version_locations())
        except Exception as exc:  # the backup's own schema is damaged
            log.info("migrating the restore copy failed", exc_info=True)
            first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            raise _refuse(
                backup_file, tr("it cannot be brought up to this version's schema (%s)") % first
            ) from exc
        with db.engine.connect() as connection:
            problems = missing_schema(connection, metadata())
    finally:
        db.dispose()
    if problems:
        raise _refuse(backup_file, "; ".join(schema_problem_text(p.kind, p.name) for p in problems))
    # The copy leaves WAL mode so that it is one self-contained file.
    con = sqlite3.connect(str(copy), isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        fk_problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        con.close()
    if integrity != "ok" or fk_problems:
        raise _refuse(backup_file, tr("the migrated copy fails its integrity check"))


def prepared_copy(backup_file: Path, target: Path) -> Path:
    """A checked copy of `backup_file`, migrated to this program's head, next to
    `target` (the same disk). Raises BackupError (or ValidationError) otherwise."""
    if not backup_file.exists():
        raise BackupError(tr("The file %s does not exist.") % backup_file)
    copy = target.with_name(target.name + ".restoring")
    _remove_copy(copy)  # a copy left by an interrupted restore: never the live file's
    shutil.copyfile(backup_file, copy)
    owner_only(copy)  # the whole database, like the live file: its owner's eyes only
    try:
        _check_before_migration(backup_file, copy)
        _migrate_and_verify(backup_file, copy)
    except BaseException:
        _remove_copy(copy)
        raise
    return copy


def _remove_copy(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(copy) + suffix).unlink(missing_ok=True)


@contextlib.contextmanager
def sole_connection(target: Path) -> Iterator[sqlite3.Connection]:
    """A connection that holds the database exclusively, or DatabaseInUse.

    Leaving WAL mode succeeds only for the only connection to a database (SQLite
    itself then checkpoints and removes the -wal); exclusive locking mode then keeps
    every other process out until this connection closes."""
    con = sqlite3.connect(str(target), timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        try:
            mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            con.execute("PRAGMA locking_mode=EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")  # the lock stays: exclusive locking mode
        except sqlite3.OperationalError:
            mode = None
        if mode != "delete":
            raise DatabaseInUse(
                tr(
                    "Another program (another MarketDesk window or command) has the "
                    "database %s open. Close it, then restore again; nothing was restored."
                )
                % target
            )
        yield con
    finally:
        con.close()


def restore_sqlite(db_path: Path | None, backup_file: Path) -> Path:
    """Check and migrate a copy of the backup, keep a copy of the current database,
    then copy the backup in. The caller must have closed its own connections.
    Returns the path of the safety copy of the replaced database."""
    from app.backup import _require_file

    target = _require_file(db_path)
    if not target.exists():
        raise BackupError(tr("The database file %s does not exist.") % target)
    copy = prepared_copy(backup_file, target)
    try:
        with sole_connection(target) as live:
            safety = write_backup(live, reason="before-restore")
            source = sqlite3.connect(str(copy))
            try:
                source.backup(live)
            finally:
                source.close()
    finally:
        _remove_copy(copy)
    log.info("restored %s from %s (safety copy %s)", target, backup_file, safety)
    return safety
