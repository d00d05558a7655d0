"""Drill-down: the customers and cost records behind a figure of the report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from app.channel_eval import metrics
from app.channel_eval.periods import Period
from app.channel_eval.touches import weights
from app.customers.common import LocalDates
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.customers import Customer

LEADS, TRIALS, CONVERSIONS = "leads", "trials", "conversions"
METRICS = (LEADS, TRIALS, CONVERSIONS)
# A drill-down lists at most this many customers (newest first); the figure says how
# many there are in all.
DRILL_LIMIT = 5000


@dataclass(frozen=True)
class CustomerBehind:
    customer_id: int
    name: str
    registered_on: dt.date | None
    status: str
    share: Fraction  # of this customer the model gives the channel (1 = all)
    revenue_fen: int  # enrollments in the period (conversions only)


@dataclass(frozen=True)
class CostRecord:
    kind: str  # claim | expense
    date: dt.date
    reference: str  # claim number, "#id" of a direct expense
    who: str  # claimant or payee
    description: str
    amount_fen: int
    claim_id: int | None
    activity: str = ""  # the activity the spend was for, if linked


def _channel_is(column: ColumnElement[Any], channel_id: int | None) -> ColumnElement[Any]:
    return column.is_(None) if channel_id is None else column == channel_id


def customers_behind(
    session: Session,
    period: Period,
    model: str,
    channel_id: int | None,
    metric: str,
    any_channel: bool,
    limit: int = DRILL_LIMIT,
) -> list[CustomerBehind]:
    if metric not in METRICS:
        raise ValueError(metric)
    cohort = (
        metrics.conversion_cohort(period) if metric == CONVERSIONS else metrics.lead_cohort(period)
    )
    w = weights(model, cohort, session.get_bind().dialect.name)
    rev = metrics.revenue_in(period)
    query: Select[Any] = (
        select(
            Customer.id,
            Customer.name,
            Customer.created_at,
            Customer.status,
            w.c.k,
            w.c.n,
            rev.c.revenue,
        )
        .select_from(w)
        .join(Customer, Customer.id == w.c.customer_id)
        .outerjoin(rev, rev.c.customer_id == Customer.id)
        .order_by(Customer.created_at.desc(), Customer.id.desc())
        .limit(limit)
    )
    if not any_channel:
        query = query.where(_channel_is(w.c.channel_id, channel_id))
    if metric == TRIALS:
        query = query.where(metrics.attended(Customer.id))
    local = LocalDates()
    shares: dict[int, CustomerBehind] = {}
    for cid, name, created, status, k, n, revenue in session.execute(query):
        share = Fraction(int(k), int(n))
        before = shares.get(cid)
        if before is not None:  # any_channel: a customer's shares of several channels
            share += before.share
        shares[cid] = CustomerBehind(
            cid,
            name,
            local(created),
            status,
            share,
            int(revenue or 0) if metric == CONVERSIONS else 0,
        )
    return list(shares.values())


def costs_behind(
    session: Session, period: Period, channel_id: int | None, any_channel: bool
) -> list[CostRecord]:
    if channel_id is None and not any_channel:
        return []  # cost with no channel is no channel's cost
    channel = metrics.claim_line_channel()
    claims = (
        select(ClaimLine, Claim.number, Claim.claimant_name, Claim.id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            ClaimLine.expense_date >= period.start,
            ClaimLine.expense_date < period.end_exclusive,
            Claim.deleted_at.is_(None),
            Claim.status.in_(ClaimStatus.SPENT),
            channel.is_not(None) if any_channel else channel == channel_id,
        )
    )
    direct_channel = metrics.direct_expense_channel()
    direct = select(DirectExpense).where(
        DirectExpense.expense_date >= period.start,
        DirectExpense.expense_date < period.end_exclusive,
        direct_channel.is_not(None) if any_channel else direct_channel == channel_id,
    )
    claim_rows = session.execute(claims).all()
    expenses = list(session.scalars(direct))
    activities = metrics.activity_names_of_costs(
        session,
        [line.id for line, *_rest in claim_rows],
        [e.reversal_of_id or e.id for e in expenses],
    )
    rows = [
        CostRecord(
            "claim",
            line.expense_date,
            number,
            who,
            " ".join(x for x in (line.place, line.description) if x),
            line.amount_fen,
            claim_id,
            activities.get(("claim", line.id), ""),
        )
        for line, number, who, claim_id in claim_rows
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
            activities.get(("expense", e.reversal_of_id or e.id), ""),
        )
        for e in expenses
    ]
    rows.sort(key=lambda r: (r.date, r.reference))
    return rows
