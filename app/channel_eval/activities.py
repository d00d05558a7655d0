"""The per-activity view: each activity that starts in the period, with the leads
captured at it, what those customers enrolled for from the activity's day on, and
the spend linked to it (finance-approved and paid claim lines, direct expenses and
their reversals), as GROUP BY activity queries. The campaigns feature counts an
activity's enrollments the same way."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.channel_eval.figures import Figures
from app.channel_eval.periods import Period
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.campaigns import Activity, ActivityCost, ActivityLead
from db.models.channels import Channel
from db.models.customers import Enrollment


@dataclass
class ActivityFigures:
    activity_id: int
    name: str
    kind: str
    status: str
    starts_on: dt.date
    channel_name: str  # "" when the activity serves no channel
    figures: Figures = field(default_factory=Figures)


def activity_figures(session: Session, period: Period) -> list[ActivityFigures]:
    start = dt.datetime.combine(period.start, dt.time())
    end = dt.datetime.combine(period.end_exclusive, dt.time())
    in_period = (Activity.starts_at >= start, Activity.starts_at < end)
    rows = {
        a_id: ActivityFigures(a_id, name, kind, status, starts.date(), channel or "")
        for a_id, name, kind, status, starts, channel in session.execute(
            select(
                Activity.id,
                Activity.name,
                Activity.kind,
                Activity.status,
                Activity.starts_at,
                Channel.name,
            )
            .outerjoin(Channel, Channel.id == Activity.channel_id)
            .where(*in_period)
            .order_by(Activity.starts_at, Activity.id)
        )
    }
    if not rows:
        return []
    leads = (
        select(ActivityLead.activity_id, func.count())
        .join(Activity, Activity.id == ActivityLead.activity_id)
        .where(*in_period)
        .group_by(ActivityLead.activity_id)
    )
    enrolled = (
        select(
            ActivityLead.activity_id,
            func.count(func.distinct(Enrollment.customer_id)),
            func.sum(Enrollment.amount_fen),
        )
        .join(Activity, Activity.id == ActivityLead.activity_id)
        .join(Enrollment, Enrollment.customer_id == ActivityLead.customer_id)
        .where(*in_period, Enrollment.enrolled_on >= func.date(Activity.starts_at))
        .group_by(ActivityLead.activity_id)
    )
    claims = (
        select(ActivityCost.activity_id, func.sum(ClaimLine.amount_fen))
        .join(Activity, Activity.id == ActivityCost.activity_id)
        .join(ClaimLine, ClaimLine.id == ActivityCost.claim_line_id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(*in_period, Claim.deleted_at.is_(None), Claim.status.in_(ClaimStatus.SPENT))
        .group_by(ActivityCost.activity_id)
    )
    direct = (
        select(ActivityCost.activity_id, func.sum(DirectExpense.amount_fen))
        .join(Activity, Activity.id == ActivityCost.activity_id)
        .join(
            DirectExpense,
            or_(
                DirectExpense.id == ActivityCost.direct_expense_id,
                DirectExpense.reversal_of_id == ActivityCost.direct_expense_id,
            ),
        )
        .where(*in_period, ActivityCost.direct_expense_id.is_not(None))
        .group_by(ActivityCost.activity_id)
    )
    cost: dict[int, int] = defaultdict(int)
    for a_id, total in session.execute(leads):
        rows[a_id].figures.leads = Fraction(int(total))
    for a_id, count, revenue in session.execute(enrolled):
        rows[a_id].figures.conversions = Fraction(int(count))
        rows[a_id].figures.revenue = Fraction(int(revenue or 0))
    for query in (claims, direct):
        for a_id, total in session.execute(query):
            cost[a_id] += int(total or 0)
    for a_id, total in cost.items():
        rows[a_id].figures.cost_fen = total
    return list(rows.values())
