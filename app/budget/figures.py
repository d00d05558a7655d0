"""Budget vs. spend aggregates (DESIGN.md section 6), all as SQL GROUP BY queries.

spend     = finance-approved and paid claim lines + direct expenses, by expense date
committed = submitted and department-approved claim lines
effective = approved plan + approved adjustments
remaining = effective - spend - committed

`year_cells` returns one `Cell` per (category, month) that has any figure; the
rows it reads are already aggregated by the database (at most categories x 12).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, extract, func, select
from sqlalchemy.orm import Session

from app.periods import month_bounds
from db.models.budget import (
    AdjustmentStatus,
    BudgetAdjustment,
    BudgetPlan,
    BudgetPlanLine,
    DirectExpense,
    PlanStatus,
)
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus


@dataclass
class Cell:
    budget: int = 0
    adjustments: int = 0
    claim_spend: int = 0
    direct_spend: int = 0
    committed: int = 0

    @property
    def effective(self) -> int:
        return self.budget + self.adjustments

    @property
    def spend(self) -> int:
        return self.claim_spend + self.direct_spend

    @property
    def remaining(self) -> int:
        return self.effective - self.spend - self.committed

    def add(self, other: Cell) -> None:
        self.budget += other.budget
        self.adjustments += other.adjustments
        self.claim_spend += other.claim_spend
        self.direct_spend += other.direct_spend
        self.committed += other.committed


def _int(value) -> int:
    return int(value or 0)


def year_cells(
    session: Session,
    year: int,
    *,
    months: Iterable[int] | None = None,
    category_ids: Iterable[int] | None = None,
    exclude_claim_id: int | None = None,
) -> dict[tuple[int, int], Cell]:
    """(category_id, month) -> Cell for one year, from four aggregate queries."""
    month_list = sorted(set(months)) if months is not None else None
    cats = sorted(set(category_ids)) if category_ids is not None else None
    cells: dict[tuple[int, int], Cell] = {}

    def cell(category_id: int, month: int) -> Cell:
        return cells.setdefault((int(category_id), int(month)), Cell())

    plan_q = (
        select(
            BudgetPlanLine.category_id, BudgetPlanLine.month, func.sum(BudgetPlanLine.amount_fen)
        )
        .join(BudgetPlan, BudgetPlan.id == BudgetPlanLine.plan_id)
        .where(BudgetPlan.year == year, BudgetPlan.status == PlanStatus.APPROVED)
        .group_by(BudgetPlanLine.category_id, BudgetPlanLine.month)
    )
    adj_q = (
        select(
            BudgetAdjustment.category_id,
            BudgetAdjustment.month,
            func.sum(BudgetAdjustment.amount_fen),
        )
        .where(BudgetAdjustment.year == year, BudgetAdjustment.status == AdjustmentStatus.APPROVED)
        .group_by(BudgetAdjustment.category_id, BudgetAdjustment.month)
    )
    if month_list is not None:
        plan_q = plan_q.where(BudgetPlanLine.month.in_(month_list))
        adj_q = adj_q.where(BudgetAdjustment.month.in_(month_list))
    if cats is not None:
        plan_q = plan_q.where(BudgetPlanLine.category_id.in_(cats))
        adj_q = adj_q.where(BudgetAdjustment.category_id.in_(cats))
    for category_id, month, total in session.execute(plan_q):
        cell(category_id, month).budget = _int(total)
    for category_id, month, total in session.execute(adj_q):
        cell(category_id, month).adjustments = _int(total)

    start, end = _date_range(year, month_list)
    claim_month = extract("month", ClaimLine.expense_date)
    claim_q = (
        select(
            ClaimLine.category_id,
            claim_month,
            func.sum(case((Claim.status.in_(ClaimStatus.SPENT), ClaimLine.amount_fen), else_=0)),
            func.sum(
                case((Claim.status.in_(ClaimStatus.COMMITTED), ClaimLine.amount_fen), else_=0)
            ),
        )
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ClaimLine.expense_date >= start,
            ClaimLine.expense_date < end,
            Claim.deleted_at.is_(None),
            Claim.status.in_(ClaimStatus.SPENT + ClaimStatus.COMMITTED),
        )
        .group_by(ClaimLine.category_id, claim_month)
    )
    direct_month = extract("month", DirectExpense.expense_date)
    direct_q = (
        select(DirectExpense.category_id, direct_month, func.sum(DirectExpense.amount_fen))
        .where(DirectExpense.expense_date >= start, DirectExpense.expense_date < end)
        .group_by(DirectExpense.category_id, direct_month)
    )
    if month_list is not None:
        claim_q = claim_q.where(claim_month.in_(month_list))
        direct_q = direct_q.where(direct_month.in_(month_list))
    if cats is not None:
        claim_q = claim_q.where(ClaimLine.category_id.in_(cats))
        direct_q = direct_q.where(DirectExpense.category_id.in_(cats))
    if exclude_claim_id is not None:
        claim_q = claim_q.where(Claim.id != exclude_claim_id)
    for category_id, month, spent, committed in session.execute(claim_q):
        c = cell(category_id, month)
        c.claim_spend = _int(spent)
        c.committed = _int(committed)
    for category_id, month, total in session.execute(direct_q):
        cell(category_id, month).direct_spend = _int(total)
    return cells


def _date_range(year: int, months: list[int] | None) -> tuple[dt.date, dt.date]:
    if not months:
        return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
    return dt.date(year, months[0], 1), month_bounds(year, months[-1])[1]
