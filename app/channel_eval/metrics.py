"""The channel metrics as set-based SQL: every query is a GROUP BY over channels (and
the customers' touch count n), so a million customers come back as a few dozen rows.

leads       customers registered in the period (created_at, local dates; the export's
            登记日期), not deleted
trials      of those, the ones who attended a trial class
conversions customers whose first enrollment falls in the period
revenue     the enrollment amounts, in the period, of those converted customers
cost        finance-approved and paid claim lines and direct expenses dated in the
            period, tagged with the channel (budget vs. spend counts the same spend)
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction
from typing import Any

from sqlalchemy import (
    ColumnElement,
    SQLColumnExpression,
    and_,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Subquery

from app.channel_eval.figures import Figures
from app.channel_eval.periods import Period, local_offset_minutes
from app.channel_eval.touches import weights
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.campaigns import Activity, ActivityCost
from db.models.customers import Customer, Enrollment, TrialClass

ATTENDED = "attended"
Key = int | None  # channel id, None = no recorded source


def lead_cohort(period: Period) -> list[ColumnElement[Any]]:
    """Conditions on Customer: registered in the period, not deleted."""
    start, end = period.utc_bounds()
    return [
        Customer.created_at >= start,
        Customer.created_at < end,
        Customer.deleted_at.is_(None),
    ]


def first_enrollments() -> Subquery:
    """customer_id, first_on: the day of each customer's first enrollment."""
    return (
        select(Enrollment.customer_id, func.min(Enrollment.enrolled_on).label("first_on"))
        .group_by(Enrollment.customer_id)
        .subquery("fe")
    )


def conversion_cohort(period: Period) -> list[ColumnElement[Any]]:
    """Conditions on Customer: first enrollment in the period, not deleted."""
    first_on = func.min(Enrollment.enrolled_on)
    converted = (
        select(Enrollment.customer_id)
        .group_by(Enrollment.customer_id)
        .having(and_(first_on >= period.start, first_on <= period.end))
    )
    return [Customer.id.in_(converted), Customer.deleted_at.is_(None)]


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def attended(customer_id: SQLColumnExpression[Any]) -> ColumnElement[Any]:
    """The customer attended a trial class. An IN over the attended trials, built once
    per query: as a correlated EXISTS, SQLite searched trial_classes by its status index
    for every customer (all attended trials each time)."""
    return customer_id.in_(select(TrialClass.customer_id).where(TrialClass.status == ATTENDED))


def _share(total: Any, n: Any) -> Fraction:
    return Fraction(int(total or 0), int(n or 1))


def lead_figures(session: Session, period: Period, model: str) -> dict[Key, Figures]:
    w = weights(model, lead_cohort(period), _dialect(session))
    query = select(
        w.c.channel_id,
        w.c.n,
        func.sum(w.c.k),
        func.sum(case((attended(w.c.customer_id), w.c.k), else_=0)),
    ).group_by(w.c.channel_id, w.c.n)
    out: dict[Key, Figures] = defaultdict(Figures)
    for channel_id, n, leads, trials in session.execute(query):
        figures = out[channel_id]
        figures.leads += _share(leads, n)
        figures.trials += _share(trials, n)
    return out


def revenue_in(period: Period) -> Subquery:
    return (
        select(Enrollment.customer_id, func.sum(Enrollment.amount_fen).label("revenue"))
        .where(Enrollment.enrolled_on >= period.start, Enrollment.enrolled_on <= period.end)
        .group_by(Enrollment.customer_id)
        .subquery("rev")
    )


def conversion_figures(session: Session, period: Period, model: str) -> dict[Key, Figures]:
    w = weights(model, conversion_cohort(period), _dialect(session))
    rev = revenue_in(period)
    query = (
        select(
            w.c.channel_id,
            w.c.n,
            func.sum(w.c.k),
            func.sum(w.c.k * func.coalesce(rev.c.revenue, 0)),
        )
        .select_from(w.outerjoin(rev, rev.c.customer_id == w.c.customer_id))
        .group_by(w.c.channel_id, w.c.n)
    )
    out: dict[Key, Figures] = defaultdict(Figures)
    for channel_id, n, conversions, revenue in session.execute(query):
        figures = out[channel_id]
        figures.conversions += _share(conversions, n)
        figures.revenue += _share(revenue, n)
    return out


def claim_line_channel() -> ColumnElement[Any]:
    """The channel a claim line's spend counts for: its own, else that of the activity
    it was spent on (once: a line with its own channel is not counted again through
    its activity)."""
    activity_channel = (
        select(func.min(Activity.channel_id))
        .join(ActivityCost, ActivityCost.activity_id == Activity.id)
        .where(ActivityCost.claim_line_id == ClaimLine.id)
        .scalar_subquery()
    )
    return func.coalesce(ClaimLine.channel_id, activity_channel)


def direct_expense_channel() -> ColumnElement[Any]:
    """The same for a direct expense; a reversing entry follows its original's link."""
    activity_channel = (
        select(func.min(Activity.channel_id))
        .join(ActivityCost, ActivityCost.activity_id == Activity.id)
        .where(
            or_(
                ActivityCost.direct_expense_id == DirectExpense.id,
                ActivityCost.direct_expense_id == DirectExpense.reversal_of_id,
            )
        )
        .scalar_subquery()
    )
    return func.coalesce(DirectExpense.channel_id, activity_channel)


