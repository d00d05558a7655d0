"""Competitors seen at a booth: noted offline in the kit, entered into the office's
competitor register by the bundle's merge (matched by name, once per note)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.booth.competitors import Sighting
from app.booth.sealing import SealError, seal
from app.context import Actor
from app.customers_io.bundle import BundleService
from app.errors import PermissionDenied, ServiceError, ValidationError
from app.research.rows import CompetitorInput
from db.models.audit import AuditEntry
from db.models.booth import BoothCompetitorNote, BoothKit
from db.models.research import Competitor, CompetitorObservation
from tests.booth.conftest import count

TODAY = dt.date.today()


@pytest.fixture
def registered(office, actors):
    """The office's register: one rival, observed a month ago."""
    return office.research.add_competitor(
        actors["manager"],
        CompetitorInput(name="新东方 Education", district="海淀", courses="雅思", price_fen=500000),
        observed_on=TODAY - dt.timedelta(days=30),
    )


def _note(booth, username="staff1", **fields):
    return booth.services.booth_competitors.note(booth.actors[username], Sighting(**fields))


def _register(office):
    with office.db.session() as session:
        return {
            c.name: (
                c.courses,
                c.price_fen,
                [
                    (o.booth_event, o.observer_name, o.what, o.note)
                    for o in session.scalars(
                        select(CompetitorObservation)
                        .where(CompetitorObservation.competitor_id == c.id)
                        .order_by(CompetitorObservation.id)
                    )
                ],
            )
            for c in session.scalars(select(Competitor))
        }


def _written(office):
    return (
        count(office, Competitor),
        count(office, CompetitorObservation),
        count(office, AuditEntry),
    )


def test_noted_offline_then_merged_into_the_register_once(
    office, actors, make_kit, registered, tmp_path
):
    booth = make_kit()
    # The kit carries the register, so the booth can pick the rival it sees.
    known = booth.services.booth_competitors.known(booth.actors["staff1"])
    assert [(k.name, k.price_fen) for k in known] == [("新东方 Education", 500000)]
    # Full-width letters, other spaces and case: the same institution.
    _note(
        booth,
        competitor="  新东方ＥＤＵＣＡＴＩＯＮ ",
        price_fen=398000,
        promotions="报名送教材",
        note="在校门口发传单",
    )
    _note(
        booth,
        "manager1",
        competitor="学而思",
        courses="奥数",
        ads="公交站广告",
        observed_on=TODAY - dt.timedelta(days=1),
    )
    assert count(booth.services, BoothCompetitorNote) == 2
    bundle = booth.export(tmp_path / "booth")

    service = BundleService(office.db)
    report = service.merge(actors["service"], bundle)
    assert (report.competitor_notes, report.competitors_created, report.rejected) == (2, 1, 0)
    register = _register(office)
    assert set(register) == {"新东方 Education", "学而思"}
    courses, price, history = register["新东方 Education"]
    assert (courses, price) == ("雅思", 398000)  # blank at the booth: not seen, kept
    assert history[0][0] == ""  # the office's own first observation
    event, observer, what, note = history[1]
    assert (event, observer, note) == ("一中开放日", "staff", "在校门口发传单")
    assert "¥3,980.00" in what and "报名送教材" in what
    assert register["学而思"][2] == [
        ("一中开放日", "manager", "courses: 奥数; ads: 公交站广告", "")
    ]
    with office.db.session() as session:
        audits = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "competitors")
        ).all()
        assert sorted(audits) == ["create", "create", "update"]  # office entry, booth's two

    # The register's history as the research tab reads it.
    history_rows = office.research.history(actors["staff"], registered.id)
    assert history_rows[0].booth_event == "一中开放日"

    before = _written(office)
    again = service.merge(actors["service"], bundle)
    assert (again.competitor_notes, again.competitors_created, again.rejected) == (0, 0, 0)
    assert sum("already in the register" in line for line in again.lines) == 2
    assert _written(office) == before


def test_a_new_office_entry_with_another_spelling_is_refused(office, actors, registered):
    with pytest.raises(ServiceError, match="already"):
        office.research.add_competitor(actors["staff"], CompetitorInput(name="新东方education"))


def test_a_tampered_bundle_writes_nothing_to_the_register(
    office, actors, make_kit, registered, tmp_path
):
    booth = make_kit()
    _note(booth, competitor="学而思", price_fen=100)
    bundle = booth.export(tmp_path / "booth")
    data = bundle.read_bytes()
    before = _written(office)
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x01
    bundle.write_bytes(bytes(changed))
    with pytest.raises(SealError):
        BundleService(office.db).merge(actors["manager"], bundle)
    assert _written(office) == before


