"""Budget reserved on approval, released on cancel, spent through linked claim
lines and direct expenses (app.campaigns.spend)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.budget.expenses import ExpenseInput
from app.errors import ConflictError, PermissionDenied
from db.models.audit import AuditEntry
from db.models.campaigns import ActivityCost
from tests.budget.helpers import line, new_claim
from tests.campaigns.helpers import YEAR, activity_input, budget, count_rows


def _approved(services, actors, cats, fen=300_000, **kwargs):
    a = services.campaigns.create_activity(
        actors["staff"],
        activity_input(cats, owner_id=actors["staff"].staff_id, budget_fen=fen, **kwargs),
    )
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    return services.campaigns.approve(actors["manager"], a.id, a.version)


def _available(services, actors, cats, month=5):
    return services.campaigns.budget_available(actors["manager"], cats["promotion"], YEAR, month)


def test_reserve_on_approve_release_on_cancel(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000)
    assert _available(services, actors, cats) == 1_000_000
    a = _approved(services, actors, cats)
    assert a.figures.reserved_fen == 300_000
    assert _available(services, actors, cats) == 700_000
    a = services.campaigns.cancel(actors["staff"], a.id, a.version, "场地取消")
    assert a.status == "cancelled" and a.figures.reserved_fen == 0
    assert _available(services, actors, cats) == 1_000_000


def test_approval_refused_over_the_remaining_budget(services, actors, cats):
    budget(services, actors, cats, fen=500_000)
    _approved(services, actors, cats, fen=300_000)
    b = services.campaigns.create_activity(
        actors["staff"], activity_input(cats, owner_id=actors["staff"].staff_id, budget_fen=300_000)
    )
    b = services.campaigns.submit(actors["staff"], b.id, b.version)
    audits = count_rows(services, AuditEntry)
    with pytest.raises(ConflictError, match="¥2,000.00"):
        services.campaigns.approve(actors["manager"], b.id, b.version)
    assert count_rows(services, AuditEntry) == audits
    assert services.campaigns.get_activity(actors["staff"], b.id).status == "submitted"


def test_linked_spend_replaces_the_reservation(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000)
    a = _approved(services, actors, cats, fen=300_000)
    claim = new_claim(
        services, actors["staff"], [line(cats["promotion"], 120_000, dt.date(YEAR, 5, 2))]
    )
    services.claims.submit(actors["staff"], claim.id, claim.version)
    services.campaigns.link_cost(actors["staff"], a.id, claim_line_id=claim.lines[0].id)
    expense = services.direct_expenses.record(
        actors["finance"],
        ExpenseInput(dt.date(YEAR, 5, 3), cats["promotion"], 30_000, payee="印刷厂"),
    )
    services.campaigns.link_cost(actors["staff"], a.id, direct_expense_id=expense.id)
    a = services.campaigns.get_activity(actors["staff"], a.id)
    # Spend: the expense; the submitted claim is committed until finance approves it.
    assert (a.figures.cost_fen, a.figures.committed_fen) == (30_000, 120_000)
    assert a.figures.reserved_fen == 150_000
    # Budget: 1,000,000 - committed claim 120,000 - expense 30,000 - rest held 150,000.
    assert _available(services, actors, cats) == 700_000
    # A reversed expense no longer counts.
    services.direct_expenses.reverse(actors["finance"], expense.id, "重复录入")
    a = services.campaigns.get_activity(actors["staff"], a.id)
    assert (a.figures.cost_fen, a.figures.committed_fen) == (0, 120_000)
    # Spend counts once: linking the same line twice is refused, nothing written.
    costs = count_rows(services, ActivityCost)
    with pytest.raises(ConflictError):
        services.campaigns.link_cost(actors["staff"], a.id, claim_line_id=claim.lines[0].id)
    assert count_rows(services, ActivityCost) == costs


def test_cost_per_lead_and_roi(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000)
    a = _approved(services, actors, cats, fen=100_000)
    a = services.campaigns.start(actors["staff"], a.id, a.version)
    assert a.figures.cost_per_lead_fen is None and a.figures.roi is None  # shown as "—"
    expense = services.direct_expenses.record(
        actors["finance"],
        ExpenseInput(dt.date(YEAR, 5, 2), cats["promotion"], 80_000, payee="展位"),
    )
    services.campaigns.link_cost(actors["staff"], a.id, direct_expense_id=expense.id)
    a = services.campaigns.save_summary(actors["staff"], a.id, a.version, "现场 4 组", 4)
    assert a.figures.cost_per_lead_fen == 20_000
    assert a.figures.roi == pytest.approx(-1.0)


def test_linking_refused_for_outsiders(services, actors, cats):
    budget(services, actors, cats, fen=1_000_000)
    a = _approved(services, actors, cats)
    expense = services.direct_expenses.record(
        actors["finance"],
        ExpenseInput(dt.date(YEAR, 5, 2), cats["promotion"], 80_000, payee="展位"),
    )
    costs = count_rows(services, ActivityCost)
    for role in ("finance", "service"):
        with pytest.raises(PermissionDenied):
            services.campaigns.link_cost(actors[role], a.id, direct_expense_id=expense.id)
    assert count_rows(services, ActivityCost) == costs


def test_campaigns_and_channel_eval_count_one_spend(services, actors, cats):
    """An activity with one submitted and one paid claim: both features show the paid
    claim's lines (app.campaigns.spend), the submitted one only as committed."""
    from app.channel_eval.periods import Period

    budget(services, actors, cats, fen=1_000_000)
    a = _approved(services, actors, cats, fen=300_000)
    day = dt.date(YEAR, 5, 2)
    submitted = new_claim(services, actors["staff"], [line(cats["promotion"], 70_000, day)])
    services.claims.submit(actors["staff"], submitted.id, submitted.version)
    paid = new_claim(
        services,
        actors["staff"],
        [line(cats["promotion"], 40_000, day), line(cats["promotion"], 5_000, day)],
    )
    paid = services.claims.submit(actors["staff"], paid.id, paid.version).claim
    paid = services.claims.approve(actors["manager"], paid.id, paid.version).claim
    paid = services.claims.approve(actors["finance"], paid.id, paid.version).claim
    paid = services.claims.pay(actors["admin"], paid.id, paid.version).claim
    assert paid.status == "paid"
    for claim_line in (*submitted.lines, *paid.lines):
        services.campaigns.link_cost(actors["staff"], a.id, claim_line_id=claim_line.id)

    own = services.campaigns.get_activity(actors["staff"], a.id).figures
    report = services.channel_eval.report(
        actors["manager"], Period(dt.date(YEAR, 5, 1), dt.date(YEAR, 5, 31)), "first"
    )
    (evaluated,) = [x for x in report.activities if x.activity_id == a.id]
    assert own.cost_fen == evaluated.figures.cost_fen == 45_000
    assert own.committed_fen == 70_000
    records = services.channel_eval.activity_costs(actors["manager"], a.id)
    assert sorted(r.amount_fen for r in records) == [5_000, 40_000]
