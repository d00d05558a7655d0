"""Backup, restore, check: service functions and the command line."""

from __future__ import annotations

import sqlite3

import pytest

import main
from app.backup import (
    BackupError,
    backup_sqlite,
    daily_backup_due,
    list_backups,
    prune_backups,
)
from app.database import prepare_database
from app.errors import ValidationError
from app.restore import restore_sqlite
from app.services import Services
from app.staff.service import StaffInput
from db.engine import sqlite_url
from tests.conftest import make_actors


@pytest.fixture
def file_services(tmp_path):
    db = prepare_database(sqlite_url(tmp_path / "office.sqlite3"))
    services = Services(db)
    yield services
    db.dispose()


def _names(services, actor) -> set[str]:
    return {s.name for s in services.staff.list_staff(actor)}


def test_backup_restore_round_trip(file_services, tmp_path):
    actors = make_actors(file_services)
    admin = actors["admin"]
    file_services.staff.create_staff(admin, StaffInput(name="备份前"))
    backup = backup_sqlite(file_services.db.sqlite_path, reason="manual")
    assert backup.exists() and backup in list_backups()
    file_services.staff.create_staff(admin, StaffInput(name="备份后"))
    assert {"备份前", "备份后"} <= _names(file_services, admin)

    path = file_services.db.sqlite_path
    file_services.db.dispose()
    safety = restore_sqlite(path, backup)
    assert safety.exists()
    restored = Services(prepare_database(sqlite_url(path)))
    names = _names(restored, admin)
    assert "备份前" in names and "备份后" not in names
    restored.db.dispose()
    # The safety copy holds the state before the restore.
    con = sqlite3.connect(safety)
    assert con.execute("SELECT count(*) FROM staff WHERE name = '备份后'").fetchone()[0] == 1
    con.close()


def test_restore_refuses_a_broken_file(file_services, tmp_path):
    make_actors(file_services)
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    path = file_services.db.sqlite_path
    file_services.db.dispose()
    before = path.read_bytes()
    with pytest.raises((ValidationError, BackupError)):
        restore_sqlite(path, bad)
    assert path.read_bytes() == before


def test_retention_keeps_last_n(file_services):
    for _ in range(5):
        backup_sqlite(file_services.db.sqlite_path, reason="manual")
    folder = list_backups()[0].parent
    removed = prune_backups(folder, 3)
    assert len(removed) == 2 and len(list_backups()) == 3


def test_backup_refuses_postgresql():
    with pytest.raises(BackupError):
        backup_sqlite(None)


