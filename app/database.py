"""Opening the database the way every entry point does: migrate, after a backup."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup import backup_sqlite
from app.features import migration_helpers, version_locations
from app.paths import default_db_path
from db.engine import Database, open_database, sqlite_url
from db.migrate import has_tables, needs_upgrade, upgrade

if TYPE_CHECKING:
    from app.context import Actor
    from app.services import Services

log = logging.getLogger(__name__)

ENV_URL = "MARKETING_DB_URL"


def resolve_url(cli_url: str | None = None) -> str:
    """--db URL, else MARKETING_DB_URL, else the per-user SQLite file.

    A bare file path is accepted as a SQLite database.
    """
    url = cli_url or os.environ.get(ENV_URL) or sqlite_url(default_db_path())
    if "://" not in url:
        url = sqlite_url(os.path.abspath(url))  # type: ignore[arg-type]
    return url


def prepare_database(url: str, *, retention: int | None = None) -> Database:
    """Open and bring the schema up to date, backing up an existing file first."""
    db = open_database(url)
    locations = version_locations()
    if needs_upgrade(db, locations):
        if db.sqlite_path is not None and db.sqlite_path.exists() and has_tables(db):
            path = backup_sqlite(db.sqlite_path, reason="before-migration", retention=retention)
            log.info("backed up before migration: %s", path)
        upgrade(db, locations, helpers=migration_helpers())
        log.info("schema migrated: %s", db.display_location())
    return db


def open_services(cli_url: str | None = None) -> Services:
    """The services of the database at --db URL (see resolve_url), brought up to date.

    Shared by the command line and the booth window, which start without the GUI's
    first-run dialog. A database that cannot be opened raises a ServiceError whose
    message is one line (the entry point shows it and exits with status 2).
    """
    from app.errors import DatabaseEnvironmentError, ServiceError, tr
    from app.service import classify_db_error
    from app.services import Services
    from app.settings import Settings

    url = resolve_url(cli_url)
    try:
        db = prepare_database(url, retention=Settings().get("backup_retention"))
    except ServiceError:
        raise
    except Exception as exc:  # unreachable server, bad URL: one line, the traceback logged
        log.info("cannot open the database", exc_info=True)  # the URL may hold a password
        # "unable to open" means an unreachable server, but for a SQLite file the
        # driver's own words (a folder, a missing directory) say more.
        classified = None if url.startswith("sqlite") else classify_db_error(exc)
        if classified is not None:
            raise classified from exc
        first = str(exc).splitlines()[0] if str(exc) else ""
        raise DatabaseEnvironmentError(
            tr("cannot open the database: %s: %s") % (exc.__class__.__name__, first)
        ) from exc
    return Services(db)


def restore_database(db: Database, backup_file: Path, actor: Actor) -> Path:
    """Swap a verified backup in for `db`'s file, migrate it, and audit the restore.

    Every connection of `db` is closed first; the caller must not use `db` again.
    Returns the safety copy of the replaced database.
    """
    from app.audit.service import AuditService
    from app.backup import restore_sqlite

    path = db.sqlite_path
    url = db.url
    db.dispose()
    safety = restore_sqlite(path, backup_file)
    restored = prepare_database(url)  # an older backup is brought up to date
    try:
        AuditService(restored).record(
            actor,
            "restore",
            "database",
            summary=f"restored from {backup_file}; previous copy {safety}",
        )
    finally:
        restored.dispose()
    return safety
