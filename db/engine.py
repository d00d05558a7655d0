"""One engine/session factory for SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from db.checkpoint import BackgroundCheckpoint
from db.file_modes import private_database, private_dir

SQLITE_BUSY_TIMEOUT_MS = 5000


def _install_sqlite_pragmas(engine: Engine) -> None:
    """Pragmas on every connection, plus pysqlite's transaction fix.

    journal_mode and foreign_keys cannot be changed inside a transaction, so they
    are set in the connect event. pysqlite's own transaction handling breaks
    SAVEPOINT and transactional DDL; SQLAlchemy's documented recipe is to turn it
    off (isolation_level=None) and emit BEGIN ourselves.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a committed approval survives a power cut (NORMAL may lose it).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def _install_owner_only(engine: Engine, path: Path) -> None:
    """The database file and its -wal/-shm readable by their owner only: SQLite creates
    the file 0644 on the first connect (registered after the pragmas, so the -wal and
    -shm they create are there too)."""

    @event.listens_for(engine, "connect")
    def _private(_dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        private_database(path)


@dataclass
class Database:
    """The engine and session factory for one database URL."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    # SQLite: the checkpoints deferred by db.checkpoint.defer_checkpoint
    checkpoints: BackgroundCheckpoint | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite:
            return None
        database = make_url(self.url).database
        if not database or database == ":memory:":
            return None
        return Path(database)

    def display_location(self) -> str:
        """Where the data lives, without a password, for the status bar."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self.session_factory() as session:
            yield session

    def dispose(self) -> None:
        if self.checkpoints is not None:
            self.checkpoints.wait()
        self.engine.dispose()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def open_database(url: str, *, echo: bool = False) -> Database:
    """Create the engine for `url`; for a SQLite file, create its folder too."""
    parsed = make_url(url)
    # hide_parameters: a database error's text (logged, shown in a crash report) would
    # otherwise carry the statement's values: customers' phones and names.
    kwargs: dict[str, Any] = {"echo": echo, "future": True, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).parent
            if not folder.exists():
                private_dir(folder)
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _install_sqlite_pragmas(engine)
        if parsed.database and parsed.database != ":memory:":
            _install_owner_only(engine, Path(parsed.database))
    factory = sessionmaker(engine, expire_on_commit=False)
    checkpoints = BackgroundCheckpoint(engine) if engine.dialect.name == "sqlite" else None
    return Database(url=url, engine=engine, session_factory=factory, checkpoints=checkpoints)
