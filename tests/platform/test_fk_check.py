"""`check` really checks foreign keys on PostgreSQL (it printed 0 without looking)."""

from __future__ import annotations

from sqlalchemy import text

import main
from app.database import prepare_database
from db.fk_check import foreign_key_problems
from tests.conftest import postgres_schema_database


def _orphan_follow_up(conn) -> None:
    # As a restore with triggers off would: the key is not enforced for this insert.
    conn.execute(text("SET LOCAL session_replication_role = replica"))
    conn.execute(
        text(
            "INSERT INTO follow_ups (uuid, customer_id, due_on, method, content, done, "
            "created_at, version) VALUES (gen_random_uuid(), 424242, '2026-10-01', 'phone', "
            "'', false, now(), 1)"
        )
    )


def test_postgres_orphans_are_found_and_named(capsys):
    with postgres_schema_database(create_tables=False) as db:
        url = db.engine.url.render_as_string(hide_password=False)
        prepare_database(url).dispose()  # migrated, as the command line finds it
        with db.engine.connect() as conn:
            assert foreign_key_problems(conn) == []
        with db.engine.begin() as conn:
            _orphan_follow_up(conn)
        with db.engine.connect() as conn:
            problems = foreign_key_problems(conn)
        assert [(p.table, p.columns, p.parent, p.rows) for p in problems] == [
            ("follow_ups", ("customer_id",), "customers", 1)
        ]
        assert main.main(["--db", url, "check"]) == 1
        captured = capsys.readouterr()
        out = captured.out
        assert "foreign_key_check: 1" in out, captured.err
        assert "foreign_key_check: 1 problem(s)" in out
        assert "follow_ups(customer_id) -> customers: 1" in out
        assert "PROBLEMS FOUND" in out


def test_sqlite_orphans_counted_per_table(sqlite_db):
    import sqlite3

    con = sqlite3.connect(sqlite_db.sqlite_path)  # foreign keys off: SQLite's default
    con.execute(
        "INSERT INTO follow_ups (uuid, customer_id, due_on, method, content, done, "
        "created_at, version) VALUES ('x1', 99, '2026-10-01', 'phone', '', 0, "
        "'2026-10-01', 1), ('x2', 98, '2026-10-01', 'phone', '', 0, '2026-10-01', 1)"
    )
    con.commit()
    con.close()
    with sqlite_db.engine.connect() as conn:
        problems = foreign_key_problems(conn)
    assert [(p.table, p.parent, p.rows) for p in problems] == [("follow_ups", "customers", 2)]
