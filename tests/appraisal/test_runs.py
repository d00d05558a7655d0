"""Runs: one pass over everyone, manual scores, finalize (frozen), reopen, acknowledge."""

from __future__ import annotations

import pytest

from app.context import Actor
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.tasks import Cancelled, TaskControl
from tests.appraisal.conftest import add_customers, add_enrollment, counts, kpi_id

ADMIN = Actor.command_line()


def _person(rows, staff_id):
    return next(r for r in rows if r.staff_id == staff_id)


def _line(row, code_name):
    return next(s for s in row.scores if s.kpi_name == code_name)


def test_run_computes_auto_kpis_and_totals(office):
    svc, s = office.services, office.staff
    add_customers(svc.db, s["staff"], 3)
    add_enrollment(svc.db, s["staff"], 600_000)  # ¥6,000
    add_enrollment(svc.db, s["staff"], 400_000)
    svc.appraisal.set_targets(
        ADMIN,
        [
            (s["staff"], kpi_id(svc, "sales_amount"), "2026-10", 800_000),  # ¥8,000 in fen
            (s["staff"], kpi_id(svc, "new_customers"), "2026-10", 4),
            (s["staff"], kpi_id(svc, "sales_completion"), "2026-10", 2),
        ],
    )
    run = svc.appraisal.run(ADMIN, "2026-10")
    assert run.status == "draft" and run.people == 5  # sales 3, service 1, market 1
    row = _person(svc.appraisal.results(ADMIN, run.id), s["staff"])
    amount = _line(row, "销售额")
    assert (amount.unit, amount.actual, amount.target) == ("fen", 1_000_000, 800_000)
    assert type(amount.actual) is int and type(amount.target) is int
    assert amount.score == 120.0  # capped
    new = _line(row, "新客户数")
    assert (new.actual, new.target, new.score) == (3.0, 4.0, 75.0)
    assert _line(row, "销售计划完成率").score == 100.0  # 2 enrollments of 2
    assert _line(row, "销售费用率").actual == 0.0  # no claims: 0 %, lower is better
    assert _line(row, "销售费用率").score == 120.0
    assert _line(row, "试听到课数").score is None  # no target: left out
    # (20×100 + 25×120 + 10×120 + 15×75) / 70 = 7325 / 70 = 104.64 (manual ones unscored)
    assert row.total == 104.64
    assert (row.grade, row.coefficient, row.warning) == ("A", 1.2, False)
    assert "工作态度" in row.unscored


def test_manual_scores_with_comments_survive_recompute(office):
    svc, s = office.services, office.staff
    run = svc.appraisal.run(ADMIN, "2026-10")
    manager = office.actors["manager"]
    row = svc.appraisal.set_manual_score(
        manager, run.id, s["staff"], kpi_id(svc, "attitude"), 90, "主动加班"
    )
    assert _line(row, "工作态度").score == 90.0
    # With the expense rate (0 % against the default 5 %: 120):
    # (10 × 120 + 10 × 90) / 20 = 105
    assert row.total == 105.0
    svc.appraisal.run(ADMIN, "2026-10")
    again = _person(svc.appraisal.results(ADMIN, run.id), s["staff"])
    assert _line(again, "工作态度").comment == "主动加班"
    assert _line(again, "工作态度").scored_by == "manager"
    with pytest.raises(ValidationError):
        svc.appraisal.set_manual_score(manager, run.id, s["staff"], kpi_id(svc, "attitude"), 101)
    with pytest.raises(ValidationError):  # an auto KPI is not typed in
        svc.appraisal.set_manual_score(manager, run.id, s["staff"], kpi_id(svc, "sales_amount"), 50)


def test_a_finalized_run_does_not_move_when_data_changes(office):
    svc, s = office.services, office.staff
    add_customers(svc.db, s["staff"], 2)
    svc.appraisal.set_targets(ADMIN, [(s["staff"], kpi_id(svc, "new_customers"), "2026-10", 4)])
    run = svc.appraisal.run(ADMIN, "2026-10")
    final = svc.appraisal.finalize(office.actors["manager"], run.id)
    assert final.status == "finalized" and final.finalized_by == "manager"
    before = svc.appraisal.results(ADMIN, run.id)

    add_customers(svc.db, s["staff"], 5)  # the data under it changes
    svc.appraisal.set_targets(ADMIN, [(s["staff"], kpi_id(svc, "new_customers"), "2026-10", 1)])
    with pytest.raises(ConflictError):
        svc.appraisal.run(ADMIN, "2026-10")
    with pytest.raises(ConflictError):
        svc.appraisal.set_manual_score(ADMIN, run.id, s["staff"], kpi_id(svc, "attitude"), 50)
    assert svc.appraisal.results(ADMIN, run.id) == before

    # The administrator reopens it, the reason audited; recomputing then moves it.
    with pytest.raises(ValidationError):
        svc.appraisal.reopen(ADMIN, run.id, "  ")
    reopened = svc.appraisal.reopen(ADMIN, run.id, "新客户漏录")
    assert reopened.status == "draft" and reopened.reopen_reason == "新客户漏录"
    from sqlalchemy import select

    from db.models.audit import AuditEntry

    with svc.db.session() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "reopen")).one()
    assert audit.summary == "新客户漏录" and audit.entity == "appraisal_runs"
    svc.appraisal.run(ADMIN, "2026-10")
    moved = _person(svc.appraisal.results(ADMIN, run.id), s["staff"])
    assert _line(moved, "新客户数").actual == 7.0


