"""One engine/session factory for SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
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
# Execution option of the connections that only read (Database.read_session):
# their transactions begin deferred instead of taking the write lock.
READ_ONLY = "marketdesk_read_only"


def _install_sqlite_pragmas(engine: Engine) -> None:
    """Pragmas on every connection, plus pysqlite's transaction fix.

    journal_mode and foreign_keys cannot be changed inside a transaction, so they
    are set in the connect event. pysqlite's own transaction handling breaks
    SAVEPOINT and transactional DDL; SQLAlchemy's documented recipe is to turn it
    off (isolation_level=None) and emit BEGIN ourselves.

    A transaction begins with BEGIN IMMEDIATE: it takes the write lock first,
    waiting up to busy_timeout for another process to commit. A deferred BEGIN
    reads first and then cannot upgrade its lock while another process writes:
    SQLite fails it at once ("database is locked") without waiting, and two
    MarketDesk processes lost 40-60% of their saves that way (measured). Reads
    (connections with the READ_ONLY option) stay deferred, so in WAL mode they
    never wait for a writer and writers never wait for them.
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
        if conn.get_execution_options().get(READ_ONLY, False):
            conn.exec_driver_sql("BEGIN")
        else:
            _begin_immediate(conn)


def _begin_immediate(conn: Connection) -> None:
    """BEGIN IMMEDIATE, waiting up to the busy timeout for the write lock.

    SQLite's own busy handler polls ever more slowly (every 100 ms after the
    first ~0.2 s): a process saving one record after another leaves gaps of a
    few milliseconds, and the waiting process, asleep through them, waited up to
    5 s under load (measured). Polling every 1-3 ms here catches those gaps."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # a connection being begun is checked out
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    dbapi.execute("PRAGMA busy_timeout=0")
    try:
        while time.monotonic() < deadline:
            try:
                dbapi.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    break  # not a lock: raise it below, through SQLAlchemy
            time.sleep(random.uniform(0.001, 0.003))
        # Timed out (or another error): once more through SQLAlchemy, which raises
        # the driver's error wrapped as OperationalError for the caller to classify.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        dbapi.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")


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
    # Sessions that only read: on SQLite their transactions do not take the write lock.
    read_session_factory: sessionmaker[Session]
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

    @contextlib.contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reads only: it never waits for a writer (a write in it may
        fail at once with "database is locked" while another process writes)."""
        with self.read_session_factory() as session:
            yield session

    @property
    def read_engine(self) -> Engine:
        """The engine for connections that only read (see read_session)."""
        engine = self.read_session_factory.kw["bind"]
        assert isinstance(engine, Engine)
        return engine

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
    # Same pool and events; the option is only read by the SQLite begin event.
    read_engine = engine.execution_options(**{READ_ONLY: True})
    read_factory = sessionmaker(read_engine, expire_on_commit=False)
    checkpoints = BackgroundCheckpoint(engine) if engine.dialect.name == "sqlite" else None
    return Database(
        url=url,
        engine=engine,
        session_factory=factory,
        read_session_factory=read_factory,
        checkpoints=checkpoints,
    )
