"""The demo step builds a year of budget data with claims in every state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.demo import build_demo
from db.models.budget import AdjustmentStatus, BudgetAdjustment, BudgetPlan, DirectExpense
from db.models.budget_claims import Claim, ClaimStatus


def test_demo_has_every_state(sqlite_db):
    build_demo(sqlite_db, scale=50, today=dt.date(2026, 11, 25))
    with sqlite_db.session() as session:
        states = dict(
            session.execute(select(Claim.status, func.count()).group_by(Claim.status)).all()
        )
        returned = session.scalar(
            select(func.count()).where(Claim.status == ClaimStatus.DRAFT, Claim.return_reason != "")
        )
        plans = dict(session.execute(select(BudgetPlan.year, BudgetPlan.status)).all())
        adjustments = set(session.scalars(select(BudgetAdjustment.status)))
        reversals = session.scalar(
            select(func.count()).where(DirectExpense.reversal_of_id.is_not(None))
        )
    assert set(states) == set(ClaimStatus.ALL)
    assert returned == 1
    assert plans == {2025: "approved", 2026: "approved", 2027: "draft"}
    assert adjustments == set(AdjustmentStatus.ALL)
    assert reversals == 1