def test_cancelled_run_writes_nothing(office):
    svc = office.services
    before = counts(svc.db)
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        svc.appraisal.run(ADMIN, "2026-10", TaskControl(is_cancelled=cancelled))
    assert counts(svc.db) == before
    progress = []
    svc.appraisal.run(ADMIN, "2026-10", TaskControl(lambda d, t: progress.append((d, t))))
    assert progress[-1][0] == progress[-1][1] and len(progress) > 3


def test_acknowledge_and_object(office):
    svc, s, actors = office.services, office.staff, office.actors
    run = svc.appraisal.run(ADMIN, "2026-10")
    own = _person(svc.appraisal.results(actors["staff"], run.id), s["staff"])
    with pytest.raises(ConflictError):  # not finalized yet
        svc.appraisal.acknowledge(actors["staff"], own.id)
    svc.appraisal.finalize(ADMIN, run.id)
    before = counts(svc.db)
    with pytest.raises(PermissionDenied):  # someone else's result
        svc.appraisal.acknowledge(actors["manager"], own.id)
    assert counts(svc.db) == before
    row = svc.appraisal.acknowledge(actors["staff"], own.id, "新客户统计漏了两个")
    assert (row.acknowledgement, row.objection) == ("objected", "新客户统计漏了两个")
    assert svc.appraisal.acknowledge(actors["staff"], own.id).acknowledgement == "acknowledged"


def test_quarterly_run_takes_managers_only(office):
    svc, s = office.services, office.staff
    run = svc.appraisal.run(ADMIN, "2026-Q4")
    people = {r.staff_id for r in svc.appraisal.results(ADMIN, run.id)}
    assert people == {s["manager"]}
    assert run.kind == "quarterly"


def test_annual_total_is_the_mean_of_finalized_months(office):
    svc, s = office.services, office.staff
    for month, score in (("2026-01", 80), ("2026-03", 70), ("2026-05", 60)):
        run = svc.appraisal.run(ADMIN, month)
        svc.appraisal.set_manual_score(ADMIN, run.id, s["staff"], kpi_id(svc, "attitude"), score)
        if month != "2026-05":  # May stays a draft: not counted
            svc.appraisal.finalize(ADMIN, run.id)
    annual = svc.appraisal.run(ADMIN, "2026")
    row = _person(svc.appraisal.results(ADMIN, annual.id), s["staff"])
    # January (10 × 120 + 10 × 80) / 20 = 100, March (10 × 120 + 10 × 70) / 20 = 95
    # (the expense rate is 0 % against 5 %: 120); the mean of the two is 97.5.
    assert row.total == 97.5 and row.months == "1,3"
    assert row.grade == "A"


def test_trace_lists_the_records_behind_a_score(office):
    svc, s = office.services, office.staff
    add_customers(svc.db, s["staff"], 3)
    add_customers(svc.db, s["colleague"], 1)
    add_enrollment(svc.db, s["staff"], 123_400)
    run = svc.appraisal.run(ADMIN, "2026-10")
    lines = svc.appraisal.trace(ADMIN, run.id, s["staff"], kpi_id(svc, "new_customers"))
    assert len(lines) == 3 and all(line.kind == "customer" for line in lines)
    sums = svc.appraisal.trace(ADMIN, run.id, s["staff"], kpi_id(svc, "sales_amount"))
    assert [(line.value, line.unit) for line in sums] == [(123_400, "fen")]
    with pytest.raises(PermissionDenied):  # the staff role traces only their own
        svc.appraisal.trace(office.actors["staff"], run.id, s["colleague"], None)


def test_templates_must_total_100(office):
    svc = office.services
    dep = office.departments["events"]
    with pytest.raises(ValidationError, match="total 90"):
        svc.appraisal.save_template(ADMIN, dep, "活动策划", {kpi_id(svc, "attitude"): 90})
    svc.appraisal.save_template(
        ADMIN, dep, "活动策划", {kpi_id(svc, "attitude"): 60, kpi_id(svc, "teamwork"): 40}
    )
    templates = svc.appraisal.list_templates(ADMIN)
    assert all(sum(w for _, _, w in t.items) == 100 for t in templates)
    assert any(t.position == "活动策划" for t in templates)


def test_conduct_points_adjust_the_total_and_are_traceable(office):
    import datetime as dt

    from db.models.conduct import ConductRecord

    svc, s = office.services, office.staff
    with svc.db.session() as session, session.begin():
        for day, kind, subkind, points in (
            (dt.date(2026, 10, 31), "commendation", "honour", 2.0),  # the last day counts
            (dt.date(2026, 11, 1), "discipline", "refusing_work", -2.0),  # next month
        ):
            session.add(
                ConductRecord(
                    staff_id=s["staff"], occurred_on=day, kind=kind, subkind=subkind, points=points
                )
            )
    run = svc.appraisal.run(ADMIN, "2026-10")
    row = svc.appraisal.set_manual_score(ADMIN, run.id, s["staff"], kpi_id(svc, "attitude"), 80)
    # (10 × 120 + 10 × 80) / 20 = 100, + 2 conduct points = 102
    assert row.conduct_points == 2.0 and row.total == 102.0
    lines = svc.appraisal.trace(ADMIN, run.id, s["staff"], None)
    assert [line.value for line in lines] == [2.0]
