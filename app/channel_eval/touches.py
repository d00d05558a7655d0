"""Attribution: which channel gets how much of a customer (DESIGN.md section 6).

A customer's recorded touches are their source channel (at registration; a customer
without one has an unknown source, channel None) and the activities they attended
or were captured at, up to the day of their first enrollment. Referrals are recorded
as the source channel 转介绍, so they are the source touch.

Every model gives each customer a total weight of 1, split over channels as
`k / n` (k of the customer's n counted touches went to that channel):
- first: the source channel, k = n = 1;
- last: the latest touch, k = n = 1;
- linear: every touch an equal share; k touches of n.
The metric queries group by (channel, n) and sum k, so the shares stay exact
fractions (app/channel_eval/metrics.py) and the models agree on every total.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy.sql.expression import Subquery

from app.channel_eval.periods import local_offset_minutes
from db.models.campaigns import Activity, ActivityLead
from db.models.customers import Customer, Enrollment

FIRST, LAST, LINEAR = "first", "last", "linear"
MODELS = (FIRST, LAST, LINEAR)


Cohort = list[ColumnElement[Any]]  # conditions on Customer


def touches(cohort: Cohort, dialect: str) -> Subquery:
    """(customer_id, channel_id, at, seq) of every counted touch of the cohort's
    customers; seq orders touches at the same instant."""
    source = select(
        Customer.id.label("customer_id"),
        Customer.channel_id.label("channel_id"),
        Customer.created_at.label("at"),
        literal(0).label("seq"),
    ).where(*cohort)
    return union_all(source, activity_touches(cohort, dialect)).subquery("touch")


def _as_utc(local: SQLColumnExpression[Any], dialect: str) -> ColumnElement[Any]:
    """A naive local timestamp (activities keep local wall-clock time) as naive UTC, to
    order it among registrations (stored in UTC)."""
    minutes = -local_offset_minutes()
    if dialect == "sqlite":
        # created_at is stored as "YYYY-MM-DD HH:MM:SS.ffffff": the same text form
        return func.strftime("%Y-%m-%d %H:%M:%f", local, f"{minutes:+d} minutes")
    return local + literal_column(f"INTERVAL '{minutes} minutes'")


def activity_touches(cohort: Cohort, dialect: str) -> Select[int, int | None, Any, int]:
    """The activities a cohort customer attended or was captured at, on or before the
    day of their first enrollment, when the activity serves a channel."""
    first_on = (
        select(func.min(Enrollment.enrolled_on))
        .where(Enrollment.customer_id == ActivityLead.customer_id)
        .scalar_subquery()
    )
    return (
        select(
            ActivityLead.customer_id,
            Activity.channel_id,
            _as_utc(ActivityLead.captured_at, dialect),
            literal(1),
        )
        .join(Customer, Customer.id == ActivityLead.customer_id)
        .join(Activity, Activity.id == ActivityLead.activity_id)
        .where(
            *cohort,
            Activity.channel_id.is_not(None),
            or_(first_on.is_(None), func.date(ActivityLead.captured_at) <= first_on),
        )
    )


def weights(model: str, cohort: Cohort, dialect: str) -> Subquery:
    """(customer_id, channel_id, k, n) of the cohort under `model`."""
    if model == FIRST:
        return (
            select(
                Customer.id.label("customer_id"),
                Customer.channel_id.label("channel_id"),
                literal(1).label("k"),
                literal(1).label("n"),
            )
            .where(*cohort)
            .subquery("w")
        )
    t = touches(cohort, dialect)
    if model == LAST:
        ranked = select(
            t.c.customer_id,
            t.c.channel_id,
            func.row_number()
            .over(partition_by=t.c.customer_id, order_by=(t.c.at.desc(), t.c.seq.desc()))
            .label("rn"),
        ).subquery("ranked")
        return (
            select(
                ranked.c.customer_id,
                ranked.c.channel_id,
                literal(1).label("k"),
                literal(1).label("n"),
            )
            .where(ranked.c.rn == 1)
            .subquery("w")
        )
    if model == LINEAR:
        counted = select(
            t.c.customer_id,
            t.c.channel_id,
            func.count().over(partition_by=t.c.customer_id).label("n"),
        ).subquery("counted")
        return (
            select(
                counted.c.customer_id,
                counted.c.channel_id,
                func.count().label("k"),
                counted.c.n,
            )
            .group_by(counted.c.customer_id, counted.c.channel_id, counted.c.n)
            .subquery("w")
        )
    raise ValueError(model)