def test_cli_backup_check_restore(tmp_path, capsys):
    db_file = tmp_path / "cli.sqlite3"
    url = sqlite_url(db_file)
    prepare_database(url).dispose()
    assert main.main(["--db", url, "check"]) == 0
    assert main.main(["--db", url, "backup"]) == 0
    backup_path = capsys.readouterr().out.strip().splitlines()[-1]
    assert backup_path.endswith(".sqlite3")
    assert main.main(["--db", url, "restore", backup_path]) == 0
    out = capsys.readouterr().out
    assert "restored" in out
    assert main.main(["--db", url, "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity check: no problems" in out and "schema revision:" in out and "OK" in out
    # Command-line actions are audited with the OS user name.
    con = sqlite3.connect(db_file)
    rows = con.execute("SELECT username, action FROM audit_log").fetchall()
    con.close()
    # The backup row went back in time with the restore; the restore is recorded after it.
    assert rows[-1][1] == "restore" and all(u.startswith("cli:") for u, _ in rows)


def test_cli_backup_to_a_file_instead_of_a_folder_exits_2(tmp_path, capsys):
    """`backup --to` naming a file (or an unusable folder): one line, no traceback."""
    url = sqlite_url(tmp_path / "x.sqlite3")
    prepare_database(url).dispose()
    assert main.main(["--db", url, "check"]) == 0
    capsys.readouterr()
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x")
    assert main.main(["--db", url, "backup", "--to", str(not_a_folder)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: The backup folder") and "notes.txt" in err
    assert "\n" not in err and not_a_folder.read_text() == "x"


def test_cli_restore_missing_file_exits_2(tmp_path, capsys):
    url = sqlite_url(tmp_path / "x.sqlite3")
    prepare_database(url).dispose()
    assert main.main(["--db", url, "check"]) == 0
    assert main.main(["--db", url, "restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_cli_demo_builds_accounts(tmp_path, capsys):
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main.main(["--db", url, "demo", "--scale", "50"]) == 0
    services = Services(prepare_database(url))
    from app.meta import demo_accounts, is_demo

    assert is_demo(services.db)
    accounts = demo_accounts(services.db)
    assert {a["role"] for a in accounts} == {"admin", "manager", "staff", "service", "finance"}
    for account in accounts:
        assert services.users.authenticate(account["username"], account["password"])
    # A second demo on the same database is refused with a one-line reason.
    assert main.main(["--db", url, "demo"]) == 2
    services.db.dispose()


def test_cli_demo_refuses_a_negative_scale(tmp_path, capsys):
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main.main(["--db", url, "demo", "--scale", "-5"]) == 2
    assert "--scale must be at least 1" in capsys.readouterr().err
    services = Services(prepare_database(url))
    assert not services.users.has_users()  # nothing was built
    services.db.dispose()


def test_cli_demo_names_its_steps_in_the_users_language(tmp_path, capsys):
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert main.main(["--db", url, "--lang", "zh_CN", "demo", "--scale", "20"]) == 0
    captured = capsys.readouterr()
    created, *steps = captured.err.splitlines()
    assert str(tmp_path / "demo.sqlite3") in created  # "created a new database at ..."
    assert [s.strip() for s in steps] == [
        "账户与员工…",
        "客户…",
        "预算与报销…",
        "员工行为记录…",
        "会议…",
    ]
    assert captured.out.startswith("演示数据库已就绪：")


def test_demo_progress_text_counts_long_steps():
    from app.demo import progress_text

    assert progress_text("platform", 0, 1) == "accounts and staff"
    assert progress_text("customers", 1200, 2000) == "customers 1,200 / 2,000"
    assert progress_text("later-step", 0, 1) == "later-step"


def test_cancelled_backup_leaves_no_file(file_services):
    from app.backup import BackupCancelled

    make_actors(file_services)

    def cancel(done, total):
        raise BackupCancelled()

    with pytest.raises(BackupCancelled):
        backup_sqlite(file_services.db.sqlite_path, reason="manual", progress=cancel)
    from app.paths import backups_dir

    assert list_backups() == []
    assert list(backups_dir().glob("*.part")) == []


def test_daily_backup_due_once_a_day_for_a_file_database(file_services):
    path = file_services.db.sqlite_path
    assert not daily_backup_due(None, True)  # PostgreSQL: the server's tools back it up
    assert not daily_backup_due(path, False)  # switched off in the settings
    assert daily_backup_due(path, True)  # no backup yet
    backup_sqlite(path, reason="daily")
    assert not daily_backup_due(path, True)  # one today already


def test_pruning_keeps_recent_safety_copies(file_services):
    import os
    import time

    path = file_services.db.sqlite_path
    day = 86400
    now = time.time()
    old_restore = backup_sqlite(path, reason="before-restore")
    os.utime(old_restore, (now - 31 * day, now - 31 * day))
    recent_restore = backup_sqlite(path, reason="before-restore")
    os.utime(recent_restore, (now - 29 * day, now - 29 * day))
    recent_migration = backup_sqlite(path, reason="before-migration")
    os.utime(recent_migration, (now - 2 * day, now - 2 * day))
    for _ in range(4):
        backup_sqlite(path, reason="manual")
    removed = prune_backups(recent_restore.parent, 2)
    # Of the 7, the 2 newest stay; of the older ones the recent safety copies stay too.
    kept = set(list_backups())
    assert recent_restore in kept and recent_migration in kept
    assert old_restore in removed and not old_restore.exists()
    assert len(removed) == 3 and len(kept) == 4
