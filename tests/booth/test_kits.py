"""Booth kits: what goes in (and what does not), who may make one, the command line."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import select

from app.customers.rows import CustomerInput
from app.errors import PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.booth import BoothKit
from db.models.customers import Course, Customer, FollowUp
from db.models.staff import Staff
from db.models.users import User
from tests.booth.conftest import count


def test_a_kit_holds_no_existing_customer(office, actors, make_kit):
    office.customers.create_customer(
        actors["manager"],
        CustomerInput(name="老客户", mobile="13800000001", guardian_phone="13900000001"),
    )
    office.customers.create_course(actors["manager"], "雅思精讲", "英语", 380000, 40)
    booth = make_kit(accounts=("staff1", "manager1"))
    assert count(booth.services, Customer) == 0
    assert count(booth.services, FollowUp) == 0
    assert b"13800000001" not in booth.path.read_bytes()
    assert b"13900000001" not in booth.path.read_bytes()
    assert stat.S_IMODE(booth.path.stat().st_mode) == 0o600
    with booth.services.db.session() as session:
        assert sorted(session.scalars(select(User.username))) == ["manager1", "staff1"]
        kit_staff = dict(session.execute(select(Staff.id, Staff.name)).all())
        assert session.scalars(select(Course.name)).all() == ["雅思精讲"]
        kit = session.scalars(select(BoothKit)).one()
        assert kit.this_kit and kit.activity_name == "一中开放日"
    # The office keeps the same kit, with the same key, and the staff keep their ids.
    with office.db.session() as session:
        office_kit = session.scalars(select(BoothKit)).one()
        assert (office_kit.uuid, office_kit.key, office_kit.this_kit) == (kit.uuid, kit.key, False)
        assert kit_staff == {
            actors["staff"].staff_id: "测试staff",
            actors["manager"].staff_id: "测试manager",
        }
        audit = session.scalars(select(AuditEntry).where(AuditEntry.entity == "booth_kits")).one()
        assert kit.key.hex() not in str(audit.after) and "key" not in audit.after


def test_the_booth_staff_sign_in_to_the_kit_with_their_passwords(office, make_kit):
    booth = make_kit(accounts=("staff1",))
    actor = booth.services.users.authenticate("staff1", "secret-pass-1")
    assert actor.username == "staff1" and actor.role == "staff"


@pytest.mark.parametrize(
    "activity, accounts, message",
    [
        ("", ["staff1"], "Name the event"),
        ("开放日", [], "Choose the accounts"),
        ("开放日", ["nobody"], "No such account: nobody"),
        ("x" * 201, ["staff1"], "longer than 200"),
        ("开放日", ["staff1", "admin1"], "admin1 is an administrator account"),
    ],
)
def test_bad_kit_requests_write_nothing(office, actors, tmp_path, activity, accounts, message):
    out = tmp_path / "kit.db"
    with pytest.raises(ValidationError, match=message):
        office.booth_kits.create_kit(actors["manager"], out, activity, accounts)
    assert not out.exists() and count(office, BoothKit) == 0


def test_only_kit_makers_make_kits_and_a_kit_is_a_new_file(office, actors, tmp_path):
    out = tmp_path / "kit.db"
    for role in ("staff", "finance"):
        with pytest.raises(PermissionDenied):
            office.booth_kits.create_kit(actors[role], out, "开放日", ["staff1"])
    assert not out.exists() and count(office, BoothKit) == 0
    out.write_bytes(b"the office's own file")
    with pytest.raises(ValidationError, match="exists already"):
        office.booth_kits.create_kit(actors["manager"], out, "开放日", ["staff1"])
    assert out.read_bytes() == b"the office's own file"


def test_a_failed_kit_file_leaves_no_kit_row(office, actors, tmp_path, monkeypatch):
    from app.booth import kit_file

    def broken(path, content):
        raise OSError("disk full")

    monkeypatch.setattr("app.booth.kits.write_kit_file", broken)
    assert kit_file.write_kit_file is not broken
    with pytest.raises(OSError):
        office.booth_kits.create_kit(actors["manager"], tmp_path / "k.db", "开放日", ["staff1"])
    assert count(office, BoothKit) == 0


def test_booth_kit_and_export_bundle_commands(tmp_path, capsys):
    from main import main

    office = tmp_path / "office.sqlite3"
    assert main(["--db", str(office), "demo", "--scale", "20"]) == 0
    capsys.readouterr()
    kit = tmp_path / "booth.db"
    assert main(["--db", str(office), "booth-kit", str(kit), "--activity", "开放日"]) == 2
    assert "Choose the accounts" in capsys.readouterr().err
    args = ["--db", str(office), "booth-kit", str(kit), "--activity", "开放日", "--staff", "staff"]
    assert main(args) == 0
    assert "staff" in capsys.readouterr().out
    assert main(["--db", str(kit), "export-bundle", str(tmp_path / "out")]) == 0
    assert "0 leads and 0 visits" in capsys.readouterr().out
    bundle = tmp_path / "out.mdbundle"
    assert stat.S_IMODE(bundle.stat().st_mode) == 0o600
    # The office is not a kit: it has no bundle to export.
    assert main(["--db", str(office), "export-bundle", str(tmp_path / "office")]) == 2
    assert "not a booth kit" in capsys.readouterr().err
    assert main(["--db", str(office), "merge-bundle", str(bundle)]) == 0