def cost_by_channel(session: Session, period: Period) -> dict[int, int]:
    """Spend per channel in fen (records without a channel are no channel's cost)."""
    channel = claim_line_channel()
    claims = (
        select(channel, func.sum(ClaimLine.amount_fen))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ClaimLine.expense_date >= period.start,
            ClaimLine.expense_date < period.end_exclusive,
            Claim.deleted_at.is_(None),
            Claim.status.in_(ClaimStatus.SPENT),
            channel.is_not(None),
        )
        .group_by(channel)
    )
    direct_channel = direct_expense_channel()
    direct = (
        select(direct_channel, func.sum(DirectExpense.amount_fen))
        .where(
            DirectExpense.expense_date >= period.start,
            DirectExpense.expense_date < period.end_exclusive,
            direct_channel.is_not(None),
        )
        .group_by(direct_channel)
    )
    out: dict[int, int] = defaultdict(int)
    for query in (claims, direct):
        for channel_id, total in session.execute(query):
            out[int(channel_id)] += int(total or 0)
    return out


def period_figures(session: Session, period: Period, model: str) -> dict[Key, Figures]:
    out: dict[Key, Figures] = defaultdict(Figures)
    for part in (lead_figures(session, period, model), conversion_figures(session, period, model)):
        for key, figures in part.items():
            out[key].add(figures)
    for channel_id, cost in cost_by_channel(session, period).items():
        out[channel_id].cost_fen += cost
    return dict(out)


# --- monthly trend -----------------------------------------------------------------


def _month_of_timestamp(column: SQLColumnExpression[Any], dialect: str) -> ColumnElement[Any]:
    minutes = local_offset_minutes()
    if dialect == "sqlite":
        return func.strftime("%Y-%m", column, f"{minutes:+d} minutes")
    return func.to_char(column + literal_column(f"INTERVAL '{minutes} minutes'"), "YYYY-MM")


def _month_of_date(column: SQLColumnExpression[Any], dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def monthly_figures(session: Session, period: Period, model: str) -> dict[tuple[str, Key], Figures]:
    """(YYYY-MM, channel) -> leads, conversions, revenue and cost of that month."""
    dialect = session.get_bind().dialect.name
    out: dict[tuple[str, Key], Figures] = defaultdict(Figures)
    w = weights(model, lead_cohort(period), dialect)
    month = _month_of_timestamp(Customer.created_at, dialect)
    leads = (
        select(month, w.c.channel_id, w.c.n, func.sum(w.c.k))
        .join(Customer, Customer.id == w.c.customer_id)
        .group_by(month, w.c.channel_id, w.c.n)
    )
    for m, channel_id, n, total in session.execute(leads):
        out[(m, channel_id)].leads += _share(total, n)
    fe = first_enrollments()
    w = weights(model, conversion_cohort(period), dialect)
    month = _month_of_date(fe.c.first_on, dialect)
    conversions = (
        select(month, w.c.channel_id, w.c.n, func.sum(w.c.k))
        .join(fe, fe.c.customer_id == w.c.customer_id)
        .group_by(month, w.c.channel_id, w.c.n)
    )
    for m, channel_id, n, total in session.execute(conversions):
        out[(m, channel_id)].conversions += _share(total, n)
    for m, channel_id, total in monthly_cost(session, period, dialect):
        out[(m, channel_id)].cost_fen += total
    return dict(out)


def monthly_cost(session: Session, period: Period, dialect: str) -> list[tuple[str, int, int]]:
    rows: list[tuple[str, int, int]] = []
    channel = claim_line_channel()
    month = _month_of_date(ClaimLine.expense_date, dialect)
    claims = (
        select(month, channel, func.sum(ClaimLine.amount_fen))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ClaimLine.expense_date >= period.start,
            ClaimLine.expense_date < period.end_exclusive,
            Claim.deleted_at.is_(None),
            Claim.status.in_(ClaimStatus.SPENT),
            channel.is_not(None),
        )
        .group_by(month, channel)
    )
    month = _month_of_date(DirectExpense.expense_date, dialect)
    direct_channel = direct_expense_channel()
    direct = (
        select(month, direct_channel, func.sum(DirectExpense.amount_fen))
        .where(
            DirectExpense.expense_date >= period.start,
            DirectExpense.expense_date < period.end_exclusive,
            direct_channel.is_not(None),
        )
        .group_by(month, direct_channel)
    )
    for query in (claims, direct):
        rows += [(m, int(c), int(t or 0)) for m, c, t in session.execute(query)]
    return rows


def activity_names_of_costs(
    session: Session, claim_line_ids: list[int], expense_ids: list[int]
) -> dict[tuple[str, int], str]:
    """("claim" | "expense", record id) -> the name of the activity it was spent on."""
    out: dict[tuple[str, int], str] = {}
    for kind, column, ids in (
        ("claim", ActivityCost.claim_line_id, claim_line_ids),
        ("expense", ActivityCost.direct_expense_id, expense_ids),
    ):
        for start in range(0, len(ids), 500):
            query = (
                select(column, Activity.name)
                .join(Activity, Activity.id == ActivityCost.activity_id)
                .where(column.in_(ids[start : start + 500]))
            )
            for record_id, name in session.execute(query):
                if record_id is not None:
                    out[(kind, int(record_id))] = name
    return out
