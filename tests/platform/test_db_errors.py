"""Environment problems with the database get a clear message, not the crash dialog."""

from __future__ import annotations

import pytest

from app.errors import DatabaseEnvironmentError
from app.service import classify_db_error
from app.services import Services
from app.staff.service import StaffInput
from db.engine import open_database, sqlite_url
from tests.conftest import make_actors


def test_read_only_database_is_an_environment_error(sqlite_db, tmp_path):
    services = Services(sqlite_db)
    actors = make_actors(services)
    path = sqlite_db.sqlite_path
    sqlite_db.dispose()
    read_only = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(DatabaseEnvironmentError) as info:
        Services(read_only).staff.create_staff(actors["admin"], StaffInput(name="只读"))
    assert "read-only" in info.value.message
    read_only.dispose()
    again = Services(open_database(sqlite_url(path)))
    assert "只读" not in {s.name for s in again.staff.list_staff(actors["admin"])}
    again.db.dispose()


def test_unreachable_server_is_an_environment_error():
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    db = open_database("postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2")
    with pytest.raises(OperationalError) as info, db.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    classified = classify_db_error(info.value)
    assert isinstance(classified, DatabaseEnvironmentError)
    assert "cannot be reached" in classified.message
    db.dispose()


def test_cli_reports_unreachable_server_in_one_line(capsys):
    import main

    code = main.main(
        ["--db", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=2", "check"]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error:") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_integrity_errors_are_bugs_not_environment(sqlite_db):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as info, sqlite_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO staff (name, department_id, position, phone, active, "
                "created_at, updated_at, version) VALUES ('x', 999, '', '', 1, "
                "'2026-01-01', '2026-01-01', 1)"
            )
        )
    assert classify_db_error(info.value) is None
