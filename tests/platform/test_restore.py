"""Restore checks a copy before it touches the live database, never deletes another
process's WAL, and `check` verifies the schema against the migrations."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.backup import BackupError, backup_sqlite, list_backups
from app.database import prepare_database
from app.errors import ValidationError
from app.features import metadata, version_locations
from app.restore import DatabaseInUse, restore_sqlite
from app.services import Services
from app.staff.service import StaffInput
from db.engine import open_database, sqlite_url
from db.migrate import current_revisions, head_revisions, upgrade
from db.schema_check import missing_schema
from tests.conftest import make_actors, postgres_schema_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path):
    """A live database with one staff member, and a backup of it; the live
    database is closed (as restore requires)."""
    path = tmp_path / "office.sqlite3"
    services = Services(prepare_database(sqlite_url(path)))
    admin = make_actors(services)["admin"]
    services.staff.create_staff(admin, StaffInput(name="在库"))
    backup = backup_sqlite(path, reason="manual")
    services.db.dispose()
    return path, backup


def _damage(backup: Path, *statements: str) -> Path:
    con = sqlite3.connect(backup, isolation_level=None)
    for statement in statements:
        con.execute(statement)
    con.close()
    return backup


def _live_still_opens(path: Path) -> None:
    db = prepare_database(sqlite_url(path))
    try:
        with db.engine.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM staff")}
            assert "在库" in names
            assert missing_schema(conn, metadata()) == []
        assert current_revisions(db) == head_revisions(version_locations())
    finally:
        db.dispose()


def _no_safety_copy() -> bool:
    return not [p for p in list_backups() if "before-restore" in p.name]


# One of the backup's heads becomes a revision this program does not know.
NEWER_REVISION = (
    "UPDATE alembic_version SET version_num = 'z999' "
    "WHERE version_num = (SELECT MAX(version_num) FROM alembic_version)"
)


def test_a_backup_of_a_newer_schema_is_refused_before_the_swap(office):
    path, backup = office
    _damage(
        backup,
        NEWER_REVISION,
    )
    with pytest.raises(BackupError) as refused:
        restore_sqlite(path, backup)
    assert "z999" in refused.value.message
    assert _no_safety_copy()
    _live_still_opens(path)


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        (["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"], "audit_log_no"),
        (["DROP TABLE claim_attachments"], "claim_attachments"),
        (["DROP INDEX ix_customers_name"], "ix_customers_name"),
    ],
)
def test_a_damaged_backup_is_refused(office, statements, named):
    path, backup = office
    _damage(backup, *statements)
    with pytest.raises(BackupError) as refused:
        restore_sqlite(path, backup)
    assert named in refused.value.message
    assert _no_safety_copy()
    _live_still_opens(path)


def test_a_database_of_another_program_is_refused(office, tmp_path):
    path, _ = office
    other = tmp_path / "other.sqlite3"
    _damage(other, "CREATE TABLE alembic_version (version_num TEXT)", "CREATE TABLE notes (x)")
    with pytest.raises((BackupError, ValidationError)) as refused:
        restore_sqlite(path, other)
    assert "not a MarketDesk database" in refused.value.message
    _live_still_opens(path)


def test_an_older_backup_is_migrated_on_the_copy_and_restored(office, tmp_path):
    path, _ = office
    old = tmp_path / "old.sqlite3"
    db = open_database(sqlite_url(old))
    upgrade(db, version_locations(), "0001")
    db.dispose()
    safety = restore_sqlite(path, old)
    assert "before-restore" in safety.name
    db = open_database(sqlite_url(path))
    try:
        assert current_revisions(db) == head_revisions(version_locations())
    finally:
        db.dispose()
    # The safety copy holds the database as it was.
    con = sqlite3.connect(safety)
    assert ("在库",) in con.execute("SELECT name FROM staff").fetchall()
    con.close()


HOLDER = """
import sys
from sqlalchemy import text
from db.engine import open_database
db = open_database(sys.argv[1])
def write(key):
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES (:k, '1')"), {"k": key})
write("before")
print("ready", flush=True)
sys.stdin.readline()
write("after")
print("written", flush=True)
sys.stdin.readline()
db.dispose()
"""


def test_restore_while_another_process_has_the_database_open_loses_nothing(office):
    path, backup = office
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, sqlite_url(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUse) as refused:
            restore_sqlite(path, backup)
        assert "Another program" in refused.value.message
        assert Path(str(path) + "-wal").exists()  # the other process's WAL is still there
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "written"
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
    con = sqlite3.connect(path)
    keys = {r[0] for r in con.execute("SELECT key FROM meta")}
    con.close()
    assert {"before", "after"} <= keys
    assert _no_safety_copy()


def _cli_check(url, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = main.main(["--db", url, "check"])
    return code, capsys.readouterr().out


def test_check_reports_missing_triggers_and_tables(office, capsys):
    path, _ = office
    url = sqlite_url(path)
    code, out = _cli_check(url, capsys)
    assert code == 0 and "every table, index and audit trigger is there" in out
    _damage(path, "DROP TRIGGER audit_log_no_delete")
    code, out = _cli_check(url, capsys)
    assert code == 1 and "missing audit trigger: audit_log_no_delete" in out
    _damage(path, "DROP TABLE claim_attachments")
    code, out = _cli_check(url, capsys)
    assert code == 1 and "missing table: claim_attachments" in out
    assert "PROBLEMS FOUND" in out


def test_the_declared_triggers_are_those_the_migrations_create(tmp_path):
    """missing_schema's trigger list cannot fall behind the migrations."""
    db = open_database(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        upgrade(db, version_locations())
        with db.engine.connect() as conn:
            from db.schema_check import REQUIRED_TRIGGERS, existing_triggers

            assert existing_triggers(conn) == set(REQUIRED_TRIGGERS["sqlite"])
            assert missing_schema(conn, metadata()) == []
    finally:
        db.dispose()


def test_schema_check_on_postgresql():
    with postgres_schema_database(create_tables=False) as db:
        upgrade(db, version_locations())
        with db.engine.begin() as conn:
            assert missing_schema(conn, metadata()) == []
            conn.exec_driver_sql("DROP TRIGGER audit_log_no_change ON audit_log")
            conn.exec_driver_sql("DROP INDEX ix_customers_name")
        with db.engine.connect() as conn:
            problems = {(p.kind, p.name) for p in missing_schema(conn, metadata())}
        assert problems == {("trigger", "audit_log_no_change"), ("index", "ix_customers_name")}


def test_a_live_database_of_a_newer_schema_is_refused_without_a_backup(office, capsys):
    """Each start used to take a before-migration backup and then fail to migrate."""
    path, _ = office
    _damage(
        path,
        NEWER_REVISION,
    )
    before = set(list_backups())
    assert main.main(["--db", sqlite_url(path), "check"]) == 2
    err = capsys.readouterr().err
    assert "z999" in err and "\n" not in err.strip()
    assert set(list_backups()) == before


def test_the_gui_shows_a_refused_restore_and_keeps_working(qtbot, office, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from app.settings import Settings
    from ui import platform_actions
    from ui.context import ChangeBus, UiContext

    path, backup = office
    good = backup.with_name("good.sqlite3")
    shutil.copyfile(backup, good)
    _damage(backup, "DROP TRIGGER audit_log_no_update")
    services = Services(prepare_database(sqlite_url(path)))
    try:
        admin = services.users.authenticate("admin1", "secret-pass-1")
        ctx = UiContext(services=services, actor=admin, settings=Settings(), bus=ChangeBus())
        window = QWidget()
        qtbot.addWidget(window)
        window.show()
        errors = []
        monkeypatch.setattr(
            platform_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), "")
        )
        monkeypatch.setattr(platform_actions, "confirm", lambda *a: True)
        monkeypatch.setattr(platform_actions, "show_error", lambda w, exc: errors.append(exc))
        platform_actions.restore(ctx, window)
        assert len(errors) == 1 and "audit_log_no_update" in errors[0].message
        assert window.isVisible()
        assert "在库" in {s.name for s in services.staff.list_staff(admin)}
        # A good backup goes in even though this window's own database was open.
        chosen = str(good)
        monkeypatch.setattr(
            platform_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (chosen, "")
        )
        monkeypatch.setattr(platform_actions.QMessageBox, "information", lambda *a: None)
        platform_actions.restore(ctx, window)
        assert errors[1:] == [] and not window.isVisible()
        assert [p for p in list_backups() if "before-restore" in p.name]
    finally:
        services.db.dispose()
