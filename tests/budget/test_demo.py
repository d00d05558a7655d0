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


def test_demo_claims_are_signed_by_different_people(sqlite_db):
    """Every demo account is its own person, finance has a department, and no person
    signs two steps of one claim (issue 21)."""
    from db.models.budget_claims import ClaimApproval
    from db.models.staff import Staff
    from db.models.users import User

    build_demo(sqlite_db, scale=50, today=dt.date(2026, 11, 25))
    with sqlite_db.session() as session:
        staff_of = dict(session.execute(select(User.id, User.staff_id)).all())
        by_name = {u.username: u for u in session.scalars(select(User))}
        assert None not in staff_of.values()
        assert len(set(staff_of.values())) == len(staff_of)
        assert session.get(Staff, by_name["finance"].staff_id).department_id is not None
        signers: dict[int, list[int]] = {}
        for approval in session.scalars(select(ClaimApproval).where(ClaimApproval.current)):
            signers.setdefault(approval.claim_id, []).append(staff_of[approval.user_id])
        paid = session.scalars(select(Claim.id).where(Claim.status == ClaimStatus.PAID)).all()
        assert paid
        for people in signers.values():
            assert len(people) == len(set(people))
        assert all(len(signers[claim_id]) == 4 for claim_id in paid)
