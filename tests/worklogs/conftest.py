"""Worklogs fixtures: the manager and a staff member in sales with a colleague
(no account), customer service in another department; a month (November 2026)
of customers, follow-ups, trials, enrollments and claims whose figures are
computed by hand in the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.staff.service import StaffInput
from db.models.audit import AuditEntry
from db.models.budget import ExpenseCategory
from db.models.budget_claims import Claim, ClaimLine
from db.models.customers import Customer, Enrollment, FollowUp, TrialClass
from db.models.staff import Department
from db.models.worklogs import DailyLog, WorkReport

TODAY = dt.date(2026, 12, 2)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    """A local time of a day, aware (timestamps are stored in UTC)."""
    return dt.datetime(day.year, day.month, day.day, hour).astimezone()


D = dt.date


@dataclass
class People:
    sales: int
    service: int
    manager: int
    staff: int
    service_staff: int
    colleague: int
    other: int


def _move(services, staff_id: int, department_id: int) -> None:
    cli = Actor.command_line()
    row = services.staff.get_staff(cli, staff_id)
    services.staff.update_staff(
        cli, staff_id, row.version, StaffInput(name=row.name, department_id=department_id)
    )


@pytest.fixture
def people(services, actors) -> People:
    services.worklogs.today = lambda: TODAY
    cli = Actor.command_line()
    with services.db.session() as session:
        depts = {d.code: d.id for d in session.scalars(select(Department))}
    _move(services, actors["manager"].staff_id, depts["sales"])
    _move(services, actors["staff"].staff_id, depts["sales"])
    _move(services, actors["service"].staff_id, depts["service"])
    colleague = services.staff.create_staff(
        cli, StaffInput(name="李四", department_id=depts["sales"])
    )
    other = services.staff.create_staff(
        cli, StaffInput(name="王五", department_id=depts["service"])
    )
    return People(
        sales=depts["sales"],
        service=depts["service"],
        manager=actors["manager"].staff_id,
        staff=actors["staff"].staff_id,
        service_staff=actors["service"].staff_id,
        colleague=colleague.id,
        other=other.id,
    )


@pytest.fixture
def month_data(services, actors, people) -> People:
    """November 2026 (see the expected figures in test_figures.py)."""
    s, c, o = people.staff, people.colleague, people.other
    with services.db.session() as session, session.begin():

        def customer(owner, day, deleted=False):
            row = Customer(name=f"客户{owner}-{day}", owner_id=owner, created_at=at(day))
            if deleted:
                row.deleted_at = at(day, 15)
            session.add(row)
            session.flush()
            return row.id

        a = customer(s, D(2026, 11, 3))
        b = customer(s, D(2026, 11, 3))
        customer(s, D(2026, 10, 31))
        customer(s, D(2026, 11, 10), deleted=True)
        k = customer(c, D(2026, 11, 5))
        customer(o, D(2026, 11, 6))

        def follow_up(staff, cust, day, method="phone", done=True, content=""):
            session.add(
                FollowUp(
                    customer_id=cust,
                    staff_id=staff,
                    due_on=day,
                    method=method,
                    content=content,
                    done=done,
                    done_at=at(day) if done else None,
                )
            )

        follow_up(s, a, D(2026, 11, 3), content="约了周六试听")
        follow_up(s, b, D(2026, 11, 3))
        follow_up(s, a, D(2026, 11, 3), "wechat")
        follow_up(s, b, D(2026, 11, 4), "visit")
        follow_up(s, a, D(2026, 11, 5), done=False)
        follow_up(s, a, D(2026, 12, 1))
        follow_up(c, k, D(2026, 11, 3))

        def trial(staff, cust, day, status):
            session.add(
                TrialClass(customer_id=cust, staff_id=staff, scheduled_at=at(day), status=status)
            )

        trial(s, a, D(2026, 11, 3), "attended")
        trial(s, b, D(2026, 11, 3), "no_show")
        trial(s, b, D(2026, 12, 1), "attended")
        trial(c, k, D(2026, 11, 4), "attended")

        def enrol(owner, cust, day, fen):
            session.add(
                Enrollment(customer_id=cust, owner_id=owner, enrolled_on=day, amount_fen=fen)
            )

        enrol(s, a, D(2026, 11, 3), 300000)
        enrol(s, b, D(2026, 11, 20), 150000)
        enrol(s, b, D(2026, 10, 30), 99900)
        enrol(c, k, D(2026, 11, 4), 200000)

        category = ExpenseCategory(name="交通费")
        session.add(category)
        session.flush()
        seq = iter(range(1, 100))

        def claim(staff, status, *lines):
            n = next(seq)
            row = Claim(
                number=f"BX2026{n:04d}",
                year=2026,
                seq=n,
                claim_date=D(2026, 11, 30),
                claimant_user_id=actors["staff"].user_id,
                claimant_staff_id=staff,
                claimant_name="x",
                status=status,
            )
            session.add(row)
            session.flush()
            for day, fen in lines:
                session.add(
                    ClaimLine(
                        claim_id=row.id, expense_date=day, category_id=category.id, amount_fen=fen
                    )
                )

        claim(s, "finance_approved", (D(2026, 11, 2), 12000), (D(2026, 11, 15), 3000))
        claim(s, "draft", (D(2026, 11, 3), 5000))
        claim(s, "paid", (D(2026, 10, 31), 7000))
        claim(c, "paid", (D(2026, 11, 8), 4000))
    return people


def counts(services) -> tuple[int, ...]:
    """Rows of every table a worklogs write touches, and the versions of its rows."""
    with services.db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(WorkReport)),
            session.scalar(select(func.count()).select_from(DailyLog)),
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.coalesce(func.sum(WorkReport.version), 0))),
            session.scalar(select(func.coalesce(func.sum(DailyLog.version), 0))),
        )
