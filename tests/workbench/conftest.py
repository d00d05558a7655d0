"""Workbench fixtures: one small office on 8 December 2026 (TODAY) with something
waiting for every role. The manager and a staff member are in sales, customer
service in its own department; finance approves and pays.

What waits, and for whom (the tests spell out the expected items):
- claims: BX-1 submitted by staff (the manager's department step), BX-2 department
  approved (finance's step), BX-3 finance approved (finance pays), BX-4 the staff
  member's draft (nobody's);
- the 2027 budget plan submitted (finance), an adjustment pending (the manager);
- a marketing plan and an activity submitted (the manager);
- the staff member's leave request (the manager);
- a research plan submitted by staff (the manager); the staff member's approved plan
  whose fieldwork ended on 30 November, no report yet (staff);
- the staff member's November report submitted (the manager decides);
- customers: staff's follow-ups due 1 Dec (overdue) and today, one due tomorrow (not
  yet), a trial booked for 7 Dec (overdue) and one on 10 Dec (not yet); a complaint
  nobody handles past its response time, and one whose deadline is far ahead;
- meetings: A's minutes submitted for the manager (host) to sign; B's minutes
  distributed, not yet read by staff or service, with an action item of staff's due
  1 Dec; C held with its minutes still a draft of the recorder (staff).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.meetings.minutes import ItemInput
from app.meetings.rows import NoticeInput
from app.staff.service import StaffInput
from db.models.audit import AuditEntry
from db.models.budget import BudgetAdjustment, BudgetPlan, ExpenseCategory
from db.models.budget_claims import Claim
from db.models.campaigns import Activity, MarketingPlan
from db.models.conduct import AckState, ConductRecord
from db.models.customers import Complaint, Customer, FollowUp, TrialClass
from db.models.meetings import Meeting
from db.models.research import ResearchPlan
from db.models.staff import Department
from db.models.worklogs import WorkReport

TODAY = dt.date(2026, 12, 8)
D = dt.date
UTC = dt.UTC


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    """A local time of a day, aware (timestamps are stored in UTC)."""
    return dt.datetime(day.year, day.month, day.day, hour).astimezone()


@dataclass
class World:
    manager: int
    staff: int
    service: int
    finance: int
    customer_a: int
    customer_b: int
    customer_c: int
    claims: dict[str, int]
    meetings: dict[str, int]


def _move(services, staff_id: int, department_id: int) -> None:
    cli = Actor.command_line()
    row = services.staff.get_staff(cli, staff_id)
    services.staff.update_staff(
        cli, staff_id, row.version, StaffInput(name=row.name, department_id=department_id)
    )


def _meetings(services, actors, w: World) -> dict[str, int]:
    people = (w.manager, w.staff, w.service)

    def notice(title: str, day: dt.date) -> NoticeInput:
        return NoticeInput(
            title=title,
            starts_at=dt.datetime(day.year, day.month, day.day, 1, 30, tzinfo=UTC),
            host_staff_id=w.manager,
            recorder_staff_id=w.staff,
            invitee_ids=people,
            series="周销售例会",
        )

    m, minutes = services.meetings, services.meeting_minutes
    manager, staff = actors["manager"], actors["staff"]
    a = m.create_notice(manager, notice("例会A", D(2026, 11, 23)))
    a = minutes.save_minutes(staff, a.id, a.version, "决议A", [])
    a = minutes.submit(staff, a.id, a.version)
    b = m.create_notice(manager, notice("例会B", D(2026, 11, 16)))
    b = minutes.save_minutes(
        staff, b.id, b.version, "决议B", [ItemInput("准备地推物料", w.staff, D(2026, 12, 1))]
    )
    b = minutes.submit(staff, b.id, b.version)
    b = minutes.sign(manager, b.id, b.version)
    b = minutes.distribute(manager, b.id, b.version)
    c = m.create_notice(manager, notice("例会C", D(2026, 11, 30)))
    return {"A": a.id, "B": b.id, "C": c.id}


@pytest.fixture
def world(services, actors) -> World:
    return build_world(services, actors)


def build_world(services, actors) -> World:
    with services.db.session() as session:
        depts = {d.code: d.id for d in session.scalars(select(Department))}
    _move(services, actors["manager"].staff_id, depts["sales"])
    _move(services, actors["staff"].staff_id, depts["sales"])
    _move(services, actors["service"].staff_id, depts["service"])
    staff, manager = actors["staff"], actors["manager"]
    with services.db.session() as session, session.begin():

        def customer(name: str, owner: int) -> int:
            row = Customer(name=name, owner_id=owner)
            session.add(row)
            session.flush()
            return row.id

        a = customer("客户甲", staff.staff_id)
        b = customer("客户乙", staff.staff_id)
        c = customer("客户丙", actors["service"].staff_id)
        for day in (D(2026, 12, 1), TODAY, D(2026, 12, 9)):
            session.add(FollowUp(customer_id=a, staff_id=staff.staff_id, due_on=day))
        session.add(
            FollowUp(customer_id=a, staff_id=staff.staff_id, due_on=D(2026, 11, 1), done=True)
        )
        for day in (D(2026, 12, 7), D(2026, 12, 10)):
            session.add(TrialClass(customer_id=b, staff_id=staff.staff_id, scheduled_at=at(day)))
        session.add(
            Complaint(
                customer_id=c,
                content="老师迟到",
                received_at=dt.datetime(2026, 11, 1, tzinfo=UTC),
                response_deadline=dt.datetime(2026, 11, 2, tzinfo=UTC),
            )
        )
        session.add(
            Complaint(
                customer_id=c,
                content="教室太冷",
                received_at=dt.datetime(2026, 11, 1, tzinfo=UTC),
                response_deadline=dt.datetime(2099, 1, 1, tzinfo=UTC),
            )
        )

        claims = {}
        for n, status in enumerate(
            ("submitted", "department_approved", "finance_approved", "draft"), start=1
        ):
            row = Claim(
                number=f"BX-{n}",
                year=2026,
                seq=n,
                claim_date=D(2026, 12, n),
                claimant_user_id=staff.user_id,
                claimant_staff_id=staff.staff_id,
                claimant_name="张三",
                purpose="地推物料",
                status=status,
                total_fen=10000 * n,
            )
            session.add(row)
            session.flush()
            claims[row.number] = row.id

        category = ExpenseCategory(name="广告宣传费")
        session.add(category)
        session.flush()
        session.add(BudgetPlan(year=2027, status="submitted"))
        session.add(
            BudgetAdjustment(
                year=2026,
                month=12,
                category_id=category.id,
                amount_fen=500000,
                reason="加投广告",
                requested_by_user_id=staff.user_id,
                requested_by_name="张三",
            )
        )
        session.add(
            MarketingPlan(
                name="2027年度营销计划", period_kind="annual", year=2027, status="submitted"
            )
        )
        session.add(
            Activity(
                name="寒假班早鸟优惠",
                kind="promotion",
                status="submitted",
                starts_at=dt.datetime(2026, 12, 20, 9),
                ends_at=dt.datetime(2026, 12, 20, 17),
                owner_id=staff.staff_id,
            )
        )
        session.add(
            ConductRecord(
                staff_id=staff.staff_id,
                occurred_on=D(2026, 12, 14),
                kind="leave",
                subkind="annual",
                status="requested",
                ack_state=AckState.ACKNOWLEDGED,
                note="家庭旅行",
            )
        )
        session.add(
            ResearchPlan(
                title="竞品调研",
                author_user_id=staff.user_id,
                author_name="张三",
                starts_on=D(2026, 12, 15),
                ends_on=D(2026, 12, 31),
                status="submitted",
            )
        )
        session.add(
            ResearchPlan(
                title="家长需求调研",
                author_user_id=staff.user_id,
                author_name="张三",
                starts_on=D(2026, 11, 1),
                ends_on=D(2026, 11, 30),
                status="approved",
            )
        )
        session.add(
            WorkReport(
                owner_key=f"person:{staff.staff_id}",
                staff_id=staff.staff_id,
                department_id=depts["sales"],
                author_user_id=staff.user_id,
                author_name="张三",
                kind="report",
                scope="person",
                period="month",
                year=2026,
                month=11,
                status="submitted",
                submitted_at=at(D(2026, 12, 2)),
            )
        )
    w = World(
        manager=manager.staff_id,
        staff=staff.staff_id,
        service=actors["service"].staff_id,
        finance=actors["finance"].staff_id,
        customer_a=a,
        customer_b=b,
        customer_c=c,
        claims=claims,
        meetings={},
    )
    w.meetings = _meetings(services, actors, w)
    return w


def counts(services) -> tuple[int, ...]:
    """Rows and versions of the tables the providers read: reading writes nothing."""
    with services.db.session() as session:
        return tuple(
            session.scalar(q)
            for q in (
                select(func.count()).select_from(AuditEntry),
                select(func.coalesce(func.sum(Claim.version), 0)),
                select(func.coalesce(func.sum(Meeting.version), 0)),
                select(func.coalesce(func.sum(WorkReport.version), 0)),
                select(func.count()).select_from(WorkReport),
                select(func.coalesce(func.sum(FollowUp.version), 0)),
            )
        )
