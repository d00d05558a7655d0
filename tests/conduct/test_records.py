"""Conduct records: who may write, see and answer them; leave; evidence files.
Every refused call writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.conduct.records import RecordInput
from app.conduct.service import RecordFilter
from app.context import Actor
from app.errors import ConflictError, PermissionDenied, ValidationError
from tests.conduct.conftest import counts

D = dt.date
YEAR = RecordFilter(D(2026, 1, 1), D(2026, 12, 31))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _inp(staff_id, kind="attendance", subkind="late", day=None, **kw):
    day = day or D(2026, 11, 3)
    return RecordInput(staff_id=staff_id, occurred_on=day, kind=kind, subkind=subkind, **kw)


def test_manager_records_for_own_department_only(services, actors, people):
    manager = actors["manager"]
    row = services.conduct.create_record(manager, _inp(people.staff, minutes=12, note="堵车"))
    assert (row.points, row.status, row.ack_state, row.minutes) == (-1.0, "recorded", "pending", 12)
    assert row.recorder_name == "manager" and row.department_name == "销售部"
    before = counts(services)
    for target in (people.other, people.service_staff, people.manager):
        with pytest.raises(PermissionDenied):
            services.conduct.create_record(manager, _inp(target))
    assert counts(services) == before


@pytest.mark.parametrize("role", ["staff", "service", "finance"])
def test_other_roles_cannot_record_or_decide(services, actors, people, role):
    manager = actors["manager"]
    row = services.conduct.create_record(manager, _inp(people.colleague))
    leave = services.conduct.request_leave(actors["staff"], _inp(0, "leave", "sick"))
    before = counts(services)
    actor = actors[role]
    calls = [
        lambda: services.conduct.create_record(actor, _inp(people.colleague)),
        lambda: services.conduct.update_record(actor, row.id, row.version, _inp(people.colleague)),
        lambda: services.conduct.void_record(actor, row.id, row.version, "no"),
        lambda: services.conduct.decide_leave(actor, leave.id, leave.version, True),
        lambda: services.conduct.add_attachment(actor, row.id, "a.png", PNG),
        lambda: services.conduct.acknowledge(actor, row.id, row.version),  # not theirs
        lambda: services.conduct.object_to(actor, row.id, row.version, "不是我"),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert counts(services) == before


def test_who_sees_what(services, actors, people):
    manager, admin = actors["manager"], actors["admin"]
    own = services.conduct.create_record(manager, _inp(people.staff))
    services.conduct.create_record(manager, _inp(people.colleague))
    services.conduct.create_record(admin, _inp(people.other))
    services.conduct.create_record(admin, _inp(people.manager, "commendation", "excellent_staff"))

    def names(actor):
        return sorted(r.staff_id for r in services.conduct.list_records(actor, YEAR))

    assert names(admin) == sorted([people.staff, people.colleague, people.other, people.manager])
    assert names(manager) == sorted([people.staff, people.colleague, people.manager])
    assert names(actors["staff"]) == [people.staff]
    assert names(actors["service"]) == []
    with pytest.raises(PermissionDenied):
        services.conduct.get_record(actors["service"], own.id)
    assert [p for p, _ in services.conduct.people(actors["staff"])] == [people.staff]
    assert {p for p, _ in services.conduct.people(manager)} == {
        people.staff,
        people.colleague,
        people.manager,
    }


def test_acknowledge_object_and_reacknowledge_after_a_change(services, actors, people):
    manager, staff = actors["manager"], actors["staff"]
    row = services.conduct.create_record(manager, _inp(people.staff, "demeanor", "dress"))
    with pytest.raises(ValidationError):
        services.conduct.object_to(staff, row.id, row.version, "  ")
    row = services.conduct.object_to(staff, row.id, row.version, "那天穿的是工装")
    assert (row.ack_state, row.objection) == ("objected", "那天穿的是工装")
    with pytest.raises(ConflictError):  # stale version
        services.conduct.acknowledge(staff, row.id, row.version - 1)
    # The manager lowers the points: the record needs answering again.
    row = services.conduct.update_record(
        manager, row.id, row.version, _inp(people.staff, "demeanor", "dress", points=-0.5)
    )
    assert (row.points, row.ack_state, row.objection) == (-0.5, "pending", "")
    row = services.conduct.acknowledge(staff, row.id, row.version)
    assert row.ack_state == "acknowledged"
    # A change of the note only keeps the answer.
    row = services.conduct.update_record(
        manager, row.id, row.version, _inp(people.staff, "demeanor", "dress", points=-0.5, note="x")
    )
    assert row.ack_state == "acknowledged"
    row = services.conduct.void_record(manager, row.id, row.version, "异议成立")
    assert row.status == "voided"
    before = counts(services)
    with pytest.raises(ConflictError):
        services.conduct.acknowledge(staff, row.id, row.version)
    assert counts(services) == before


def test_leave_requested_then_decided(services, actors, people):
    staff, manager = actors["staff"], actors["manager"]
    leave = services.conduct.request_leave(
        staff, _inp(0, "leave", "annual", day=D(2026, 12, 21), ends_on=D(2026, 12, 24))
    )
    assert (leave.staff_id, leave.status, leave.ack_state) == (
        people.staff,
        "requested",
        "acknowledged",
    )
    sick_note = services.conduct.add_attachment(staff, leave.id, "病假条.png", PNG)
    assert sick_note.mime_type == "image/png"
    own = services.conduct.request_leave(manager, _inp(0, "leave", "sick"))
    own_before = counts(services)
    with pytest.raises(PermissionDenied):  # a manager does not decide their own leave
        services.conduct.decide_leave(manager, own.id, own.version, True)
    assert counts(services) == own_before
    with pytest.raises(ValidationError):  # a rejection needs a reason
        services.conduct.decide_leave(manager, leave.id, leave.version, False)
    rejected = services.conduct.decide_leave(manager, leave.id, leave.version, False, "年底活动周")
    assert (rejected.status, rejected.decided_by) == ("rejected", "manager")
    with pytest.raises(ConflictError):
        services.conduct.decide_leave(manager, leave.id, rejected.version, True)
    # Staff cannot attach to a decided leave any more.
    with pytest.raises(PermissionDenied):
        services.conduct.add_attachment(staff, leave.id, "b.png", PNG + b"1")


def test_manager_records_leave_approved_and_admin_anything(services, actors, people):
    row = services.conduct.create_record(actors["manager"], _inp(people.colleague, "leave", "sick"))
    assert row.status == "approved" and row.decided_by == "manager"
    mine = services.conduct.create_record(
        Actor.command_line(), _inp(people.manager, "training", "internal", hours=3)
    )
    assert mine.points == 1.0 and mine.hours == 3.0


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (dict(kind="nap"), "kind"),
        (dict(kind="attendance", subkind="sick"), "subkind"),
        (dict(day=D(2026, 11, 21)), "occurred_on"),  # future late
        (dict(points=25.0), "points"),
        (dict(points=float("nan")), "points"),
        (dict(kind="training", subkind="internal"), "hours"),  # no hours
        (dict(kind="leave", subkind="sick", ends_on=D(2026, 11, 1)), "ends_on"),
        (dict(note="x" * 2001), "note"),
        (dict(minutes=5000), "minutes"),
    ],
)
def test_bad_input_is_refused_by_field(services, actors, people, data, field):
    before = counts(services)
    with pytest.raises(ValidationError) as info:
        services.conduct.create_record(actors["manager"], _inp(people.staff, **data))
    assert info.value.field == field
    assert counts(services) == before


def test_evidence_files(services, actors, people):
    manager = actors["manager"]
    row = services.conduct.create_record(manager, _inp(people.staff))
    before = counts(services)
    for name, data in (("a.exe", b"MZ" + b"\x00" * 50), ("e.png", b"")):
        with pytest.raises(ValidationError):
            services.conduct.add_attachment(manager, row.id, name, data)
    assert counts(services) == before
    info = services.conduct.add_attachment(manager, row.id, "C:\\scan\\打卡.png", PNG)
    assert info.filename == "打卡.png"
    with pytest.raises(ValidationError):
        services.conduct.add_attachment(manager, row.id, "again.png", PNG)
    assert services.conduct.attachment_data(actors["staff"], info.id)[2] == PNG
    with pytest.raises(PermissionDenied):
        services.conduct.attachment_data(actors["service"], info.id)
    services.conduct.remove_attachment(manager, info.id)
    assert services.conduct.get_record(manager, row.id).attachments == ()
