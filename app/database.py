"""Opening the database the way every entry point does: migrate, after a backup."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.paths import default_db_path

# The data layer (db.engine, SQLAlchemy, the migrations, the feature registry) is
# imported where a database is opened: the GUI reads the URL helpers here before its
# sign-in window, and loads the rest behind it.
if TYPE_CHECKING:
    from app.context import Actor
    from app.services import Services
    from db.engine import Database

log = logging.getLogger(__name__)

# One family of names, MARKETDESK_*; the old name still works (and says so in the log).
ENV_URL = "MARKETDESK_DB_URL"
DEPRECATED_ENV_URL = "MARKETING_DB_URL"


def env_url() -> str | None:
    """The database URL from the environment: MARKETDESK_DB_URL, else the deprecated
    MARKETING_DB_URL."""
    url = os.environ.get(ENV_URL)
    if url:
        return url
    old = os.environ.get(DEPRECATED_ENV_URL)
    if old:
        log.warning("%s is deprecated: use %s", DEPRECATED_ENV_URL, ENV_URL)
    return old or None


def resolve_url(cli_url: str | None = None) -> str:
    """--db URL, else MARKETDESK_DB_URL (or the old MARKETING_DB_URL), else the
    per-user SQLite file.

    A bare file path is accepted as a SQLite database.
    """
    url = cli_url or env_url() or f"sqlite:///{default_db_path()}"
    if "://" not in url:
        url = f"sqlite:///{os.path.abspath(url)}"
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for a server or an in-memory database."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)


def missing_database_file(url: str) -> Path | None:
    """The SQLite file `url` names when it does not exist: a mistyped --db path must not
    silently become a new, empty database."""
    path = sqlite_file(url)
    return path if path is not None and not path.exists() else None


def refuse_missing_file(url: str) -> None:
    from app.errors import DatabaseEnvironmentError, tr

    missing = missing_database_file(url)
    if missing is not None:
        raise DatabaseEnvironmentError(
            tr("The database file %s does not exist (check the --db path).") % missing
        )


def _refuse_unknown_revisions(db: Database, locations: list[Path]) -> None:
    """A database written by a later version or another branch is refused before a
    before-migration backup is taken or a migration is tried (which would fail, at
    every start, each time taking one more backup)."""
    from app.errors import DatabaseEnvironmentError, tr
    from db.migrate import current_revisions, known_revisions

    unknown = sorted(current_revisions(db) - known_revisions(locations))
    if unknown:
        db.dispose()
        raise DatabaseEnvironmentError(
            tr(
                "The database %s has schema revision %s, which this version of MarketDesk "
                "does not know: a later version or another branch wrote it."
            )
            % (db.display_location(), ", ".join(unknown))
        )


def refuse_network_share(url: str) -> None:
    """A SQLite file on a network share is refused before it is opened (or created):
    SQLite's locks do not hold there, and several seats writing it corrupt it."""
    from app.errors import DatabaseEnvironmentError, tr
    from app.network_share import network_share

    path = sqlite_file(url)
    if path is None:
        return
    share = network_share(path)
    if share is None:
        return
    raise DatabaseEnvironmentError(
        tr(
            "The database file %s is on a network share (%s). MarketDesk does not open a "
            "SQLite file over the network: it is not safe there, and several seats writing "
            "one file damage it. For several seats, use a PostgreSQL server: set "
            "MARKETDESK_DB_URL=postgresql+psycopg://USER@SERVER/marketdesk on every seat, or "
            'start MarketDesk with --db and that address (the README, section "PostgreSQL"). '
            "For one seat, keep the file on this computer's own disk."
        )  # noqa: E501
        % (path, share)
    )


def prepare_database(url: str, *, retention: int | None = None) -> Database:
    """Open and bring the schema up to date, backing up an existing file first."""
    from app.backup import backup_sqlite
    from app.features import migration_helpers, version_locations
    from db.engine import open_database
    from db.migrate import has_tables, needs_upgrade, upgrade

    refuse_network_share(url)
    db = open_database(url)
    locations = version_locations()
    if needs_upgrade(db, locations):
        _refuse_unknown_revisions(db, locations)
        if db.sqlite_path is not None and db.sqlite_path.exists() and has_tables(db):
            path = backup_sqlite(db.sqlite_path, reason="before-migration", retention=retention)
            log.info("backed up before migration: %s", path)
        upgrade(db, locations, helpers=migration_helpers())
        log.info("schema migrated: %s", db.display_location())
    return db


def open_services(cli_url: str | None = None, *, create: bool = False) -> Services:
    """The services of the database at --db URL (see resolve_url), brought up to date.

    A SQLite file that does not exist is refused unless `create` (commands that
    bring data in: demo, import, merging a bundle, the booth).

    Shared by the command line and the booth window, which start without the GUI's
    first-run dialog. A database that cannot be opened raises a ServiceError whose
    message is one line (the entry point shows it and exits with status 2).
    """
    from app.errors import DatabaseEnvironmentError, ServiceError, tr
    from app.meta import refuse_plaintext_passwords
    from app.redaction import redact_text
    from app.service import classify_db_error
    from app.services import Services
    from app.settings import Settings

    url = resolve_url(cli_url)
    if not create:
        refuse_missing_file(url)
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
        first = redact_text(str(exc).splitlines()[0]) if str(exc) else ""
        raise DatabaseEnvironmentError(
            tr("cannot open the database: %s: %s") % (exc.__class__.__name__, first)
        ) from exc
    try:
        refuse_plaintext_passwords(db)
    except ServiceError:
        db.dispose()
        raise
    return Services(db)


def restore_database(db: Database, backup_file: Path, actor: Actor) -> Path:
    """Swap a verified backup in for `db`'s file, migrate it, and audit the restore.

    Every connection of `db` is closed first; the caller must not use `db` again.
    Returns the safety copy of the replaced database.
    """
    from app.audit.service import record_event
    from app.restore import restore_sqlite

    path = db.sqlite_path
    url = db.url
    own_rows = _backup_rows(db, backup_file)
    db.dispose()
    safety = restore_sqlite(path, backup_file)
    restored = prepare_database(url)  # an older backup is brought up to date
    try:
        _carry_over(restored, own_rows)
        record_event(
            restored,
            actor,
            "restore",
            "database",
            summary=f"restored from {backup_file}; previous copy {safety}",
        )
    finally:
        restored.dispose()
    return safety


def _backup_rows(db: Database, backup_file: Path) -> list[dict[str, Any]]:
    """The audit rows that recorded the making of `backup_file`. They were written
    after the copy was taken, so the backup itself does not hold them: a restore
    would lose the record of where the restored data came from."""
    from sqlalchemy import select

    from db.models.audit import AuditEntry

    name = Path(backup_file).name
    with db.session() as session:
        rows = session.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "backup", AuditEntry.summary.like(f"%{name}")
            )
        ).all()
        return [
            {
                "at": r.at,
                "username": r.username,
                "action": r.action,
                "entity": r.entity,
                "entity_id": r.entity_id,
                "summary": r.summary,
                "after": r.after,
            }
            for r in rows
        ]


def _carry_over(db: Database, rows: list[dict[str, Any]]) -> None:
    """Append the backup's own audit rows to the restored log (without the user id: the
    account may postdate the backup; the user name stays)."""
    from db.models.audit import AuditEntry

    if not rows:
        return
    with db.session() as session, session.begin():
        session.add_all(AuditEntry(user_id=None, **row) for row in rows)
