"""The figures a plan or report fills in from the data (issue 20 item 6), and the
figures of one day of a sales log (item 7). Reads only; one set-based query per
figure over the period, for one person or every member of a department.

- new leads: customers created in the period and owned by them (not deleted);
- follow-ups done: follow-ups they marked done in the period;
- trials attended: trial classes they hosted, scheduled in the period, attended;
- enrollments: enrollments they own dated in the period, count and amount (fen);
- spend: lines of their claims (finance approved or paid) with an expense date in
  the period (fen).
Days are local calendar days (timestamps are stored in UTC).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.customers.common import local_day_bounds
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus
from db.models.customers import Customer, Enrollment, FollowUp, TrialClass
from db.models.staff import Staff

SPENT = (ClaimStatus.FINANCE_APPROVED, ClaimStatus.PAID)
METHODS = ("phone", "wechat", "visit", "sms")


@dataclass(frozen=True)
class Figures:
    new_leads: int = 0
    follow_ups: int = 0
    trials_attended: int = 0
    enrollments: int = 0
    enrollment_fen: int = 0
    spend_fen: int = 0
    # The month's daily logs summed (reports only): what the author logged.
    logged_calls: int = 0
    logged_wechats: int = 0
    logged_visits: int = 0
    logged_days: int = 0

    def as_json(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Figures:
        known = {f.name for f in fields(cls)}
        return cls(**{k: int(v) for k, v in (data or {}).items() if k in known})


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month (month 0: the whole year)."""
    if month == 0:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def _who(column: Any, staff_id: int | None, department_id: int | None) -> Any:
    if staff_id is not None:
        return column == staff_id
    assert department_id is not None
    return column.in_(select(Staff.id).where(Staff.department_id == department_id))


def period_figures(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    staff_id: int | None = None,
    department_id: int | None = None,
) -> Figures:
    """The figures of one person (staff_id) or department over [start, end]."""
    if (staff_id is None) == (department_id is None):
        raise ValueError("give a staff member or a department")
    since, _ = local_day_bounds(start)
    _, until = local_day_bounds(end)
    leads = session.scalar(
        select(func.count())
        .select_from(Customer)
        .where(
            _who(Customer.owner_id, staff_id, department_id),
            Customer.created_at >= since,
            Customer.created_at < until,
            Customer.deleted_at.is_(None),
        )
    )
    follow_ups = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(
            _who(FollowUp.staff_id, staff_id, department_id),
            FollowUp.done.is_(True),
            FollowUp.done_at >= since,
            FollowUp.done_at < until,
        )
    )
    trials = session.scalar(
        select(func.count())
        .select_from(TrialClass)
        .where(
            _who(TrialClass.staff_id, staff_id, department_id),
            TrialClass.status == "attended",
            TrialClass.scheduled_at >= since,
            TrialClass.scheduled_at < until,
        )
    )
    enrolled, amount = session.execute(
        select(func.count(), func.coalesce(func.sum(Enrollment.amount_fen), 0)).where(
            _who(Enrollment.owner_id, staff_id, department_id),
            Enrollment.enrolled_on >= start,
            Enrollment.enrolled_on <= end,
        )
    ).one()
    spend = session.scalar(
        select(func.coalesce(func.sum(ClaimLine.amount_fen), 0))
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            _who(Claim.claimant_staff_id, staff_id, department_id),
            Claim.status.in_(SPENT),
            Claim.deleted_at.is_(None),
            ClaimLine.expense_date >= start,
            ClaimLine.expense_date <= end,
        )
    )
    return Figures(
        new_leads=int(leads or 0),
        follow_ups=int(follow_ups or 0),
        trials_attended=int(trials or 0),
        enrollments=int(enrolled or 0),
        enrollment_fen=int(amount or 0),
        spend_fen=int(spend or 0),
    )


@dataclass(frozen=True)
class Contact:
    """One follow-up of the day: whom, how, and what came of it."""

    customer_id: int
    customer_name: str
    method: str
    content: str


@dataclass(frozen=True)
class DayFigures:
    staff_id: int
    day: dt.date
    by_method: dict[str, int] = field(default_factory=dict)  # follow-ups done per method
    trials_attended: int = 0
    trials_no_show: int = 0
    enrollments: int = 0
    enrollment_fen: int = 0
    contacts: tuple[Contact, ...] = ()

    @property
    def follow_ups(self) -> int:
        return sum(self.by_method.values())


