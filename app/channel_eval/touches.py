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

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.sql.expression import Subquery

from db.models.customers import Customer

FIRST, LAST, LINEAR = "first", "last", "linear"
MODELS = (FIRST, LAST, LINEAR)


def touches(cohort: Subquery) -> Subquery:
    """(customer_id, channel_id, at, seq) of every counted touch of the cohort's
    customers (`cohort` has a column `id`); seq orders touches at the same instant."""
    source = select(
        Customer.id.label("customer_id"),
        Customer.channel_id.label("channel_id"),
        Customer.created_at.label("at"),
        literal(0).label("seq"),
    ).join(cohort, cohort.c.id == Customer.id)
    parts: list[Select] = [source, *activity_touches(cohort)]
    if len(parts) == 1:
        return source.subquery("touch")
    return union_all(*parts).subquery("touch")


def activity_touches(cohort: Subquery) -> list[Select]:
    """Touches recorded by activities (none before the campaigns feature)."""
    return []


def weights(model: str, cohort: Subquery) -> Subquery:
    """(customer_id, channel_id, k, n) of the cohort under `model`."""
    if model == FIRST:
        return (
            select(
                Customer.id.label("customer_id"),
                Customer.channel_id.label("channel_id"),
                literal(1).label("k"),
                literal(1).label("n"),
            )
            .join(cohort, cohort.c.id == Customer.id)
            .subquery("w")
        )
    t = touches(cohort)
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
