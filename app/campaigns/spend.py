"""What activities spent and what they hold of the budget, read next to the budget
feature's figures (app.budget.figures) without changing them.

spend of an activity = its linked claim lines (claims submitted or further, not
cancelled or deleted) + its linked direct expenses and their reversals.
reserved = budget - spend (never below 0) while the activity is approved or in
progress, in the category and month it starts; cancelling releases it, completing
leaves only the spend. available = the budget's remaining (effective - spend -
committed) - the other activities' reservations.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from app.budget.figures import year_cells
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.campaigns import Activity, ActivityCost, ActivityStatus

COUNTED_CLAIMS = ClaimStatus.SPENT + ClaimStatus.COMMITTED


def activity_spend(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """activity id -> fen spent through its linked claim lines and expenses."""
    ids = sorted(set(activity_ids))
    spend: dict[int, int] = defaultdict(int)
    if not ids:
        return {}
    claim_q = (
        select(ActivityCost.activity_id, func.sum(ClaimLine.amount_fen))
        .join(ClaimLine, ClaimLine.id == ActivityCost.claim_line_id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ActivityCost.activity_id.in_(ids),
            Claim.deleted_at.is_(None),
            Claim.status.in_(COUNTED_CLAIMS),
        )
        .group_by(ActivityCost.activity_id)
    )
    for activity_id, total in session.execute(claim_q):
        spend[activity_id] += int(total or 0)
    # A linked expense and any reversing entry of it (which carries the opposite sign).
    expense_q = (
        select(ActivityCost.activity_id, func.sum(DirectExpense.amount_fen))
        .join(
            DirectExpense,
            or_(
                DirectExpense.id == ActivityCost.direct_expense_id,
                DirectExpense.reversal_of_id == ActivityCost.direct_expense_id,
            ),
        )
        .where(ActivityCost.activity_id.in_(ids), ActivityCost.direct_expense_id.is_not(None))
        .group_by(ActivityCost.activity_id)
    )
    for activity_id, total in session.execute(expense_q):
        spend[activity_id] += int(total or 0)
    return dict(spend)


def reservations(
    session: Session,
    year: int,
    *,
    category_ids: Collection[int] | None = None,
    exclude_activity_id: int | None = None,
) -> dict[tuple[int, int], int]:
    """(category id, month) -> fen held by approved and running activities of `year`."""
    month = extract("month", Activity.starts_at)
    query = select(Activity.id, Activity.category_id, month, Activity.budget_fen).where(
        Activity.status.in_(ActivityStatus.RESERVING),
        Activity.category_id.is_not(None),
        Activity.budget_fen > 0,
        Activity.starts_at >= dt.datetime(year, 1, 1),
        Activity.starts_at < dt.datetime(year + 1, 1, 1),
    )
    if category_ids is not None:
        query = query.where(Activity.category_id.in_(sorted(category_ids)))
    if exclude_activity_id is not None:
        query = query.where(Activity.id != exclude_activity_id)
    rows = session.execute(query).all()
    spent = activity_spend(session, (r[0] for r in rows))
    held: dict[tuple[int, int], int] = defaultdict(int)
    for activity_id, category_id, m, budget in rows:
        assert category_id is not None  # filtered above
        held[(int(category_id), int(m))] += max(0, int(budget) - spent.get(activity_id, 0))
    return dict(held)


def reserved_of(session: Session, activity: Activity, spent: int) -> int:
    """What this activity holds of the budget now."""
    if activity.status not in ActivityStatus.RESERVING or activity.category_id is None:
        return 0
    return max(0, activity.budget_fen - spent)


def available_fen(
    session: Session,
    category_id: int,
    year: int,
    month: int,
    *,
    exclude_activity_id: int | None = None,
) -> int:
    """The budget's remaining in one category and month, less the reservations of
    activities (other than `exclude_activity_id`)."""
    cell = year_cells(session, year, months=[month], category_ids=[category_id]).get(
        (category_id, month)
    )
    remaining = cell.remaining if cell is not None else 0
    held = reservations(
        session, year, category_ids=[category_id], exclude_activity_id=exclude_activity_id
    )
    return remaining - held.get((category_id, month), 0)