def day_figures(session: Session, staff_ids: Iterable[int], day: dt.date) -> dict[int, DayFigures]:
    """What the data says each person did on `day` (every id gets an entry): grouped
    queries over all of them at once, so a team's day costs four queries."""
    ids = sorted(set(staff_ids))
    since, until = local_day_bounds(day)
    methods: dict[int, dict[str, int]] = {i: {} for i in ids}
    trials: dict[int, dict[str, int]] = {i: {} for i in ids}
    enrolled: dict[int, tuple[int, int]] = {}
    contacts: dict[int, list[Contact]] = {i: [] for i in ids}
    if ids:
        done_today = (
            FollowUp.staff_id.in_(ids),
            FollowUp.done.is_(True),
            FollowUp.done_at >= since,
            FollowUp.done_at < until,
        )
        for sid, method, n in session.execute(
            select(FollowUp.staff_id, FollowUp.method, func.count())
            .where(*done_today)
            .group_by(FollowUp.staff_id, FollowUp.method)
        ):
            if sid is None:  # filtered by staff id: never, but the column may be NULL
                continue
            methods[sid][method] = int(n)
        for sid, cid, name, method, content in session.execute(
            select(FollowUp.staff_id, Customer.id, Customer.name, FollowUp.method, FollowUp.content)
            .join(Customer, Customer.id == FollowUp.customer_id)
            .where(*done_today)
            .order_by(FollowUp.staff_id, FollowUp.done_at, FollowUp.id)
        ):
            if sid is None:  # filtered by staff id: never, but the column may be NULL
                continue
            contacts[sid].append(Contact(cid, name, method, content))
        for sid, status, n in session.execute(
            select(TrialClass.staff_id, TrialClass.status, func.count())
            .where(
                TrialClass.staff_id.in_(ids),
                TrialClass.scheduled_at >= since,
                TrialClass.scheduled_at < until,
            )
            .group_by(TrialClass.staff_id, TrialClass.status)
        ):
            if sid is None:  # filtered by staff id: never, but the column may be NULL
                continue
            trials[sid][status] = int(n)
        for sid, n, fen in session.execute(
            select(
                Enrollment.owner_id, func.count(), func.coalesce(func.sum(Enrollment.amount_fen), 0)
            )
            .where(Enrollment.owner_id.in_(ids), Enrollment.enrolled_on == day)
            .group_by(Enrollment.owner_id)
        ):
            if sid is None:  # filtered by staff id: never, but the column may be NULL
                continue
            enrolled[sid] = (int(n), int(fen))
    return {
        i: DayFigures(
            staff_id=i,
            day=day,
            by_method=methods[i],
            trials_attended=trials[i].get("attended", 0),
            trials_no_show=trials[i].get("no_show", 0),
            enrollments=enrolled.get(i, (0, 0))[0],
            enrollment_fen=enrolled.get(i, (0, 0))[1],
            contacts=tuple(contacts[i]),
        )
        for i in ids
    }


def logged_totals(
    session: Session,
    start: dt.date,
    end: dt.date,
    *,
    staff_id: int | None = None,
    department_id: int | None = None,
) -> dict[str, int]:
    """The daily logs of the period summed: what the month's logs roll up to."""
    from db.models.worklogs import DailyLog

    calls, wechats, visits, days = session.execute(
        select(
            func.coalesce(func.sum(DailyLog.calls), 0),
            func.coalesce(func.sum(DailyLog.wechats), 0),
            func.coalesce(func.sum(DailyLog.visits), 0),
            func.count(),
        ).where(
            _who(DailyLog.staff_id, staff_id, department_id),
            DailyLog.day >= start,
            DailyLog.day <= end,
        )
    ).one()
    return {
        "logged_calls": int(calls),
        "logged_wechats": int(wechats),
        "logged_visits": int(visits),
        "logged_days": int(days),
    }


def report_figures(
    session: Session,
    year: int,
    month: int,
    *,
    staff_id: int | None = None,
    department_id: int | None = None,
) -> Figures:
    """A plan's or report's figures: the period's data and its daily logs summed."""
    start, end = month_bounds(year, month)
    base = period_figures(session, start, end, staff_id=staff_id, department_id=department_id)
    logged = logged_totals(session, start, end, staff_id=staff_id, department_id=department_id)
    return Figures(**{**base.as_json(), **logged})
