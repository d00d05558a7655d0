"""The per-activity view: each activity that starts in the period, with the leads
captured at it, what those customers enrolled for from the activity's day on, and
the spend linked to it, as GROUP BY activity queries. The spend is the campaigns
feature's own definition (app.campaigns.spend: finance-approved and paid claim
lines, direct expenses and their reversals), so the activity's tab and this view
show one figure. The campaigns feature counts an activity's enrollments the same way."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.campaigns.spend import activity_spend, claim_is_spend, linked_expense
from app.channel_eval.drill import CostRecord, CustomerBehind
from app.channel_eval.figures import Figures
from app.channel_eval.periods import Period
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine
from db.models.campaigns import Activity, ActivityCost, ActivityLead
from db.models.channels import Channel
from db.models.customers import Customer, Enrollment


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
    for a_id, total in session.execute(leads):
        rows[a_id].figures.leads = Fraction(int(total))
    for a_id, count, revenue in session.execute(enrolled):
        rows[a_id].figures.conversions = Fraction(int(count))
        rows[a_id].figures.revenue = Fraction(int(revenue or 0))
    for a_id, total in activity_spend(session, rows).items():
        rows[a_id].figures.cost_fen = total
    return list(rows.values())


def activity_customers(session: Session, activity_id: int) -> list[CustomerBehind]:
    """The customers captured at an activity, with what they enrolled for from its day on."""
    from app.customers.common import LocalDates

    activity = session.get(Activity, activity_id)
    if activity is None:
        return []
    revenue = (
        select(Enrollment.customer_id, func.sum(Enrollment.amount_fen).label("revenue"))
        .where(Enrollment.enrolled_on >= activity.starts_at.date())
        .group_by(Enrollment.customer_id)
        .subquery("rev")
    )
    query = (
        select(Customer.id, Customer.name, Customer.created_at, Customer.status, revenue.c.revenue)
        .join(ActivityLead, ActivityLead.customer_id == Customer.id)
        .outerjoin(revenue, revenue.c.customer_id == Customer.id)
        .where(ActivityLead.activity_id == activity_id)
        .order_by(ActivityLead.captured_at, Customer.id)
    )
    local = LocalDates()
    return [
        CustomerBehind(cid, name, local(created), status, Fraction(1), int(rev or 0))
        for cid, name, created, status, rev in session.execute(query)
    ]


def activity_costs(session: Session, activity_id: int) -> list[CostRecord]:
    """The records behind an activity's spend (app.campaigns.spend's definition)."""
    claims = (
        select(ClaimLine, Claim.number, Claim.claimant_name, Claim.id)
        .join(ActivityCost, ActivityCost.claim_line_id == ClaimLine.id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(ActivityCost.activity_id == activity_id, claim_is_spend())
    )
    direct = (
        select(DirectExpense)
        .join(ActivityCost, linked_expense())
        .where(ActivityCost.activity_id == activity_id)
    )
    name = session.scalar(select(Activity.name).where(Activity.id == activity_id)) or ""
    rows = [
        CostRecord(
            "claim",
            line.expense_date,
            number,
            who,
            " ".join(x for x in (line.place, line.description) if x),
            line.amount_fen,
            claim_id,
            name,
        )
        for line, number, who, claim_id in session.execute(claims)
    ]
    rows += [
        CostRecord(
            "expense",
            e.expense_date,
            f"#{e.id}",
            e.payee,
            " ".join(x for x in (e.channel, e.note) if x),
            e.amount_fen,
            None,
            name,
        )
        for e in session.scalars(direct)
    ]
    rows.sort(key=lambda r: (r.date, r.reference))
    return rows
