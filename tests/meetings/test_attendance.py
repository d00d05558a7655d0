"""Attendance: on time, late or absent per invitee; lateness and absence become
conduct records through the conduct service in the same call, when the meeting
asks for it; a refusal anywhere writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.meetings.service import Mark
from db.models.audit import AuditEntry
from db.models.conduct import ConductRecord
from tests.meetings.conftest import counts, notice


def _conduct(services) -> list[ConductRecord]:
    with services.db.session() as session:
        return list(session.scalars(select(ConductRecord).order_by(ConductRecord.id)))


def test_attendance_without_conduct_records(services, actors, people):
    m = services.meetings.create_notice(actors["manager"], notice(people))
    row = services.meetings.record_attendance(
        actors["manager"],
        m.id,
        m.version,
        {people.staff: Mark("on_time"), people.colleague: Mark("late", 12)},
    )
    assert row.invitee(people.colleague).attendance == "late"
    assert row.invitee(people.colleague).minutes_late == 12
    assert row.late_count == 1 and row.version == m.version + 1
    assert _conduct(services) == []


def test_lateness_becomes_conduct_records_in_the_same_call(services, actors, people):
    m = services.meetings.create_notice(actors["manager"], notice(people, record_lateness=True))
    row = services.meetings.record_attendance(
        actors["manager"],
        m.id,
        m.version,
        {
            people.staff: Mark("late", 15),
            people.colleague: Mark("absent"),
            people.manager: Mark("on_time"),
        },
    )
    records = _conduct(services)
    assert [(r.staff_id, r.kind, r.subkind, r.minutes) for r in records] == [
        (people.staff, "attendance", "late", 15),
        (people.colleague, "attendance", "absence", 0),
    ]
    assert records[0].occurred_on == dt.date(2026, 11, 16)
    assert "周销售例会" in records[0].note
    assert row.invitee(people.staff).conduct_record_id == records[0].id
    # Audited: the attendance and each conduct record.
    with services.db.session() as session:
        actions = [(a.entity, a.action) for a in session.scalars(select(AuditEntry))]
    assert ("conduct_records", "create") in actions and ("meetings", "attendance") in actions
    # Saving the same marks again records nothing twice.
    services.meetings.record_attendance(
        actors["manager"], m.id, row.version, {people.staff: Mark("late", 15)}
    )
    assert len(_conduct(services)) == 2
    # Changing a mark that is a conduct record already is refused.
    before = counts(services)
    with pytest.raises(ConflictError):
        services.meetings.record_attendance(
            actors["manager"], m.id, row.version + 1, {people.staff: Mark("on_time")}
        )
    assert counts(services) == before


def test_conduct_refusal_refuses_the_whole_attendance(services, actors, people):
    """The recorder (a staff member) may record attendance, but not conduct records:
    with record_lateness on, a late mark is refused and nothing is written."""
    m = services.meetings.create_notice(actors["manager"], notice(people, record_lateness=True))
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.meetings.record_attendance(
            actors["staff"],
            m.id,
            m.version,
            {people.manager: Mark("on_time"), people.colleague: Mark("late", 5)},
        )
    assert counts(services) == before
    # The service person is in another department: the manager may not record about them.
    with pytest.raises(PermissionDenied):
        services.meetings.record_attendance(
            actors["manager"],
            m.id,
            m.version,
            {people.colleague: Mark("late", 5), people.service: Mark("absent")},
        )
    assert counts(services) == before
    # On-time marks need no conduct permission.
    row = services.meetings.record_attendance(
        actors["staff"], m.id, m.version, {people.colleague: Mark("on_time")}
    )
    assert row.invitee(people.colleague).attendance == "on_time"


@pytest.mark.parametrize("role", ["service", "finance"])
def test_only_organisers_host_or_recorder_record_attendance(services, actors, people, role):
    m = services.meetings.create_notice(actors["manager"], notice(people))
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.meetings.record_attendance(
            actors[role], m.id, m.version, {people.staff: Mark("on_time")}
        )
    assert counts(services) == before


def test_bad_marks_are_refused(services, actors, people):
    m = services.meetings.create_notice(actors["manager"], notice(people))
    future = services.meetings.create_notice(
        actors["manager"],
        notice(people, starts_at=dt.datetime.now(dt.UTC) + dt.timedelta(days=3)),
    )
    before = counts(services)
    with pytest.raises(ValidationError) as err:
        services.meetings.record_attendance(
            actors["manager"], m.id, m.version, {people.staff: Mark("late", 0)}
        )
    assert err.value.field == "minutes_late"
    with pytest.raises(ValidationError):
        services.meetings.record_attendance(
            actors["manager"], m.id, m.version, {people.finance: Mark("on_time")}
        )
    with pytest.raises(ConflictError):
        services.meetings.record_attendance(
            actors["manager"], future.id, future.version, {people.staff: Mark("on_time")}
        )
    assert counts(services) == before
