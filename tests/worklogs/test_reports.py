"""Plans and reports per role: staff write their own, managers approve their
department's (never their own), the administrator approves the department's;
every refused call writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.worklogs.figures import Figures
from app.worklogs.rows import ReportKey
from tests.worklogs.conftest import counts

D = dt.date
NOV_PLAN = ReportKey("plan", "person", "month", 2026, 11)
NOV_REPORT = ReportKey("report", "person", "month", 2026, 11)
DEPT_YEAR = ReportKey("plan", "department", "year", 2027, 0)


def _submitted(services, actor, key=NOV_REPORT):
    w = services.worklogs
    row = w.create_report(actor, key)
    row = w.save_text(actor, row.id, row.version, "本月完成招生两人。", "目标基本完成。")
    return w.submit(actor, row.id, row.version)


def test_staff_writes_and_submits_with_figures(services, actors, month_data):
    staff = actors["staff"]
    w = services.worklogs
    row = w.create_report(staff, NOV_REPORT)
    assert (row.status, row.owner_name, row.figures) == ("draft", "测试staff", None)
    live = w.live_figures(staff, row.id)
    assert (live.new_leads, live.enrollment_fen, live.spend_fen) == (2, 450000, 15000)
    with pytest.raises(ValidationError):  # no text yet
        w.submit(staff, row.id, row.version)
    row = w.save_text(staff, row.id, row.version, "总结", "")
    before = counts(services)
    with pytest.raises(ValidationError):  # a report needs its self-assessment
        w.submit(staff, row.id, row.version)
    assert counts(services) == before
    row = w.save_text(staff, row.id, row.version, "总结", "自评：良好")
    row = w.submit(staff, row.id, row.version)
    assert row.status == "submitted"
    assert row.figures == Figures(2, 4, 1, 2, 450000, 15000)
    assert "work_reports" in row.change.entities
    with pytest.raises(ConflictError):  # submitted: no more edits
        w.save_text(staff, row.id, row.version, "改", "改")
    with pytest.raises(ConflictError):  # one report per person and month
        w.create_report(staff, NOV_REPORT)


def test_manager_approves_own_department(services, actors, month_data):
    row = _submitted(services, actors["staff"])
    manager = actors["manager"]
    assert services.worklogs.may_decide(manager, row.id)
    done = services.worklogs.approve(manager, row.id, row.version, "很好")
    assert (done.status, done.decided_by) == ("approved", "manager")


def test_return_needs_a_reason_then_resubmit(services, actors, month_data):
    staff, manager = actors["staff"], actors["manager"]
    w = services.worklogs
    row = _submitted(services, staff, NOV_PLAN)
    before = counts(services)
    with pytest.raises(ValidationError):
        w.return_report(manager, row.id, row.version, "  ")
    assert counts(services) == before
    back = w.return_report(manager, row.id, row.version, "目标要量化")
    assert (back.status, back.decision_note) == ("returned", "目标要量化")
    back = w.save_text(staff, back.id, back.version, "新线索30个，报名5人", "")
    again = w.submit(staff, back.id, back.version)
    assert (again.status, again.decision_note) == ("submitted", "")


@pytest.mark.parametrize("role", ["staff", "service", "finance"])
def test_other_roles_cannot_decide(services, actors, month_data, role):
    row = _submitted(services, actors["staff"])
    before = counts(services)
    for call in (
        lambda: services.worklogs.approve(actors[role], row.id, row.version),
        lambda: services.worklogs.return_report(actors[role], row.id, row.version, "no"),
    ):
        with pytest.raises((PermissionDenied, NotFound)):
            call()
    assert counts(services) == before


def test_manager_never_decides_own_or_another_departments(services, actors, month_data):
    manager = actors["manager"]
    own = _submitted(services, manager)
    theirs = _submitted(services, actors["service"])
    before = counts(services)
    with pytest.raises(PermissionDenied):
        services.worklogs.approve(manager, own.id, own.version)
    with pytest.raises(PermissionDenied):
        services.worklogs.approve(manager, theirs.id, theirs.version)
    assert counts(services) == before
    # The administrator decides both.
    assert services.worklogs.approve(actors["admin"], own.id, own.version).status == "approved"


def test_nobody_writes_anothers_report(services, actors, month_data):
    row = services.worklogs.create_report(actors["staff"], NOV_PLAN)
    before = counts(services)
    for role in ("manager", "service", "admin"):
        with pytest.raises((PermissionDenied, NotFound)):
            services.worklogs.save_text(actors[role], row.id, row.version, "x", "y")
        with pytest.raises((PermissionDenied, NotFound)):
            services.worklogs.submit(actors[role], row.id, row.version)
    assert counts(services) == before


def test_department_annual_plan(services, actors, month_data):
    manager, admin = actors["manager"], actors["admin"]
    before = counts(services)
    with pytest.raises(PermissionDenied):  # staff write no department plan
        services.worklogs.create_report(actors["staff"], DEPT_YEAR)
    with pytest.raises(ValidationError):  # annual plans are the department's
        services.worklogs.create_report(manager, ReportKey("plan", "person", "year", 2027, 0))
    assert counts(services) == before
    row = _submitted(services, manager, DEPT_YEAR)
    assert (row.department_id, row.owner_name) == (month_data.sales, "销售部")
    with pytest.raises(PermissionDenied):  # the manager wrote it: decided above them
        services.worklogs.approve(manager, row.id, row.version)
    assert services.worklogs.approve(admin, row.id, row.version).status == "approved"
    november = _submitted(services, manager, ReportKey("report", "department", "month", 2026, 11))
    assert november.figures.enrollment_fen == 650000


def test_who_sees_which(services, actors, month_data):
    mine = _submitted(services, actors["staff"])
    service = _submitted(services, actors["service"])
    dept = services.worklogs.create_report(actors["manager"], DEPT_YEAR)
    seen = lambda role: {r.id for r in services.worklogs.list_reports(actors[role])}  # noqa: E731
    assert seen("staff") == {mine.id}
    assert seen("manager") == {mine.id, dept.id}
    assert seen("service") == {service.id}
    assert seen("admin") == {mine.id, service.id, dept.id}
    with pytest.raises(NotFound):
        services.worklogs.get_report(actors["staff"], service.id)
