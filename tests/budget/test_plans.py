"""Budget plans, adjustments and direct expenses: workflow per role, arithmetic of the grid."""

from __future__ import annotations

import datetime as dt

import pytest

from app.budget.expenses import ExpenseInput
from app.budget.grid import parse_pasted_grid, spread_evenly
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.permissions import Role
from tests.budget.helpers import YEAR, approved_plan

ROLES = [r.value for r in Role]


def test_spread_evenly_adds_up():
    assert spread_evenly(100_00) == [834] * 4 + [833] * 8
    assert sum(spread_evenly(1_000_001)) == 1_000_001
    assert spread_evenly(5, 3) == [2, 2, 1]
    with pytest.raises(ValidationError):
        spread_evenly(-1)


def test_parse_pasted_grid():
    text = "1,200.50\t\t300\r\n０\t-\t¥45\r\n\r\n"
    assert parse_pasted_grid(text) == [[120050, None, 30000], [0, None, 4500]]
    with pytest.raises(ValidationError) as exc:
        parse_pasted_grid("1\t2\n3\tabc")
    assert "2" in exc.value.message and "abc" in exc.value.message


@pytest.mark.parametrize("role", ROLES)
def test_plan_editing_per_role(services, actors, cats, role):
    may = role in ("manager", "admin")
    if may:
        plan = services.budget_plans.save_plan(
            actors[role], YEAR, None, {(cats["travel"], 1): 500}, {}
        )
        assert plan.total_fen == 500
    else:
        with pytest.raises(PermissionDenied):
            services.budget_plans.save_plan(
                actors[role], YEAR, None, {(cats["travel"], 1): 500}, {}
            )
        assert services.budget_plans.get_plan(actors["admin"], YEAR) is None


@pytest.mark.parametrize("role", ROLES)
def test_plan_approval_per_role(services, actors, cats, role):
    plan = services.budget_plans.save_plan(
        actors["manager"], YEAR, None, {(cats["travel"], 1): 500}, {cats["travel"]: "出差"}
    )
    plan = services.budget_plans.submit(actors["manager"], plan.id, plan.version)
    if role in ("finance", "admin"):
        approved = services.budget_plans.approve(actors[role], plan.id, plan.version)
        assert approved.status == "approved" and approved.approved_by_name == role
    else:
        with pytest.raises(PermissionDenied):
            services.budget_plans.approve(actors[role], plan.id, plan.version)
        with pytest.raises(PermissionDenied):
            services.budget_plans.return_to_draft(actors[role], plan.id, plan.version, "x")


def test_plan_workflow(services, actors, cats):
    travel, ads = cats["travel"], cats["advertising"]
    plan = services.budget_plans.save_plan(
        actors["manager"],
        YEAR,
        None,
        {(travel, m): 100_00 for m in range(1, 13)},
        {travel: "招生季出差"},
        "年度预算",
    )
    with pytest.raises(ConflictError):  # a second plan for the same year
        services.budget_plans.save_plan(actors["manager"], YEAR, None, {}, {})
    plan = services.budget_plans.save_plan(
        actors["manager"],
        YEAR,
        plan.version,
        {(travel, 1): 50_00, (ads, 2): 70_00},
        {ads: "百度推广"},
    )
    assert plan.amounts == {(travel, 1): 50_00, (ads, 2): 70_00}
    assert plan.purposes == {ads: "百度推广"}
    with pytest.raises(ConflictError):  # stale
        services.budget_plans.save_plan(actors["manager"], YEAR, plan.version - 1, {}, {})
    with pytest.raises(ValidationError):
        services.budget_plans.save_plan(
            actors["manager"], YEAR, plan.version, {(travel, 13): 1}, {}
        )
    with pytest.raises(ValidationError):
        services.budget_plans.save_plan(
            actors["manager"], YEAR, plan.version, {(travel, 1): -1}, {}
        )
    with pytest.raises(ConflictError):  # approve before submit
        services.budget_plans.approve(actors["finance"], plan.id, plan.version)
    plan = services.budget_plans.submit(actors["manager"], plan.id, plan.version)
    with pytest.raises(ConflictError):  # submitted plans are not edited
        services.budget_plans.save_plan(actors["manager"], YEAR, plan.version, {}, {})
    with pytest.raises(ValidationError):
        services.budget_plans.return_to_draft(actors["finance"], plan.id, plan.version, "")
    plan = services.budget_plans.return_to_draft(
        actors["finance"], plan.id, plan.version, "广告费偏高"
    )
    assert plan.status == "draft" and plan.return_reason == "广告费偏高"
    plan = services.budget_plans.submit(actors["manager"], plan.id, plan.version)
    plan = services.budget_plans.approve(actors["finance"], plan.id, plan.version)
    assert plan.status == "approved"
    with pytest.raises(ConflictError):
        services.budget_plans.save_plan(actors["manager"], YEAR, plan.version, {(travel, 1): 1}, {})


