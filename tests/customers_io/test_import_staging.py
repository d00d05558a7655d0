"""SQLite: a large import builds its rows before taking the write lock (staging.py)."""

from __future__ import annotations

import sqlite3

import pytest

from app.customers_io.importer import ImportService
from app.customers_io.staging import MIN_ROWS
from app.services import Services
from app.tasks import Cancelled
from tests.conftest import make_actors
from tests.customers_io.conftest import write_csv


def _leads(tmp_path, rows: int):
    body = [[f"学生{i}", f"1380{i:07d}"] for i in range(rows)]
    return write_csv(tmp_path / "leads.csv", [["姓名", "手机"], *body], "utf-8")


def test_other_processes_can_write_while_the_rows_are_built(sqlite_db, tmp_path):
    services = Services(sqlite_db)
    actor = make_actors(services)["manager"]
    service = ImportService(sqlite_db)
    preview = service.preview(actor, service.open_file(_leads(tmp_path, MIN_ROWS + 10)), None)
    other = sqlite3.connect(sqlite_db.sqlite_path, isolation_level=None, timeout=0)
    free_while_building = []

    def progress(done: int, total: int) -> None:
        if done < total:  # not the end of the import
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
                free_while_building.append(True)
            except sqlite3.OperationalError:
                free_while_building.append(False)

    result = service.run(actor, preview, progress=progress)
    other.close()
    assert result.imported == MIN_ROWS + 10
    # Building the rows: the lock is free. Then the copy's transaction holds it.
    assert free_while_building == [True, False]


def test_a_cancel_while_staging_writes_nothing(sqlite_db, tmp_path):
    services = Services(sqlite_db)
    actor = make_actors(services)["manager"]
    service = ImportService(sqlite_db)
    preview = service.preview(actor, service.open_file(_leads(tmp_path, MIN_ROWS + 10)), None)
    with pytest.raises(Cancelled):
        service.run(actor, preview, cancel=lambda: True)
    with sqlite3.connect(sqlite_db.sqlite_path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
    # All at once afterwards: the staged rows of the cancelled run are gone.
    assert service.run(actor, preview).imported == MIN_ROWS + 10
    with sqlite3.connect(sqlite_db.sqlite_path) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == MIN_ROWS + 10
