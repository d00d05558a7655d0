"""A large SQLite write can commit without copying the WAL into the database file;
the copy runs in a worker thread afterwards, and dispose() waits for it."""

from __future__ import annotations

import sqlite3
import threading
import time

from sqlalchemy import text

from db.checkpoint import BackgroundCheckpoint, defer_checkpoint
from db.engine import open_database, sqlite_url

ROWS = 3000  # ~3 MB of text: well over the 1000 pages that trigger a checkpoint


def _write_rows(db, defer: bool) -> None:
    with db.session() as session, session.begin():
        connection = session.connection()
        connection.exec_driver_sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        if defer:
            defer_checkpoint(connection)
        connection.execute(
            text("INSERT INTO notes (body) VALUES (:body)"),
            [{"body": f"{i:06d}" * 170} for i in range(ROWS)],
        )


def test_the_commit_leaves_the_copy_to_a_worker_thread(tmp_path, monkeypatch):
    path = tmp_path / "deferred.sqlite3"
    db = open_database(sqlite_url(path))
    release = threading.Event()
    checkpoint = BackgroundCheckpoint._checkpoint

    def held_checkpoint(self):
        release.wait(10)
        checkpoint(self)

    monkeypatch.setattr(BackgroundCheckpoint, "_checkpoint", held_checkpoint)
    _write_rows(db, defer=True)
    # Committed and readable, but still only in the WAL: the file holds a few pages.
    with db.session() as session:
        assert session.scalar(text("SELECT count(*) FROM notes")) == ROWS
        assert session.scalar(text("PRAGMA wal_autocheckpoint")) == 1000  # switched back on
    assert path.stat().st_size < 100_000
    release.set()
    db.checkpoints.wait()  # what dispose() does first
    assert path.stat().st_size > ROWS * 1000  # copied by the worker, the WAL still open
    db.dispose()
    reopened = open_database(sqlite_url(path))
    with reopened.session() as session:
        assert session.scalar(text("SELECT count(*) FROM notes")) == ROWS
    reopened.dispose()


def test_without_deferring_the_commit_copies_the_pages(tmp_path):
    path = tmp_path / "direct.sqlite3"
    db = open_database(sqlite_url(path))
    _write_rows(db, defer=False)
    assert path.stat().st_size > ROWS * 1000  # SQLite's own checkpoint, in the commit
    db.dispose()


def test_a_rolled_back_transaction_switches_the_checkpoint_back_on(tmp_path):
    db = open_database(sqlite_url(tmp_path / "rolled-back.sqlite3"))
    try:
        with db.session() as session, session.begin():
            defer_checkpoint(session.connection())
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    with db.session() as session:
        assert session.scalar(text("PRAGMA wal_autocheckpoint")) == 1000
    db.dispose()


def test_a_reader_on_the_old_snapshot_only_delays_the_copy(tmp_path):
    """A reader that began before the commit holds back the frames it may need; the
    worker tries again until the reader is done instead of leaving them to the next
    save."""
    path = tmp_path / "reader.sqlite3"
    db = open_database(sqlite_url(path))
    with db.session() as session, session.begin():
        session.execute(text("CREATE TABLE early (id INTEGER PRIMARY KEY)"))
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM early").fetchone() == (0,)  # snapshot taken
    _write_rows(db, defer=True)
    time.sleep(0.2)  # the worker's first attempts meet the reader
    assert path.stat().st_size < 100_000
    reader.execute("COMMIT")
    reader.close()
    db.checkpoints.wait()
    assert path.stat().st_size > ROWS * 1000
    db.dispose()


def test_the_connections_own_setting_comes_back_even_when_deferred_twice(tmp_path):
    db = open_database(sqlite_url(tmp_path / "own-setting.sqlite3"))
    with db.session() as session, session.begin():
        connection = session.connection()
        connection.exec_driver_sql("PRAGMA wal_autocheckpoint=500")
        own = connection.connection.driver_connection
        defer_checkpoint(connection)
        defer_checkpoint(connection)  # a second large write in the same transaction
        assert connection.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    # Asked of that very connection: the worker may have opened a second one, and the
    # next session may get either from the pool.
    db.checkpoints.wait()
    assert own.execute("PRAGMA wal_autocheckpoint").fetchone() == (500,)
    db.dispose()