def test_bad_notes_are_refused_by_name_and_the_rest_entered(
    office, actors, make_kit, registered, tmp_path
):
    from app.booth.kits import office_key
    from app.booth.sealing import unseal

    booth = make_kit()
    _note(booth, competitor="学而思", courses="奥数")
    bundle = booth.export(tmp_path / "booth")
    with office.db.session() as session:
        document = unseal(bundle.read_bytes(), "b", lambda kit: office_key(session, kit))
    good = document["competitors"][0]
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    document["competitors"] += [
        good | {"uuid": "b0b0b0b0-0000-4000-8000-000000000001", "observed_on": tomorrow},
        good | {"uuid": "b0b0b0b0-0000-4000-8000-000000000002", "price_fen": "12"},
        good | {"uuid": "b0b0b0b0-0000-4000-8000-000000000003", "competitor": " "},
        good | {"uuid": "not a uuid"},
        ["学而思"],
    ]
    with booth.services.db.session() as session:
        kit = session.scalars(select(BoothKit)).one()
    bundle.write_bytes(seal(kit.uuid, kit.key, document))
    report = BundleService(office.db).merge(actors["manager"], bundle)
    assert (report.competitor_notes, report.rejected) == (1, 5)
    refused = [line for line in report.lines if line.startswith("competitor note")][1:]
    assert "cannot be in the future" in refused[0]
    assert "not an amount" in refused[1]
    assert "Name the competitor" in refused[2]
    assert "no valid UUID" in refused[3]
    assert "not a record" in refused[4]
    assert _register(office)["学而思"][2] == [("一中开放日", "staff", "courses: 奥数", "")]
    assert count(office, CompetitorObservation) == 2


def test_who_may_note_at_the_booth_and_who_may_enter_the_register(
    office, actors, make_kit, tmp_path
):
    booth = make_kit()
    finance = Actor(user_id=None, username="finance1", role="finance")
    with pytest.raises(PermissionDenied):
        booth.services.booth_competitors.note(finance, Sighting(competitor="学而思", note="x"))
    with pytest.raises(ValidationError, match="Write what was seen"):
        _note(booth, competitor="学而思")
    assert count(booth.services, BoothCompetitorNote) == 0
    # The office is no kit: its register is edited in the research tab.
    with pytest.raises(ValidationError, match="not a booth kit"):
        office.booth_competitors.note(actors["staff"], Sighting(competitor="学而思", note="x"))

    _note(booth, competitor="学而思", note="门口有易拉宝")
    bundle = booth.export(tmp_path / "booth")
    before = _written(office)
    # Staff note at the booth but do not merge bundles (nor does finance).
    for role in ("staff", "finance"):
        with pytest.raises(PermissionDenied):
            BundleService(office.db).merge(actors[role], bundle)
    assert _written(office) == before


def test_a_merger_who_may_not_edit_the_register_gets_each_note_refused(
    office, actors, make_kit, tmp_path, monkeypatch
):
    from app import features, permissions
    from app.customers_io.permissions import CustomerIoPermission
    from app.permissions import Role
    from app.research.permissions import ResearchPermission

    # An office whose customer service merges bundles but keeps out of the register.
    table = dict(permissions.role_permissions())
    table[Role.SERVICE] = table[Role.SERVICE] - {ResearchPermission.OBSERVE}
    monkeypatch.setattr(permissions, "_cache", (features.generation(), table))
    booth = make_kit()
    _note(booth, competitor="学而思", note="门口有易拉宝")
    booth.capture("staff1", "展位新客", "13700000001")
    bundle = booth.export(tmp_path / "booth")
    assert actors["service"].can(CustomerIoPermission.MERGE_BUNDLES)
    report = BundleService(office.db).merge(actors["service"], bundle)
    assert (report.created, report.competitor_notes, report.rejected) == (1, 0, 1)
    assert "research.observe" in report.lines[-1]
    assert count(office, Competitor) == 0
    # A colleague who may edit the register merges it again: the note goes in.
    again = BundleService(office.db).merge(actors["manager"], bundle)
    assert (again.competitor_notes, again.already, again.rejected) == (1, 1, 0)


def test_export_and_merge_commands_name_the_competitor_notes(
    office, actors, make_kit, tmp_path, capsys, monkeypatch
):
    from types import SimpleNamespace

    from cli.customers import cmd_merge_bundle
    from main import main

    booth = make_kit()
    _note(booth, competitor="学而思", note="门口有易拉宝")
    booth.services.db.dispose()
    assert main(["--db", str(booth.path), "export-bundle", str(tmp_path / "out")]) == 0
    assert "with 1 competitors seen at the booth" in capsys.readouterr().out
    # The office of these tests is built from the models, not migrated: the command
    # gets it as it is.
    monkeypatch.setattr("cli.customers.open_services", lambda _args, create=False: office)
    args = SimpleNamespace(file=tmp_path / "out.mdbundle", json=False)
    assert cmd_merge_bundle(args) == 0
    out = capsys.readouterr().out
    assert "1 competitors seen at the booth went into the competitor register" in out
    assert "new competitor in the register" in out
    assert _register(office)["学而思"][2] == [
        ("一中开放日", "staff", "as registered", "门口有易拉宝")
    ]
