"""Backup, restore and settings through MaintenanceService: who may, what is audited,
and nothing saved when a value is refused."""

from __future__ import annotations

import pytest

from app.audit.service import AuditFilter
from app.backup import BackupCancelled, list_backups
from app.database import prepare_database
from app.errors import PermissionDenied, ValidationError
from app.maintenance import DAILY
from app.services import Services
from app.settings import Settings
from db.engine import sqlite_url
from tests.conftest import make_actors


@pytest.fixture
def office(tmp_path):
    db = prepare_database(sqlite_url(tmp_path / "office.sqlite3"))
    services = Services(db)
    yield services, make_actors(services)
    db.dispose()


def _audit(services, actors, entity):
    return services.audit.query(actors["admin"], AuditFilter(entity=entity))


def test_manual_backup_needs_the_permission_the_daily_one_does_not(office):
    services, actors = office
    with pytest.raises(PermissionDenied):
        services.maintenance.backup(actors["staff"], "manual")
    assert list_backups() == []
    daily = services.maintenance.backup(actors["staff"], DAILY).result
    manual = services.maintenance.backup(actors["manager"], "manual").result
    assert set(list_backups()) == {daily, manual}
    rows = _audit(services, actors, "database")
    assert [(r.username, r.action) for r in rows] == [("manager1", "backup"), ("staff1", "backup")]
    assert str(manual) in rows[0].summary and rows[1].summary.startswith("daily:")


def test_cancelled_backup_is_not_audited(office):
    services, actors = office

    def cancel(_done, _total):
        raise BackupCancelled()

    with pytest.raises(BackupCancelled):
        services.maintenance.backup(actors["admin"], progress=cancel)
    assert list_backups() == [] and _audit(services, actors, "database") == []


def test_restore_needs_the_restore_permission(office):
    services, actors = office
    backup = services.maintenance.backup(actors["admin"]).result
    with pytest.raises(PermissionDenied):
        services.maintenance.restore(actors["manager"], backup)
    assert services.staff.list_staff(actors["admin"])  # the database is still open


def test_staff_may_change_the_language_only(office):
    services, actors = office
    settings = Settings()
    changed = services.maintenance.save_settings(
        actors["staff"],
        settings,
        {"language": "en", "backup_retention": settings.get("backup_retention")},
    ).result
    assert changed == {"language": "en"} and Settings().get("language") == "en"
    assert _audit(services, actors, "settings") == []  # a personal preference
    with pytest.raises(PermissionDenied):
        services.maintenance.save_settings(
            actors["staff"], settings, {"language": "zh_CN", "backup_retention": 3}
        )
    fresh = Settings()
    assert fresh.get("language") == "en" and fresh.get("backup_retention") == 14


def test_admin_settings_are_audited_and_all_or_nothing(office):
    services, actors = office
    settings = Settings()
    with pytest.raises(ValidationError) as refused:
        services.maintenance.save_settings(
            actors["admin"], settings, {"daily_backup": False, "backup_retention": 0}
        )
    assert refused.value.field == "backup_retention"
    assert settings.get("daily_backup") is True and Settings().get("daily_backup") is True
    assert _audit(services, actors, "settings") == []
    services.maintenance.save_settings(
        actors["admin"], settings, {"daily_backup": False, "backup_retention": 30}
    )
    fresh = Settings()
    assert fresh.get("daily_backup") is False and fresh.get("backup_retention") == 30
    [row] = _audit(services, actors, "settings")
    assert row.before == {"daily_backup": True, "backup_retention": 14}
    assert row.after == {"daily_backup": False, "backup_retention": 30}


def test_a_restored_database_records_its_backup_and_the_restore(tmp_path):
    from db.engine import open_database

    url = sqlite_url(tmp_path / "office.sqlite3")
    db = prepare_database(url)
    services = Services(db)
    actors = make_actors(services)
    backup = services.maintenance.backup(actors["manager"], "manual").result
    services.maintenance.restore(actors["admin"], backup)
    restored = open_database(url)
    try:
        rows = Services(restored).audit.query(actors["admin"], AuditFilter(entity="database"))
    finally:
        restored.dispose()
    actions = [(r.action, r.username) for r in rows]
    assert ("backup", "manager1") in actions and ("restore", "admin1") in actions
    assert any(r.action == "backup" and str(backup) in r.summary for r in rows)


def test_daily_backup_elsewhere_needs_the_permission(office, tmp_path):
    """The automatic backup goes to the standard folder only: a "daily" backup into any
    other folder is a copy of the unmasked database and needs the backup permission."""
    from app.paths import backups_dir

    services, actors = office
    elsewhere = tmp_path / "usb-stick"
    with pytest.raises(PermissionDenied):
        services.maintenance.backup(actors["staff"], DAILY, target_dir=elsewhere)
    assert not elsewhere.exists() and _audit(services, actors, "database") == []
    into_standard = services.maintenance.backup(
        actors["staff"], DAILY, target_dir=backups_dir()
    ).result
    assert into_standard.parent == backups_dir()
    copied = services.maintenance.backup(actors["admin"], DAILY, target_dir=elsewhere).result
    assert copied.parent == elsewhere
