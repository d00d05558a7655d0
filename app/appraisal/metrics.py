"""The auto KPIs: each metric is one set-based SQL aggregate over MarketDesk's
records (GROUP BY staff), and one detail query listing the records behind a
person's figure (the drill-down of issue 16 item 7).

A metric's `compute(session, period, staff_ids)` returns staff id -> actual (None
where the figure is undefined: a rate with nothing to divide by). Office-wide
metrics (all leads, the budget) give everyone the same figure. Money figures are
integer fen (the KPI's unit is "fen"); rates are ratios of integers, rounded to
two decimals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from app.appraisal.periods import Period
from app.appraisal.translation import tr
from app.appraisal.units import FEN, Figure
from app.budget.figures import year_cells
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.customers import Complaint, Customer, Enrollment, FollowUp, TrialClass

Actuals = dict[int, Figure | None]
SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")


@dataclass(frozen=True)
class TraceLine:
    """One record behind a figure."""

    kind: str  # customer | enrollment | trial | follow_up | complaint | claim_line | expense
    record_id: int
    day: dt.date | None
    text: str
    value: Figure | None = None
    unit: str = ""  # FEN: value is integer fen


@dataclass(frozen=True)
class Metric:
    code: str
    compute: Callable[[Session, Period, Collection[int]], Actuals]
    trace: Callable[[Session, Period, int], list[TraceLine]]
    query: Callable[[], str]  # what the figure counts, shown in the UI


def _count(rows: Iterable[Any]) -> Actuals:
    """(staff, n) rows; records of no one (staff NULL) are nobody's figure."""
    return {int(staff): float(n or 0) for staff, n in rows if staff is not None}


def _rate(rows: Iterable[Any]) -> Actuals:
    """(staff, part, whole) rows -> part / whole × 100, None when whole is 0."""
    return {
        int(staff): (round(float(part or 0) * 100 / float(whole), 2) if whole else None)
        for staff, part, whole in rows
        if staff is not None
    }


def _fill(actuals: Actuals, staff_ids: Collection[int], empty: float | None) -> Actuals:
    """Every person gets a figure: `empty` when the query had no row for them."""
    return {sid: actuals.get(sid, empty) for sid in staff_ids}


def _among(query: SelectT, column: Any, staff_ids: Collection[int]) -> SelectT:
    return query.where(column.in_(list(staff_ids))) if len(staff_ids) < 500 else query


# --- customers -----------------------------------------------------------------------


