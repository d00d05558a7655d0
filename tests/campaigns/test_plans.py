"""Marketing plans: workflow per role, the budget check, plan against actual."""

from __future__ import annotations

import datetime as dt

import pytest

from app.campaigns.rows import PlanInput
from app.customers.rows import CustomerInput, EnrollmentInput
from app.errors import ConflictError, PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from tests.campaigns.helpers import YEAR, activity_input, budget, count_rows


def _plan(cats, **kwargs):
    values = dict(
        name="2026年第二季度招生计划",
        period_kind="quarterly",
        year=YEAR,
        period=2,
        goal_leads=300,
        goal_trials=120,
        goal_enrollments=60,
        goal_revenue_fen=48_000_000,
        budgets={cats["promotion"]: 800_000},
    )
    values.update(kwargs)
    return PlanInput(**values)  # type: ignore[arg-type]


def test_plan_workflow_per_role(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000, month=5)
    plans = services.marketing_plans
    for role in ("service", "finance"):
        with pytest.raises(PermissionDenied):
            plans.save_plan(actors[role], None, _plan(cats))
    p = plans.save_plan(actors["staff"], None, _plan(cats))
    assert p.status == "draft" and p.budget_total_fen == 800_000
    p = plans.submit(actors["staff"], p.id, p.version)
    with pytest.raises(ConflictError):
        plans.save_plan(actors["staff"], p.id, _plan(cats, name="改"), p.version)
    with pytest.raises(PermissionDenied):
        plans.approve(actors["staff"], p.id, p.version)
    with pytest.raises(ValidationError):
        plans.return_plan(actors["manager"], p.id, p.version, "")
    p = plans.return_plan(actors["manager"], p.id, p.version, "目标偏低")
    assert p.status == "returned" and p.return_reason == "目标偏低"
    p = plans.save_plan(actors["staff"], p.id, _plan(cats, goal_leads=400), p.version)
    p = plans.submit(actors["staff"], p.id, p.version)
    p = plans.approve(actors["manager"], p.id, p.version)
    assert p.status == "approved" and p.goal_leads == 400


def test_budget_over_the_approved_is_refused(services, actors, cats):
    budget(services, actors, cats, fen=500_000, month=5)
    plans = services.marketing_plans
    p = plans.save_plan(actors["staff"], None, _plan(cats))
    check = plans.check_budget(actors["staff"], _plan(cats))
    assert check[0].approved_fen == 500_000 and check[0].over_fen == 300_000
    audits = count_rows(services, AuditEntry)
    with pytest.raises(ConflictError, match="¥3,000.00"):
        plans.submit(actors["staff"], p.id, p.version)
    assert count_rows(services, AuditEntry) == audits
    assert plans.get_plan(actors["staff"], p.id).status == "draft"


def test_one_plan_per_period_and_bad_input(services, actors, cats):
    plans = services.marketing_plans
    plans.save_plan(actors["staff"], None, _plan(cats))
    with pytest.raises(ConflictError):
        plans.save_plan(actors["manager"], None, _plan(cats, name="重复"))
    for kwargs, field in (
        (dict(period=5), "period"),
        (dict(period_kind="weekly"), "period_kind"),
        (dict(goal_leads=-1), "goal_leads"),
        (dict(name=""), "name"),
    ):
        with pytest.raises(ValidationError) as info:
            plans.save_plan(actors["staff"], None, _plan(cats, **kwargs))
        assert info.value.field == field


def test_plan_against_actual(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000, month=5)
    plans = services.marketing_plans
    p = plans.save_plan(actors["staff"], None, _plan(cats, period_kind="monthly", period=5))
    a = services.campaigns.create_activity(
        actors["staff"], activity_input(cats, plan_id=p.id, owner_id=actors["staff"].staff_id)
    )
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    customer = services.customers.create_customer(
        actors["staff"], CustomerInput(name="张三", mobile="13800138009")
    )
    services.campaigns.link_leads(actors["staff"], a.id, [customer.id])
    services.customers.add_enrollment(
        actors["staff"], customer.id, EnrollmentInput(None, dt.date(YEAR, 5, 12), 500_000)
    )
    assert [r.id for r in services.campaigns.plan_activities(actors["finance"], p.id)] == [a.id]
    actual = plans.actual(actors["finance"], p.id)
    assert (actual.start, actual.end) == (dt.date(YEAR, 5, 1), dt.date(YEAR, 6, 1))
    assert actual.enrollments == 1 and actual.revenue_fen == 500_000
    assert actual.activities_planned == 1 and actual.activity_leads == 1
    assert actual.budget_check[0].approved_fen == 1_000_000
    # The customer was created today: counted only when today is in May of YEAR.
    assert actual.leads == (1 if dt.date.today().replace(day=1) == actual.start else 0)