def test_empty_plan_cannot_be_submitted(services, actors, cats):
    plan = services.budget_plans.save_plan(actors["manager"], YEAR, None, {}, {})
    with pytest.raises(ValidationError):
        services.budget_plans.submit(actors["manager"], plan.id, plan.version)


@pytest.mark.parametrize("role", ROLES)
def test_adjustment_request_and_decision_per_role(services, actors, cats, role):
    approved_plan(services, actors, {(cats["travel"], 4): 1_000_00})
    may_request = role in ("staff", "manager", "admin")
    may_decide = role in ("manager", "admin")
    if may_request:
        row = services.budget_adjustments.request(
            actors[role], YEAR, 4, cats["travel"], 200_00, "暑期招生"
        )
        assert row.status == "pending"
    else:
        with pytest.raises(PermissionDenied):
            services.budget_adjustments.request(
                actors[role], YEAR, 4, cats["travel"], 200_00, "暑期招生"
            )
        row = services.budget_adjustments.request(
            actors["staff"], YEAR, 4, cats["travel"], 200_00, "暑期招生"
        )
    if may_decide:
        decided = services.budget_adjustments.approve(actors[role], row.id, row.version)
        assert decided.status == "approved" and decided.decided_by_name == role
    else:
        with pytest.raises(PermissionDenied):
            services.budget_adjustments.approve(actors[role], row.id, row.version)
        with pytest.raises(PermissionDenied):
            services.budget_adjustments.reject(actors[role], row.id, row.version, "no")


def test_adjustment_rules_and_history(services, actors, cats):
    travel = cats["travel"]
    with pytest.raises(ConflictError):  # no approved plan yet
        services.budget_adjustments.request(actors["staff"], YEAR, 4, travel, 1, "x")
    approved_plan(services, actors, {(travel, 4): 1_000_00})
    with pytest.raises(ValidationError) as exc:
        services.budget_adjustments.request(actors["staff"], YEAR, 4, travel, 0, "x")
    assert exc.value.field == "amount"
    with pytest.raises(ValidationError) as exc:
        services.budget_adjustments.request(actors["staff"], YEAR, 4, travel, 1, " ")
    assert exc.value.field == "reason"
    with pytest.raises(ValidationError):  # would make the month negative
        services.budget_adjustments.request(actors["staff"], YEAR, 4, travel, -1_000_01, "x")
    cut = services.budget_adjustments.request(actors["staff"], YEAR, 4, travel, -400_00, "缩减")
    add = services.budget_adjustments.request(actors["manager"], YEAR, 4, travel, 50_00, "追加")
    services.budget_adjustments.approve(actors["admin"], cut.id, cut.version)
    with pytest.raises(ValidationError):
        services.budget_adjustments.reject(actors["admin"], add.id, add.version, "")
    rejected = services.budget_adjustments.reject(actors["admin"], add.id, add.version, "不需要")
    with pytest.raises(ConflictError):  # decided is final
        services.budget_adjustments.approve(actors["admin"], add.id, rejected.version)
    history = services.budget_adjustments.list_adjustments(actors["staff"], YEAR)
    assert sorted((h.amount_fen, h.status) for h in history) == [
        (-400_00, "approved"),
        (50_00, "rejected"),
    ]
    report = services.budget_report.budget_vs_spend(actors["finance"], YEAR, 4)
    row = next(r for r in report.rows if r.category_id == travel)
    assert (row.budget, row.adjustments, row.effective) == (1_000_00, -400_00, 600_00)