def _new_customers(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    a, b = p.utc_bounds()
    q = (
        select(Customer.owner_id, func.count())
        .where(Customer.created_at >= a, Customer.created_at < b, Customer.deleted_at.is_(None))
        .group_by(Customer.owner_id)
    )
    return _fill(_count(session.execute(_among(q, Customer.owner_id, staff_ids))), staff_ids, 0.0)


def _trace_customers(session: Session, p: Period, staff_id: int | None) -> list[TraceLine]:
    a, b = p.utc_bounds()
    q = select(Customer.id, Customer.created_at, Customer.name, Customer.school).where(
        Customer.created_at >= a, Customer.created_at < b, Customer.deleted_at.is_(None)
    )
    if staff_id is not None:
        q = q.where(Customer.owner_id == staff_id)
    rows = session.execute(q.order_by(Customer.created_at).limit(5000))
    return [
        TraceLine("customer", i, at.astimezone().date(), f"{name} {school}".strip())
        for i, at, name, school in rows
    ]


def _office_leads(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    a, b = p.utc_bounds()
    n = session.scalar(
        select(func.count()).where(
            Customer.created_at >= a, Customer.created_at < b, Customer.deleted_at.is_(None)
        )
    )
    return dict.fromkeys(staff_ids, float(n or 0))


def _profile_completeness(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    a, b = p.utc_bounds()
    complete = and_(
        Customer.school != "",
        Customer.grade != "",
        Customer.channel_id.is_not(None),
        (Customer.mobile.is_not(None)) | (Customer.guardian_phone.is_not(None)),
    )
    q = (
        select(
            FollowUp.staff_id,
            func.count(func.distinct(case((complete, Customer.id)))),
            func.count(func.distinct(Customer.id)),
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.done.is_(True), FollowUp.done_at >= a, FollowUp.done_at < b)
        .where(Customer.deleted_at.is_(None))
        .group_by(FollowUp.staff_id)
    )
    return _fill(_rate(session.execute(_among(q, FollowUp.staff_id, staff_ids))), staff_ids, None)


def _trace_profiles(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    a, b = p.utc_bounds()
    q = (
        select(
            Customer.id,
            Customer.name,
            Customer.school,
            Customer.grade,
            Customer.channel_id,
            Customer.mobile,
            Customer.guardian_phone,
        )
        .join(FollowUp, FollowUp.customer_id == Customer.id)
        .where(FollowUp.staff_id == staff_id, FollowUp.done.is_(True))
        .where(FollowUp.done_at >= a, FollowUp.done_at < b, Customer.deleted_at.is_(None))
        .distinct()
        .order_by(Customer.id)
        .limit(5000)
    )
    lines = []
    for cid, name, school, grade, channel, mobile, guardian in session.execute(q):
        missing = [
            label
            for label, ok in (
                (tr("school"), bool(school)),
                (tr("grade"), bool(grade)),
                (tr("channel"), channel is not None),
                (tr("phone"), mobile is not None or guardian is not None),
            )
            if not ok
        ]
        text = name + (" — " + tr("missing: %s") % ", ".join(missing) if missing else "")
        lines.append(TraceLine("customer", cid, None, text, 0.0 if missing else 1.0))
    return lines


# --- enrollments and trials ----------------------------------------------------------


def _enrollments(
    session: Session, p: Period, staff_ids: Collection[int]
) -> dict[int, tuple[int, int]]:
    """Staff -> (count, amount in fen): one query for the three KPIs that use it
    (kept in the session for the run's transaction)."""
    key = ("appraisal.enrollments", p.text, tuple(sorted(staff_ids)))
    cached = session.info.get(key)
    if cached is None:
        cached = session.info[key] = _enrollments_query(session, p, staff_ids)
    return dict(cached)


def _enrollments_query(
    session: Session, p: Period, staff_ids: Collection[int]
) -> dict[int, tuple[int, int]]:
    q = (
        select(
            Enrollment.owner_id,
            func.count(),
            func.sum(Enrollment.amount_fen - Enrollment.discount_fen),
        )
        .where(Enrollment.enrolled_on >= p.start, Enrollment.enrolled_on < p.end)
        .group_by(Enrollment.owner_id)
    )
    rows = session.execute(_among(q, Enrollment.owner_id, staff_ids))
    return {int(s): (int(n), int(fen or 0)) for s, n, fen in rows if s is not None}


def _enrollment_count(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    found = _enrollments(session, p, staff_ids)
    return {sid: float(found.get(sid, (0, 0))[0]) for sid in staff_ids}


def _sales_amount(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    found = _enrollments(session, p, staff_ids)
    return {sid: found.get(sid, (0, 0))[1] for sid in staff_ids}  # integer fen


def _trace_enrollments(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    q = (
        select(
            Enrollment.id,
            Enrollment.enrolled_on,
            Customer.name,
            Enrollment.amount_fen - Enrollment.discount_fen,
        )
        .join(Customer, Customer.id == Enrollment.customer_id)
        .where(Enrollment.owner_id == staff_id)
        .where(Enrollment.enrolled_on >= p.start, Enrollment.enrolled_on < p.end)
        .order_by(Enrollment.enrolled_on)
    )
    return [
        TraceLine("enrollment", i, day, name, int(fen), FEN)
        for i, day, name, fen in session.execute(q)
    ]


def _trials_attended(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    a, b = p.utc_bounds()
    q = (
        select(TrialClass.staff_id, func.count())
        .where(TrialClass.status == "attended")
        .where(TrialClass.scheduled_at >= a, TrialClass.scheduled_at < b)
        .group_by(TrialClass.staff_id)
    )
    return _fill(_count(session.execute(_among(q, TrialClass.staff_id, staff_ids))), staff_ids, 0.0)


def _trace_trials(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    a, b = p.utc_bounds()
    q = (
        select(TrialClass.id, TrialClass.scheduled_at, Customer.name)
        .join(Customer, Customer.id == TrialClass.customer_id)
        .where(TrialClass.staff_id == staff_id, TrialClass.status == "attended")
        .where(TrialClass.scheduled_at >= a, TrialClass.scheduled_at < b)
        .order_by(TrialClass.scheduled_at)
    )
    return [
        TraceLine("trial", i, at.astimezone().date(), name) for i, at, name in session.execute(q)
    ]


# --- claims and budgets --------------------------------------------------------------


def _claim_spend(session: Session, p: Period, staff_ids: Collection[int]) -> dict[int, int]:
    q = (
        select(Claim.claimant_staff_id, func.sum(ClaimLine.amount_fen))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(Claim.status.in_(ClaimStatus.SPENT), Claim.deleted_at.is_(None))
        .where(ClaimLine.expense_date >= p.start, ClaimLine.expense_date < p.end)
        .group_by(Claim.claimant_staff_id)
    )
    rows = session.execute(_among(q, Claim.claimant_staff_id, staff_ids))
    return {int(s): int(fen or 0) for s, fen in rows if s is not None}


def _expense_rate(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    spend = _claim_spend(session, p, staff_ids)
    sales = _enrollments(session, p, staff_ids)
    out: Actuals = {}
    for sid in staff_ids:
        spent, sold = spend.get(sid, 0), sales.get(sid, (0, 0))[1]
        out[sid] = round(spent * 100 / sold, 2) if sold > 0 else (0.0 if spent == 0 else None)
    return out


def _trace_expense(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    q = (
        select(ClaimLine.id, ClaimLine.expense_date, Claim.number, ClaimLine.description)
        .add_columns(ClaimLine.amount_fen)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(Claim.claimant_staff_id == staff_id, Claim.status.in_(ClaimStatus.SPENT))
        .where(Claim.deleted_at.is_(None))
        .where(ClaimLine.expense_date >= p.start, ClaimLine.expense_date < p.end)
        .order_by(ClaimLine.expense_date)
    )
    lines = [
        TraceLine("claim_line", i, day, f"{number} {text}".strip(), -int(fen), FEN)
        for i, day, number, text, fen in session.execute(q)
    ]
    return lines + _trace_enrollments(session, p, staff_id)


def _budget_control(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    budget = spend = 0
    for year, months in p.year_months():
        for cell in year_cells(session, year, months=months).values():
            budget += cell.effective
            spend += cell.spend
    value = round(spend * 100 / budget, 2) if budget > 0 else None
    return dict.fromkeys(staff_ids, value)


def _trace_budget(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    claims = (
        select(ClaimLine.id, ClaimLine.expense_date, Claim.number, ClaimLine.amount_fen)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(Claim.status.in_(ClaimStatus.SPENT), Claim.deleted_at.is_(None))
        .where(ClaimLine.expense_date >= p.start, ClaimLine.expense_date < p.end)
        .order_by(ClaimLine.expense_date)
    )
    direct = (
        select(DirectExpense.id, DirectExpense.expense_date, DirectExpense.payee)
        .add_columns(DirectExpense.amount_fen)
        .where(DirectExpense.expense_date >= p.start, DirectExpense.expense_date < p.end)
        .order_by(DirectExpense.expense_date)
    )
    return [
        TraceLine("claim_line", i, day, number, int(fen), FEN)
        for i, day, number, fen in session.execute(claims)
    ] + [
        TraceLine("expense", i, day, payee, int(fen), FEN)
        for i, day, payee, fen in session.execute(direct)
    ]


# --- follow-ups and complaints -------------------------------------------------------


def _followup_completion(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    q = (
        select(
            FollowUp.staff_id,
            func.sum(case((FollowUp.done.is_(True), 1), else_=0)),
            func.count(),
        )
        .where(FollowUp.due_on >= p.start, FollowUp.due_on < p.end)
        .group_by(FollowUp.staff_id)
    )
    return _fill(_rate(session.execute(_among(q, FollowUp.staff_id, staff_ids))), staff_ids, None)


def _trace_followups_due(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    q = (
        select(FollowUp.id, FollowUp.due_on, Customer.name, FollowUp.done)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.staff_id == staff_id)
        .where(FollowUp.due_on >= p.start, FollowUp.due_on < p.end)
        .order_by(FollowUp.due_on)
    )
    return [
        TraceLine("follow_up", i, day, name + ("" if done else " — " + tr("not done")), float(done))
        for i, day, name, done in session.execute(q)
    ]


def _followup_satisfaction(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    a, b = p.utc_bounds()
    q = (
        select(FollowUp.staff_id, func.avg(FollowUp.satisfaction))
        .where(FollowUp.done.is_(True), FollowUp.satisfaction.is_not(None))
        .where(FollowUp.done_at >= a, FollowUp.done_at < b)
        .group_by(FollowUp.staff_id)
    )
    rows = session.execute(_among(q, FollowUp.staff_id, staff_ids))
    found = {int(s): round(float(v), 2) for s, v in rows if s is not None and v is not None}
    return _fill(dict(found), staff_ids, None)


def _trace_satisfaction(session: Session, p: Period, staff_id: int) -> list[TraceLine]:
    a, b = p.utc_bounds()
    q = (
        select(FollowUp.id, FollowUp.done_at, Customer.name, FollowUp.satisfaction)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(FollowUp.staff_id == staff_id, FollowUp.done.is_(True))
        .where(FollowUp.satisfaction.is_not(None))
        .where(FollowUp.done_at >= a, FollowUp.done_at < b)
        .order_by(FollowUp.done_at)
    )
    return [
        TraceLine("follow_up", i, at.astimezone().date() if at else None, name, float(s or 0))
        for i, at, name, s in session.execute(q)
    ]


def _complaints(session: Session, p: Period, staff_ids: Collection[int], part: Any) -> Actuals:
    a, b = p.utc_bounds()
    q = (
        select(Complaint.handler_id, func.sum(case((part, 1), else_=0)), func.count())
        .where(Complaint.received_at >= a, Complaint.received_at < b)
        .group_by(Complaint.handler_id)
    )
    rows = session.execute(_among(q, Complaint.handler_id, staff_ids))
    return _fill(_rate(rows), staff_ids, None)


ON_TIME = and_(
    Complaint.responded_at.is_not(None), Complaint.responded_at <= Complaint.response_deadline
)
RESOLVED = Complaint.status.in_(("resolved", "closed"))


def _complaint_timeliness(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    return _complaints(session, p, staff_ids, ON_TIME)


def _complaint_resolution(session: Session, p: Period, staff_ids: Collection[int]) -> Actuals:
    return _complaints(session, p, staff_ids, RESOLVED)


def _trace_complaints(
    session: Session, p: Period, staff_id: int, part: Any, failing: Callable[[], str]
) -> list[TraceLine]:
    a, b = p.utc_bounds()
    q = (
        select(Complaint.id, Complaint.received_at, Customer.name, Complaint.category)
        .add_columns(case((part, 1), else_=0))
        .join(Customer, Customer.id == Complaint.customer_id)
        .where(Complaint.handler_id == staff_id)
        .where(Complaint.received_at >= a, Complaint.received_at < b)
        .order_by(Complaint.received_at)
    )
    return [
        TraceLine(
            "complaint",
            i,
            at.astimezone().date(),
            f"{name} {category}".strip() + ("" if ok else " — " + failing()),
            float(ok),
        )
        for i, at, name, category, ok in session.execute(q)
    ]


METRICS: dict[str, Metric] = {
    m.code: m
    for m in [
        Metric(
            "new_customers",
            _new_customers,
            _trace_customers,
            lambda: tr("Customers created in the period whose owner is the person (not deleted)."),
        ),
        Metric(
            "office_leads",
            _office_leads,
            lambda s, p, _sid: _trace_customers(s, p, None),
            lambda: tr("All new leads created in the period, whoever owns them (not deleted)."),
        ),
        Metric(
            "profile_completeness",
            _profile_completeness,
            _trace_profiles,
            lambda: tr(
                "Of the customers the person followed up in the period, the share whose "
                "school, grade, channel and a phone are filled in (%)."
            ),
        ),
        Metric(
            "enrollment_count",
            _enrollment_count,
            _trace_enrollments,
            lambda: tr("Enrollments in the period whose owner is the person."),
        ),
        Metric(
            "sales_amount",
            _sales_amount,
            _trace_enrollments,
            lambda: tr("Sum of amount less discount of the person's enrollments (yuan)."),
        ),
        Metric(
            "trials_attended",
            _trials_attended,
            _trace_trials,
            lambda: tr("Trial classes in the period with the person, marked attended."),
        ),
        Metric(
            "expense_rate",
            _expense_rate,
            _trace_expense,
            lambda: tr(
                "The person's finance-approved or paid claim lines dated in the period, "
                "as % of the person's enrollment amounts."
            ),
        ),
        Metric(
            "budget_control",
            _budget_control,
            _trace_budget,
            lambda: tr(
                "Spend (approved and paid claim lines, direct expenses) as % of the "
                "effective budget of the period's months."
            ),
        ),
        Metric(
            "followup_completion",
            _followup_completion,
            _trace_followups_due,
            lambda: tr("Of the person's follow-ups due in the period, the share done (%)."),
        ),
        Metric(
            "followup_satisfaction",
            _followup_satisfaction,
            _trace_satisfaction,
            lambda: tr("Mean satisfaction (1-5) of the person's follow-ups done in the period."),
        ),
        Metric(
            "complaint_timeliness",
            _complaint_timeliness,
            lambda s, p, sid: _trace_complaints(s, p, sid, ON_TIME, lambda: tr("late")),
            lambda: tr(
                "Of the complaints received in the period and handled by the person, the "
                "share answered by the response deadline (%)."
            ),
        ),
        Metric(
            "complaint_resolution",
            _complaint_resolution,
            lambda s, p, sid: _trace_complaints(s, p, sid, RESOLVED, lambda: tr("unresolved")),
            lambda: tr(
                "Of the complaints received in the period and handled by the person, the "
                "share resolved or closed (%)."
            ),
        ),
    ]
}
