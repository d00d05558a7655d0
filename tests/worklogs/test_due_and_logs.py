"""What is due (for the workbench), and the daily sales logs per role."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.worklogs.rows import LogInput, ReportKey
from tests.worklogs.conftest import counts

D = dt.date


def _due(services, actor, today):
    return [
        (i.action, i.kind, i.scope, i.period, i.year, i.month, i.overdue)
        for i in services.worklogs.due_items(actor, today)
    ]


def test_due_plans_and_reports(services, actors, people):
    staff = actors["staff"]
    w = services.worklogs
    assert _due(services, staff, D(2026, 12, 5)) == [
        ("write", "plan", "person", "month", 2026, 12, False),
        ("write", "report", "person", "month", 2026, 11, False),
    ]
    # After day 5 both are overdue; a draft still counts as not submitted.
    draft = w.create_report(staff, ReportKey("plan", "person", "month", 2026, 12))
    items = w.due_items(staff, D(2026, 12, 6))
    assert [(i.overdue, i.report_id) for i in items] == [(True, draft.id), (True, None)]
    draft = w.save_text(staff, draft.id, draft.version, "计划", "")
    w.submit(staff, draft.id, draft.version)
    assert _due(services, staff, D(2026, 12, 6)) == [
        ("write", "report", "person", "month", 2026, 11, True)
    ]


def test_manager_owes_the_departments_and_decides(services, actors, people):
    staff, manager = actors["staff"], actors["manager"]
    row = services.worklogs.create_report(staff, ReportKey("plan", "person", "month", 2027, 1))
    row = services.worklogs.save_text(staff, row.id, row.version, "计划", "")
    row = services.worklogs.submit(staff, row.id, row.version)
    due = _due(services, manager, D(2027, 1, 3))
    assert ("write", "plan", "department", "year", 2027, 0, False) in due
    assert ("write", "report", "department", "year", 2026, 0, False) in due
    assert ("write", "report", "department", "month", 2026, 12, False) in due
    assert due[-1] == ("decide", "plan", "person", "month", 2027, 1, False)
    assert [i for i in _due(services, staff, D(2027, 1, 3)) if i[0] == "decide"] == []
    # Service staff's manager is not this one: nothing to decide for the finance role.
    assert all(i[0] == "write" for i in _due(services, actors["finance"], D(2027, 1, 3)))


def test_staff_writes_own_log_prefilled(services, actors, month_data):
    staff = actors["staff"]
    w = services.worklogs
    sheet = w.day_sheet(staff, month_data.staff, D(2026, 11, 3))
    assert sheet.log is None and sheet.figures.follow_ups == 3
    row = w.save_log(staff, D(2026, 11, 3), LogInput(calls=6, wechats=1, notes="电话多打了三个"))
    assert (row.staff_id, row.calls) == (month_data.staff, 6)
    with pytest.raises(ConflictError):
        w.save_log(staff, D(2026, 11, 3), LogInput())
    row = w.save_log(staff, D(2026, 11, 3), LogInput(calls=7), row.version)
    assert (row.calls, row.version) == (7, 2)
    before = counts(services)
    with pytest.raises(ValidationError):
        w.save_log(staff, D(2026, 12, 3), LogInput())  # tomorrow
    with pytest.raises(ValidationError):
        w.save_log(staff, D(2026, 11, 5), LogInput(calls=-1))
    assert counts(services) == before


def test_team_day_for_the_manager_only(services, actors, month_data):
    services.worklogs.save_log(actors["staff"], D(2026, 11, 3), LogInput(calls=5))
    grid = services.worklogs.team_day(actors["manager"], D(2026, 11, 3))
    by_id = {s.staff_id: s for s in grid}
    assert set(by_id) == {month_data.manager, month_data.staff, month_data.colleague}
    assert by_id[month_data.staff].log.calls == 5
    assert by_id[month_data.colleague].figures.by_method == {"phone": 1}
    assert by_id[month_data.colleague].log is None
    assert [s.staff_id for s in services.worklogs.team_day(actors["staff"], D(2026, 11, 3))] == [
        month_data.staff
    ]
    assert len(services.worklogs.team_day(actors["admin"], D(2026, 11, 3))) >= 5
    with pytest.raises(PermissionDenied):
        services.worklogs.day_sheet(actors["staff"], month_data.colleague, D(2026, 11, 3))
    with pytest.raises(PermissionDenied):
        services.worklogs.day_sheet(actors["manager"], month_data.other, D(2026, 11, 3))