@pytest.mark.parametrize("role", ROLES)
def test_direct_expense_per_role(services, actors, cats, role):
    data = ExpenseInput(
        dt.date(YEAR, 5, 3),
        cats["advertising"],
        3_000_00,
        channel="百度",
        payee="百度推广",
        invoice_code="",
        invoice_number="24442000000011112222",
    )
    if role in ("finance", "admin"):
        row = services.direct_expenses.record(actors[role], data)
        assert row.amount_fen == 3_000_00
    else:
        with pytest.raises(PermissionDenied):
            services.direct_expenses.record(actors[role], data)


def test_direct_expense_reversal(services, actors, cats):
    fin = actors["finance"]
    ads = cats["advertising"]
    with pytest.raises(ValidationError) as exc:
        services.direct_expenses.record(fin, ExpenseInput(dt.date(YEAR, 5, 3), ads, -5, payee="x"))
    assert exc.value.field == "amount"
    with pytest.raises(ValidationError) as exc:
        services.direct_expenses.record(fin, ExpenseInput(dt.date(YEAR, 5, 3), ads, 5))
    assert exc.value.field == "payee"
    row = services.direct_expenses.record(
        fin,
        ExpenseInput(
            dt.date(YEAR, 5, 3),
            ads,
            3_000_00,
            payee="百度推广",
            invoice_number="24442000000011112222",
        ),
    )
    with pytest.raises(ValidationError):  # the invoice is booked
        services.direct_expenses.record(
            fin,
            ExpenseInput(
                dt.date(YEAR, 5, 4), ads, 1, payee="x", invoice_number="24442000000011112222"
            ),
        )
    reversal = services.direct_expenses.reverse(fin, row.id, "重复录入")
    assert reversal.amount_fen == -3_000_00 and reversal.reversal_of_id == row.id
    with pytest.raises(ConflictError):
        services.direct_expenses.reverse(fin, row.id, "again")
    with pytest.raises(ConflictError):
        services.direct_expenses.reverse(fin, reversal.id, "again")
    rows = services.direct_expenses.list_expenses(fin, YEAR, 5)
    assert sorted(r.amount_fen for r in rows) == [-3_000_00, 3_000_00]
    assert next(r for r in rows if r.id == row.id).reversed
    # once reversed, the invoice may be booked again
    services.direct_expenses.record(
        fin,
        ExpenseInput(
            dt.date(YEAR, 5, 4),
            ads,
            2_900_00,
            payee="百度推广",
            invoice_number="24442000000011112222",
        ),
    )


def test_categories_admin_only(services, actors, cats):
    from app.budget.categories import CategoryInput

    for role in ("manager", "staff", "service", "finance"):
        with pytest.raises(PermissionDenied):
            services.expense_categories.create_category(actors[role], CategoryInput("会议费"))
    row = services.expense_categories.create_category(
        actors["admin"], CategoryInput("会议费", claim_cap_fen=5_000_00)
    )
    with pytest.raises(ValidationError):
        services.expense_categories.create_category(actors["admin"], CategoryInput("会议费"))
    with pytest.raises(ValidationError):
        services.expense_categories.create_category(
            actors["admin"], CategoryInput("y", line_cap_fen=0)
        )
    updated = services.expense_categories.update_category(
        actors["admin"], row.id, row.version, CategoryInput("会务费", active=False)
    )
    assert updated.name == "会务费" and not updated.active
    names = [
        c.name
        for c in services.expense_categories.list_categories(
            actors["staff"], include_inactive=False
        )
    ]
    assert "会务费" not in names and names[:2] == ["广告宣传费", "促销活动费"]
    assert len(names) == 8
