"""The customer database's risk warnings (app/risk_kit.py).

- Complaints past their deadlines, two warnings of the week listing the complaints
  behind them (each complaint in one of them, the response's when both are late;
  the workbench lists each complaint to its handler):
  - response: no response yet (not closed) and the response deadline passed by more
    than `risks.complaint_response_hours` whole hours (critical: a customer waits);
  - resolution: neither resolved nor closed more than
    `risks.complaint_resolution_days` whole days after it was received.
  The figure is the longest wait; an acknowledged one comes back when that grows by
  a step (a day; the set days) or in a new week.
- A lead pool growing uncontacted: new leads (status new, never contacted) older
  than `risks.lead_uncontacted_days` days; more of them than
  `risks.lead_uncontacted_count` is a warning (critical from twice that). The
  warning names last week's figure (leads that were waiting as long a week ago and
  had not been contacted by then; approximate, as a customer keeps only the time of
  the latest contact) and belongs to the ISO week, so a new week asks
  again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select

from app.context import Actor
from app.customers.permissions import CustomerPermission
from app.customers.pipeline import ComplaintStatus, Status
from app.customers.translation import tr
from app.risk_kit import RiskFinding, RiskRule, Severity, Unit, escalated, moment, read_session
from db.models.customers import Complaint, Customer

RESPONSE_HOURS = "risks.complaint_response_hours"
RESOLUTION_DAYS = "risks.complaint_resolution_days"
UNCONTACTED_DAYS = "risks.lead_uncontacted_days"
UNCONTACTED_COUNT = "risks.lead_uncontacted_count"
# The leads listed behind the pool warning (oldest first); the count covers all.
RECORDS_LISTED = 200
HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)


def _week(today: dt.date) -> str:
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def _complaint_label(customer: str, received: dt.datetime) -> str:
    """The customer and the local day the complaint came in."""
    return f"{customer} · {received.astimezone():%Y-%m-%d}"


def complaint_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    now = moment(today)
    grace = thresholds[RESPONSE_HOURS]
    days = thresholds[RESOLUTION_DAYS]
    with read_session(services, actor, CustomerPermission.VIEW_ALL_CUSTOMERS) as session:
        waiting = session.execute(
            select(Complaint.id, Complaint.response_deadline, Customer.name, Complaint.received_at)
            .join(Customer, Customer.id == Complaint.customer_id)
            .where(
                Complaint.responded_at.is_(None),
                Complaint.status != ComplaintStatus.CLOSED,
                Complaint.response_deadline < now - grace * HOUR,
                Customer.deleted_at.is_(None),
            )
            .order_by(Complaint.response_deadline, Complaint.id)
        ).all()
        unresolved = session.execute(
            select(Complaint.id, Complaint.received_at, Customer.name)
            .join(Customer, Customer.id == Complaint.customer_id)
            .where(
                Complaint.resolved_at.is_(None),
                Complaint.closed_at.is_(None),
                Complaint.status.in_([ComplaintStatus.RECEIVED, ComplaintStatus.HANDLING]),
                Complaint.received_at < now - days * DAY,
                Customer.deleted_at.is_(None),
            )
            .order_by(Complaint.received_at, Complaint.id)
        ).all()
    # Each complaint shown by its customer and the day it came in.
    labels = {i: _complaint_label(name, received) for i, _due, name, received in waiting}
    labels.update({i: _complaint_label(name, received) for i, received, name in unresolved})
    # Whole hours (days) late, the most late first; the SQL bound is only a pre-filter.
    late = [(i, (now - deadline) // HOUR) for i, deadline, _name, _received in waiting]
    late = [(i, hours) for i, hours in late if hours > grace]
    unanswered = {i for i, _hours in late}
    open_ = [(i, (now - received) // DAY) for i, received, _name in unresolved]
    # One warning a complaint: a missing response says more than the open case.
    open_ = [(i, d) for i, d in open_ if d > days and i not in unanswered]
    findings = []
    if late:
        worst = late[0][1]
        findings.append(
            RiskFinding(
                rule=COMPLAINT_RULE.key,
                subject=f"complaints:response:{_week(today)}",
                severity=Severity.CRITICAL,
                message=(
                    tr("Complaints without a response past the deadline: %d (the longest %d hours)")  # noqa: E501
                    % (len(late), worst)
                    if worst < 48
                    else tr(
                        "Complaints without a response past the deadline: %d (the longest %d days)"
                    )  # noqa: E501
                    % (len(late), worst // 24)
                ),
                records=tuple(("complaints", i) for i, _h in late[:RECORDS_LISTED]),
                labels=tuple(labels[i] for i, _h in late[:RECORDS_LISTED]),
                figure=Decimal(worst),
                threshold=Decimal(grace),
                unit=Unit.HOURS,
                step=Decimal(24),
            )
        )
    if open_:
        worst = open_[0][1]
        findings.append(
            RiskFinding(
                rule=COMPLAINT_RULE.key,
                subject=f"complaints:resolution:{_week(today)}",
                severity=escalated(Decimal(worst), Decimal(days)),
                message=tr("Complaints unresolved after more than %d days: %d (the oldest %d days)")
                % (days, len(open_), worst),
                records=tuple(("complaints", i) for i, _d in open_[:RECORDS_LISTED]),
                labels=tuple(labels[i] for i, _d in open_[:RECORDS_LISTED]),
                figure=Decimal(worst),
                threshold=Decimal(days),
                unit=Unit.DAYS,
                step=Decimal(max(days, 1)),
            )
        )
    return findings


def waiting_leads_filter(now: dt.datetime, days: int) -> Any:
    return and_(
        Customer.status == Status.NEW,
        Customer.last_contact_at.is_(None),
        Customer.created_at < now - days * DAY,
        Customer.deleted_at.is_(None),
    )


def lead_pool_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    now = moment(today)
    days = thresholds[UNCONTACTED_DAYS]
    limit = thresholds[UNCONTACTED_COUNT]
    week_ago = now - 7 * DAY
    with read_session(services, actor, CustomerPermission.VIEW_ALL_CUSTOMERS) as session:
        count = session.scalar(
            select(func.count()).select_from(Customer).where(waiting_leads_filter(now, days))
        )
        if not count or count <= limit:
            return []
        # A week ago: as old then, and not contacted by then: still waiting now, or
        # contacted since (two counts, each answered from an index).
        then = week_ago - days * DAY
        still = session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(waiting_leads_filter(now, days), Customer.created_at < then)
        )
        since = session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(
                Customer.last_contact_at >= week_ago,
                Customer.created_at < then,
                Customer.deleted_at.is_(None),
            )
        )
        before = (still or 0) + (since or 0)
        listed = session.execute(
            select(Customer.id, Customer.name)
            .where(waiting_leads_filter(now, days))
            .order_by(Customer.created_at, Customer.id)
            .limit(RECORDS_LISTED)
        ).all()
    figure = Decimal(count)
    return [
        RiskFinding(
            rule=LEAD_POOL_RULE.key,
            subject=f"leads:uncontacted:{_week(today)}",
            severity=escalated(figure, Decimal(limit)),
            message=tr("%d new leads waiting more than %d days for a first contact (%d a week ago)")
            % (count, days, before or 0),
            records=tuple(("customers", i) for i, _name in listed),
            labels=tuple(name for _i, name in listed),
            figure=figure,
            threshold=Decimal(limit),
            unit=Unit.COUNT,
            step=Decimal(max(limit // 4, 1)),
        )
    ]


COMPLAINT_RULE = RiskRule(
    key="customers.complaints_overdue",
    title=lambda: tr("Complaints past their deadlines"),
    thresholds={RESPONSE_HOURS: 0, RESOLUTION_DAYS: 7},
    evaluate=complaint_findings,
    needs=CustomerPermission.VIEW_ALL_CUSTOMERS,
    description=lambda: tr(
        "Complaints with no response past the response deadline, or unresolved after the set days."  # noqa: E501
    ),
)

LEAD_POOL_RULE = RiskRule(
    key="customers.leads_uncontacted",
    title=lambda: tr("Lead pool growing uncontacted"),
    thresholds={UNCONTACTED_DAYS: 3, UNCONTACTED_COUNT: 20},
    evaluate=lead_pool_findings,
    needs=CustomerPermission.VIEW_ALL_CUSTOMERS,
    description=lambda: tr("New leads never contacted after the set days, counted."),
)

RULES = (COMPLAINT_RULE, LEAD_POOL_RULE)
