"""Merging a kit's bundle keeps what the booth learned: consents with their times,
blanks filled (conflicts listed), notes and visits, the capturing staff as owner."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from sqlalchemy import select

from app.customers.rows import CustomerInput
from app.customers_io.booth_visits import BoothVisitService
from app.customers_io.bundle import BundleService
from db.models.audit import AuditEntry
from db.models.customers import Customer, FollowUp
from tests.booth.conftest import count


def _office_customer(office, actors, **fields):
    return office.customers.create_customer(
        actors["manager"], CustomerInput(name="老客户", mobile="13700000002", **fields)
    )


def test_consent_notes_and_visits_survive_and_a_second_merge_changes_nothing(
    office, actors, make_kit, tmp_path
):
    existing = _office_customer(office, actors, grade="初一", owner_id=actors["service"].staff_id)
    booth = make_kit()
    new = booth.capture(
        "staff1",
        "展位新客",
        "13700000001",
        consent_contact=True,
        consent_wording="同意联系",
        notes="周末有空",
        source_event="一中开放日",
    )
    # At the booth the known customer is captured again (in the kit it is new: the
    # kit holds no office customer), with what the office does not know.
    booth.capture(
        "manager1",
        "老客户",
        "13700000002",
        consent_contact=True,
        guardian_phone="13900000002",
        school="第一中学",
        grade="初二",
        course_interests="雅思",
    )
    # A colleague records a visit on staff1's lead: a note, not an edit.
    BoothVisitService(booth.services.db).record_visit(
        booth.actors["manager1"], "137 0000 0001", "家长来问了试听时间"
    )
    booth.services.customers.record_follow_up(
        booth.actors["staff1"], new.id, "phone", "约了周六试听"
    )
    with booth.services.db.session() as session:
        consent_at = session.scalars(select(Customer.consent_at).where(Customer.id == new.id)).one()
    bundle = booth.export(tmp_path / "booth")

    service = BundleService(office.db)
    report = service.merge(actors["service"], bundle)
    assert (report.created, report.noted, report.visits, report.rejected) == (1, 1, 2, 0)
    assert report.filled == 1 and report.conflicts == 1
    conflict = report.entries[1]["conflicts"][0]
    assert "初一" in conflict and "初二" in conflict
    with office.db.session() as session:
        created = session.scalars(select(Customer).where(Customer.mobile == "+8613700000001")).one()
        assert created.owner_id == actors["staff"].staff_id  # who captured it
        assert created.consent_contact and created.consent_at == consent_at
        assert created.notes == "周末有空"
        visits = session.scalars(
            select(FollowUp).where(FollowUp.customer_id == created.id).order_by(FollowUp.id)
        ).all()
        assert [(v.content, v.staff_id) for v in visits] == [
            ("家长来问了试听时间", actors["manager"].staff_id),
            ("约了周六试听", actors["staff"].staff_id),
        ]
        known = session.get(Customer, existing.id)
        # Consent kept with the booth's time; blanks filled; the office's grade kept.
        assert known.consent_contact and known.consent_at is not None
        assert (known.guardian_phone, known.school, known.grade) == (
            "+8613900000002",
            "第一中学",
            "初一",
        )
        assert known.guardian_last4 == "0002"
        assert known.owner_id == actors["service"].staff_id  # still the office's customer
        note = session.scalars(select(FollowUp).where(FollowUp.customer_id == known.id)).one()
        assert "雅思" in note.content and note.staff_id == actors["manager"].staff_id
        versions = dict(session.execute(select(Customer.id, Customer.version)).all())
    counts = (count(office, Customer), count(office, FollowUp), count(office, AuditEntry))
    again = service.merge(actors["service"], bundle)
    assert (again.created, again.noted, again.visits, again.already, again.rejected) == (
        0,
        0,
        0,
        4,
        0,
    )
    assert (count(office, Customer), count(office, FollowUp), count(office, AuditEntry)) == counts
    with office.db.session() as session:
        assert dict(session.execute(select(Customer.id, Customer.version)).all()) == versions


def test_a_booth_visit_on_a_colleagues_customer_changes_nothing_of_it(office, actors):
    customer = _office_customer(office, actors, owner_id=actors["manager"].staff_id)
    change = BoothVisitService(office.db).record_visit(actors["staff"], "13700000002", "路过展位")
    with office.db.session() as session:
        visit = session.get(FollowUp, change.result)
        assert (visit.customer_id, visit.staff_id, visit.done) == (
            customer.id,
            actors["staff"].staff_id,
            True,
        )
        assert session.get(Customer, customer.id).version == customer.version


def _sealed(kit_db, tmp_path, leads, visits=()):
    """A bundle sealed with the kit's key holding `leads` as given (what a damaged kit
    or another version could write)."""
    from app.booth.sealing import seal
    from db.models.booth import BoothKit

    with kit_db.session() as session:
        kit = session.scalars(select(BoothKit)).one()
        kit_uuid, key = kit.uuid, kit.key
    document = {
        "bundle_id": "b-1",
        "kit": str(kit_uuid),
        "leads": leads,
        "visits": list(visits),
    }
    path = tmp_path / "crafted.mdbundle"
    path.write_bytes(seal(kit_uuid, key, document))
    return path


def test_the_report_names_rejected_leads_briefly_and_the_command_exits_1(
    office, actors, make_kit, tmp_path, capsys
):
    import uuid

    booth = make_kit()
    leads = [
        [1, "x"],
        {"uuid": str(uuid.uuid4()), "name": "长" * 5000, "mobile": "12345"},
        {"uuid": str(uuid.uuid4()), "mobile": "13700000009"},  # no name
        {"uuid": str(uuid.uuid4()), "name": 5, "mobile": "13700000008"},
        {"uuid": "not-a-uuid", "name": "无编号", "mobile": "13700000007"},
        {"uuid": str(uuid.uuid4()), "name": "好线索", "mobile": "13700000006", "owner": 99999},
    ]
    orphan = {"uuid": str(uuid.uuid4()), "customer": str(uuid.uuid4()), "method": "visit"}
    visits = [orphan | {"content": "无主"}, "junk"]
    bundle = _sealed(booth.services.db, tmp_path, leads, visits)
    report = BundleService(office.db).merge(actors["manager"], bundle)
    assert (report.created, report.rejected) == (1, 7)
    names = [entry["name"] for entry in report.entries]
    assert names[0] == "lead 1" and names[2] == "lead 3" and names[3] == "lead 4"
    assert len(names[1]) == 30 and names[1].endswith("…")
    assert all(len(line) < 300 for line in report.lines)
    assert "not a record" in report.lines[0]
    assert "None" not in " ".join(report.lines)
    with office.db.session() as session:
        good = session.scalars(select(Customer).where(Customer.name == "好线索")).one()
        assert good.owner_id == actors["manager"].staff_id  # unknown staff: whoever merges


def test_merge_bundle_command_counts_rejections_and_exits_1(tmp_path, capsys):
    """On a migrated office file, as an office runs it."""
    import uuid

    from app.database import open_services
    from db.engine import open_database, sqlite_url
    from main import main
    from tests.conftest import make_actors

    office_file = tmp_path / "office.sqlite3"
    office = open_services(str(office_file), create=True)
    try:
        actors = make_actors(office)
        office.booth_kits.create_kit(actors["manager"], tmp_path / "kit.db", "展会", ["staff1"])
        kit_db = open_database(sqlite_url(tmp_path / "kit.db"))
        try:
            leads = [[1, "x"], {"uuid": str(uuid.uuid4()), "name": "好", "mobile": "13700000021"}]
            bundle = _sealed(kit_db, tmp_path, leads)
        finally:
            kit_db.dispose()
    finally:
        office.db.dispose()
    code = main(["--db", str(office_file), "merge-bundle", str(bundle), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and (data["created"], data["rejected"]) == (1, 1)
    code = main(["--db", str(office_file), "merge-bundle", str(bundle)])
    out = capsys.readouterr().out
    assert code == 1 and "1 rejected" in out and "lead 1: the lead is not a record" in out


def test_leads_merged_from_the_command_line_are_owned_by_who_captured_them(
    office, actors, make_kit, tmp_path
):
    from app.context import Actor

    booth = make_kit()
    booth.capture("staff1", "展位甲", "13700000011")
    booth.capture("manager1", "展位乙", "13700000012")
    bundle = booth.export(tmp_path / "b")
    report = BundleService(office.db).merge(Actor.command_line(), bundle)
    assert report.created == 2
    with office.db.session() as session:
        owners = dict(session.execute(select(Customer.name, Customer.owner_id)).all())
    assert owners == {"展位甲": actors["staff"].staff_id, "展位乙": actors["manager"].staff_id}


def test_consent_times_of_a_minor_are_kept(office, actors, make_kit, tmp_path):
    _office_customer(office, actors)
    booth = make_kit()
    booth.capture(
        "staff1",
        "老客户",
        "13700000002",
        is_minor=True,
        guardian_name="王父",
        guardian_phone="13900000003",
        guardian_consent=True,
    )
    bundle = booth.export(tmp_path / "b")
    BundleService(office.db).merge(actors["manager"], bundle)
    with office.db.session() as session:
        known = session.scalars(select(Customer).where(Customer.mobile == "+8613700000002")).one()
        assert known.is_minor and known.guardian_consent and known.guardian_name == "王父"
        assert known.guardian_consent_at < dt.datetime.now(dt.UTC)


def test_bundle_leads_repeating_a_phone_or_a_uuid(office, actors, make_kit, tmp_path):
    """Within one bundle: a second lead with the phone of a lead just created becomes a
    note on that customer; a repeated UUID is already merged; a lead with a bad phone
    is rejected; the booth's consent time is kept. Merging again changes nothing."""
    admin = actors["admin"]
    same_uuid = str(uuid.uuid4())
    leads = [
        {
            "uuid": same_uuid,
            "name": "第一次",
            "mobile": "+8613700000031",
            "consent_contact": True,
            "consent_at": "2026-11-20T09:30:00+00:00",
            "captured_at": "2026-11-20T09:30:00+00:00",
        },
        {
            "uuid": str(uuid.uuid4()),
            "name": "又来了",
            "mobile": "137 0000 0031",
            "course_interests": "钢琴",
            "captured_at": "2026-11-20T11:00:00+00:00",
        },
        {"uuid": same_uuid, "name": "第一次", "mobile": "+8613700000031"},
        {"uuid": str(uuid.uuid4()), "name": "错号", "mobile": "12345"},
        {"uuid": "not-a-uuid", "name": "无编号", "mobile": "+8613700000032"},
        {
            "uuid": str(uuid.uuid4()),
            "name": "时间坏了",
            "mobile": "+8613700000033",
            "consent_contact": True,
            "consent_at": "yesterday",
            "captured_at": "2026-13-40",
        },
    ]
    bundle = _sealed(make_kit().services.db, tmp_path, leads)
    service = BundleService(office.db)
    report = service.merge(admin, bundle)
    assert (report.created, report.noted, report.already, report.rejected) == (2, 1, 1, 2)
    outcomes = [entry["outcome"] for entry in report.entries]
    assert outcomes == ["created", "noted", "already", "rejected", "rejected", "created"]
    created = report.entries[0]["customer_id"]
    assert report.entries[1]["customer_id"] == created
    with office.db.session() as session:
        customer = session.get(Customer, created)
        assert customer.consent_at == dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
        assert customer.created_at == customer.consent_at
        note = session.scalars(select(FollowUp).where(FollowUp.customer_id == created)).one()
        assert "钢琴" in note.content
        # Unreadable times: the time of merging.
        late = session.get(Customer, report.entries[5]["customer_id"])
        assert late.consent_contact and late.consent_at is not None
        assert late.created_at > dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)
    again = service.merge(admin, bundle)
    assert (again.created, again.noted, again.already, again.rejected) == (0, 0, 4, 2)
