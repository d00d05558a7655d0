"""The database, backups and logs are readable by their owner only on POSIX (issue 21)."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from app import logging_setup
from app.backup import backup_sqlite
from app.paths import backups_dir, data_dir, logs_dir
from db.engine import open_database, sqlite_url

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows: AppData ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def _usual_umask():
    """The umask most systems give (files 0644, folders 0755)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _write(db) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))


def test_new_database_its_folder_wal_and_shm_are_private(tmp_path):
    path = tmp_path / "new" / "office.sqlite3"
    db = open_database(sqlite_url(path))
    try:
        _write(db)
        assert mode(path.parent) == 0o700
        assert mode(path) == 0o600
        companions = [Path(f"{path}{s}") for s in ("-wal", "-shm")]
        assert all(p.exists() for p in companions)
        assert [mode(p) for p in companions] == [0o600, 0o600]
    finally:
        db.dispose()


def test_an_existing_readable_database_is_tightened(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    path = folder / "old.sqlite3"
    db = open_database(sqlite_url(path))
    _write(db)
    db.dispose()
    for p in folder.iterdir():
        os.chmod(p, 0o644)
    db = open_database(sqlite_url(path))
    try:
        _write(db)
        modes = {p.name: mode(p) for p in folder.iterdir()}
        assert len(modes) == 3 and set(modes.values()) == {0o600}, modes
    finally:
        db.dispose()


def test_data_backup_and_log_folders_are_private():
    os.chmod(data_dir(), 0o755)  # an older version made it so
    for folder in (data_dir(), backups_dir(), logs_dir()):
        assert mode(folder) == 0o700, folder


def test_backups_are_private(tmp_path):
    path = tmp_path / "office.sqlite3"
    db = open_database(sqlite_url(path))
    _write(db)
    db.dispose()
    backup = backup_sqlite(path, reason="manual")
    assert mode(backup) == 0o600
    elsewhere = backup_sqlite(path, target_dir=tmp_path / "usb" / "copies")
    assert mode(elsewhere) == 0o600 and mode(elsewhere.parent) == 0o700


def test_log_files_are_private_also_after_a_rollover():
    root = logging.getLogger()
    ours = [h for h in root.handlers if getattr(h, "_marketdesk", False)]
    for handler in ours:
        root.removeHandler(handler)
    logging_setup.setup_logging()
    try:
        logging.getLogger("t").warning("first line")
        log_file = logging_setup.log_file_path()
        assert mode(log_file) == 0o600
        handler = next(h for h in root.handlers if getattr(h, "_marketdesk", False))
        handler.doRollover()
        logging.getLogger("t").warning("after the rollover")
        assert mode(log_file) == 0o600
        assert mode(Path(f"{log_file}.1")) == 0o600
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_marketdesk", False)]:
            root.removeHandler(handler)
            handler.close()
        for handler in ours:
            root.addHandler(handler)
