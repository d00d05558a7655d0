"""What activities spent and what they hold of the budget, read next to the budget
feature's figures (app.budget.figures) without changing them.

This module is the one definition of an activity's spend (DESIGN.md section 6, budget
vs. spend), used by the campaigns feature and by the channel evaluation alike:
spend of an activity = its linked claim lines in claims finance approved or paid (not
deleted) + its linked direct expenses and their reversals.
committed = its linked claim lines in claims submitted or department approved: not
spend yet, but the budget already counts them as committed.
reserved = budget - spend - committed (never below 0) while the activity is approved
or in progress, in the category and month it starts; cancelling releases it,
completing leaves only the spend. available = the budget's remaining (effective -
spend - committed) - the other activities' reservations.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import ColumnElement, and_, extract, func, or_, select
from sqlalchemy.orm import Session

from app.budget.figures import year_cells
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.campaigns import Activity, ActivityCost, ActivityStatus

SPENT_CLAIMS = ClaimStatus.SPENT  # finance approved, paid
COMMITTED_CLAIMS = ClaimStatus.COMMITTED  # submitted, department approved
# What may be linked to an activity: a claim on its way counts once finance approves it.
LINKABLE_CLAIMS = SPENT_CLAIMS + COMMITTED_CLAIMS


def claim_is_spend() -> ColumnElement[bool]:
    """A claim (joined as Claim) whose lines are spend."""
    return and_(Claim.deleted_at.is_(None), Claim.status.in_(SPENT_CLAIMS))


def linked_expense() -> ColumnElement[bool]:
    """Joins DirectExpense to ActivityCost: the linked expense and any reversing entry
    of it (which carries the opposite sign)."""
    return or_(
        DirectExpense.id == ActivityCost.direct_expense_id,
        DirectExpense.reversal_of_id == ActivityCost.direct_expense_id,
    )


def _claim_lines(session: Session, ids: list[int], statuses: Sequence[str]) -> dict[int, int]:
    query = (
        select(ActivityCost.activity_id, func.sum(ClaimLine.amount_fen))
        .join(ClaimLine, ClaimLine.id == ActivityCost.claim_line_id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ActivityCost.activity_id.in_(ids),
            Claim.deleted_at.is_(None),
            Claim.status.in_(statuses),
        )
        .group_by(ActivityCost.activity_id)
    )
    return {int(a): int(total or 0) for a, total in session.execute(query)}


def activity_spend(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """activity id -> fen spent: linked claim lines of finance-approved or paid claims,
    plus linked direct expenses and their reversals (the module's definition)."""
    ids = sorted(set(activity_ids))
    if not ids:
        return {}
    spend: dict[int, int] = defaultdict(int)
    for activity_id, total in _claim_lines(session, ids, SPENT_CLAIMS).items():
        spend[activity_id] += total
    expense_q = (
        select(ActivityCost.activity_id, func.sum(DirectExpense.amount_fen))
        .join(DirectExpense, linked_expense())
        .where(ActivityCost.activity_id.in_(ids), ActivityCost.direct_expense_id.is_not(None))
        .group_by(ActivityCost.activity_id)
    )
    for activity_id, total in session.execute(expense_q):
        spend[int(activity_id)] += int(total or 0)
    return dict(spend)


def activity_committed(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """activity id -> fen of linked claim lines still on their way (submitted or
    department approved): committed, not spent."""
    ids = sorted(set(activity_ids))
    return _claim_lines(session, ids, COMMITTED_CLAIMS) if ids else {}


def activity_used(session: Session, activity_ids: Iterable[int]) -> dict[int, int]:
    """activity id -> spend + committed: what no longer needs reserving."""
    ids = sorted(set(activity_ids))
    used = activity_spend(session, ids)
    for activity_id, total in activity_committed(session, ids).items():
        used[activity_id] = used.get(activity_id, 0) + total
    return used


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
    used = activity_used(session, (r[0] for r in rows))
    held: dict[tuple[int, int], int] = defaultdict(int)
    for activity_id, category_id, m, budget in rows:
        assert category_id is not None  # filtered above
        held[(int(category_id), int(m))] += max(0, int(budget) - used.get(activity_id, 0))
    return dict(held)


def reserved_of(session: Session, activity: Activity, used: int) -> int:
    """What this activity holds of the budget now (`used`: its spend + committed)."""
    if activity.status not in ActivityStatus.RESERVING or activity.category_id is None:
        return 0
    return max(0, activity.budget_fen - used)


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
