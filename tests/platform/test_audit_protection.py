"""`check` reports an audit log whose protection can be removed (issue 21)."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import main
from app.audit.protection import audit_protection_problems, connection_problems
from app.database import prepare_database
from db.engine import sqlite_url
from db.models import metadata
from tests.conftest import postgres_schema_database


def test_sqlite_check_reports_a_dropped_trigger(tmp_path, capsys):
    db_file = tmp_path / "office.sqlite3"
    url = sqlite_url(db_file)
    prepare_database(url).dispose()
    assert main.main(["--db", url, "check"]) == 0
    capsys.readouterr()
    import sqlite3

    con = sqlite3.connect(db_file)
    con.execute("DROP TRIGGER audit_log_no_delete")
    con.commit()
    con.close()
    assert main.main(["--db", url, "check"]) == 1
    out = capsys.readouterr().out
    assert "audit log trigger missing: audit_log_no_delete" in out
    assert "audit_log_no_update" not in out and "PROBLEMS FOUND" in out


def test_sqlite_protected_database_has_no_problems(sqlite_db):
    assert audit_protection_problems(sqlite_db) == []


def _grant_as_readme(conn, schema: str, owner: str, app: str) -> None:
    """The grants of README, section PostgreSQL, run by the owner role."""
    for statement in (
        f'GRANT USAGE ON SCHEMA "{schema}" TO {app}',
        f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "{schema}" TO {app}',
        f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {app}',
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {app}",
    ):
        conn.execute(text(statement))


def test_postgres_roles():
    """The owner role (migrations) may drop the trigger and is reported; the app role of
    README's set-up cannot, and check finds nothing; a superuser is reported."""
    suffix = uuid.uuid4().hex[:8]
    owner, app = f"md_owner_{suffix}", f"md_app_{suffix}"
    with postgres_schema_database(create_tables=False) as db:
        schema = db.engine.url.query["options"].split("=")[-1]
        try:
            with db.engine.begin() as conn:
                assert any("superuser" in p for p in connection_problems_after_create(conn))
                conn.execute(text(f"CREATE ROLE {owner} NOLOGIN"))
                conn.execute(text(f"CREATE ROLE {app} NOLOGIN"))
                conn.execute(text(f'ALTER SCHEMA "{schema}" OWNER TO {owner}'))
            with db.engine.begin() as conn:
                conn.execute(text(f"SET LOCAL ROLE {owner}"))
                metadata.create_all(conn)
                _grant_as_readme(conn, schema, owner, app)
                problems = connection_problems(conn)
                assert any(f"{owner} owns the audit log" in p for p in problems), problems
            with db.engine.begin() as conn:
                conn.execute(text(f"SET LOCAL ROLE {app}"))
                assert connection_problems(conn) == []
                conn.execute(
                    text(
                        "INSERT INTO audit_log (username, action, entity, entity_id, "
                        "summary, at) VALUES ('x', 'x', 'x', '', '', now())"
                    )
                )
            for forbidden in (
                "DROP TRIGGER audit_log_no_change ON audit_log",
                "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                "TRUNCATE audit_log",
                "DELETE FROM audit_log",
            ):
                with pytest.raises(DBAPIError), db.engine.begin() as conn:
                    conn.execute(text(f"SET LOCAL ROLE {app}"))
                    conn.execute(text(forbidden))
            with db.engine.begin() as conn:
                conn.execute(text(f"GRANT TRUNCATE ON audit_log TO {app}"))
                conn.execute(text(f"SET LOCAL ROLE {app}"))
                assert connection_problems(conn) == [
                    f"the database role {app} may TRUNCATE the audit log "
                    "(grant it INSERT and SELECT only)"
                ]
        finally:
            with db.engine.begin() as conn:
                conn.execute(text(f'ALTER SCHEMA "{schema}" OWNER TO CURRENT_USER'))
                conn.execute(text(f"DROP OWNED BY {owner}, {app} CASCADE"))
                conn.execute(text(f"DROP ROLE IF EXISTS {owner}"))
                conn.execute(text(f"DROP ROLE IF EXISTS {app}"))


def connection_problems_after_create(conn) -> list[str]:
    """As the server's superuser, on a fresh copy of the tables."""
    metadata.create_all(conn)
    problems = connection_problems(conn)
    metadata.drop_all(conn)
    conn.execute(text("DROP FUNCTION IF EXISTS audit_log_append_only()"))
    return problems
