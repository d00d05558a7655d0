"""Holidays and school terms: seeded, edited by the administrator only, audited."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.calendar.holiday_seed import seed_days
from app.calendar.service import DayRow, TermInput
from app.context import Actor
from app.errors import PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.calendar import CalendarDay, SchoolTerm


def count(services, model) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_seed_has_the_2026_arrangement_with_swapped_working_days(services, actors):
    services.calendar.ensure_seed(Actor.command_line())
    services.calendar.ensure_seed(Actor.command_line())  # idempotent
    days = {
        d.day: d
        for d in services.calendar.days(actors["staff"], dt.date(2026, 1, 1), dt.date(2027, 12, 31))
    }
    assert len(days) == len(seed_days())
    spring = [d for d in days.values() if d.name == "春节" and d.day.year == 2026]
    assert sorted(d.day for d in spring if d.kind == "holiday") == [
        dt.date(2026, 2, 15) + dt.timedelta(days=n) for n in range(9)
    ]
    assert {d.day for d in spring if d.kind == "workday"} == {
        dt.date(2026, 2, 14),
        dt.date(2026, 2, 28),
    }
    # Every worked day is a weekend day, every 2026 holiday run matches the notice's count.
    assert all(d.day.weekday() >= 5 for d in days.values() if d.kind == "workday")
    national = [d for d in days.values() if d.name == "国庆节" and d.kind == "holiday"]
    assert len([d for d in national if d.day.year == 2026]) == 7
    assert dt.date(2027, 2, 5) in days and days[dt.date(2027, 2, 5)].name == "春节"


def test_admin_replaces_a_year_others_are_refused_and_nothing_is_written(services, actors):
    services.calendar.ensure_seed(Actor.command_line())
    before = count(services, CalendarDay)
    audits = count(services, AuditEntry)
    for role in ("manager", "staff", "finance", "service"):
        with pytest.raises(PermissionDenied):
            services.calendar.replace_year(actors[role], 2027, [])
    assert count(services, CalendarDay) == before
    assert count(services, AuditEntry) == audits
    new = [
        DayRow(dt.date(2027, 2, 5), "holiday", "春节"),
        DayRow(dt.date(2027, 2, 20), "workday", "春节"),
    ]
    change = services.calendar.replace_year(actors["admin"], 2027, new)
    assert "calendar_days" in change.entities
    got = services.calendar.days(actors["staff"], dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert [(d.day, d.kind) for d in got] == [(r.day, r.kind) for r in new]
    assert (
        len(services.calendar.days(actors["staff"], dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
        > 30
    )  # 2026 untouched
    assert count(services, AuditEntry) == audits + 1


@pytest.mark.parametrize(
    ("rows", "field"),
    [
        ([DayRow(dt.date(2026, 5, 1), "holiday", "x")], "day"),  # another year
        (
            [
                DayRow(dt.date(2027, 5, 1), "holiday", "a"),
                DayRow(dt.date(2027, 5, 1), "holiday", "b"),
            ],
            "day",
        ),
        ([DayRow(dt.date(2027, 5, 1), "party", "x")], "kind"),
        ([DayRow(dt.date(2027, 5, 1), "holiday", "长" * 51)], "name"),
    ],
)
def test_bad_days_are_refused_with_the_field(services, actors, rows, field):
    services.calendar.ensure_seed(Actor.command_line())
    before = count(services, CalendarDay)
    with pytest.raises(ValidationError) as refused:
        services.calendar.replace_year(actors["admin"], 2027, rows)
    assert refused.value.field == field
    assert count(services, CalendarDay) == before


def test_school_terms_create_update_delete(services, actors):
    admin = actors["admin"]
    term = services.calendar.create_term(
        admin, TermInput("2026年暑假", "vacation", dt.date(2026, 7, 4), dt.date(2026, 8, 31))
    )
    with pytest.raises(PermissionDenied):
        services.calendar.create_term(
            actors["manager"], TermInput("x", "term", dt.date(2026, 9, 1), dt.date(2027, 1, 20))
        )
    with pytest.raises(ValidationError) as refused:
        services.calendar.create_term(
            admin, TermInput("反了", "term", dt.date(2026, 9, 1), dt.date(2026, 8, 1))
        )
    assert refused.value.field == "ends_on"
    assert count(services, SchoolTerm) == 1
    updated = services.calendar.update_term(
        admin,
        term.id,
        term.version,
        TermInput("2026年暑假", "vacation", dt.date(2026, 7, 6), dt.date(2026, 8, 31)),
    )
    assert updated.starts_on == dt.date(2026, 7, 6) and updated.version == term.version + 1
    seen = services.calendar.terms(actors["staff"], dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    assert [t.name for t in seen] == ["2026年暑假"]
    assert services.calendar.terms(actors["staff"], dt.date(2026, 9, 1), dt.date(2026, 9, 30)) == []
    services.calendar.delete_term(admin, term.id, updated.version)
    assert count(services, SchoolTerm) == 0
