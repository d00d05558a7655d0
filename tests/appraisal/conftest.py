"""An office with people in sales, service and market, one account per role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from tests.conftest import make_actors

OCT = dt.datetime(2026, 10, 10, 12, 0, tzinfo=dt.UTC)


@dataclass
class Office:
    services: object
    actors: dict
    staff: dict  # role or name -> staff id
    departments: dict  # code -> id


def _set_staff(session, staff_id, department_id, position):
    from db.models.staff import Staff

    row = session.get(Staff, staff_id)
    row.department_id = department_id
    row.position = position


@pytest.fixture
def office(services):
    from app.context import Actor
    from app.staff.service import StaffInput
    from db.models.staff import Department

    actors = make_actors(services)
    cli = Actor.command_line()
    with services.db.session() as s, s.begin():
        deps = {d.code: d.id for d in s.scalars(select(Department)) if d.code}
        _set_staff(s, actors["manager"].staff_id, deps["sales"], "销售主管")
        _set_staff(s, actors["staff"].staff_id, deps["sales"], "销售代表")
        _set_staff(s, actors["service"].staff_id, deps["service"], "客服专员")
    other = services.staff.create_staff(
        cli, StaffInput(name="市场甲", department_id=deps["market"], position="市场专员")
    )
    colleague = services.staff.create_staff(
        cli, StaffInput(name="销售乙", department_id=deps["sales"], position="销售代表")
    )
    staff = {role: a.staff_id for role, a in actors.items()}
    staff.update(market=other.id, colleague=colleague.id)
    services.appraisal.ensure_library(cli)
    return Office(services, actors, staff, deps)


def add_customers(db, owner_id, n, at=OCT):
    from db.models.customers import Customer

    with db.session() as s, s.begin():
        for i in range(n):
            s.add(
                Customer(name=f"客户{owner_id}-{i}-{at.minute}", owner_id=owner_id, created_at=at)
            )


def add_enrollment(db, owner_id, fen, day=dt.date(2026, 10, 12)):
    from db.models.customers import Customer, Enrollment

    with db.session() as s, s.begin():
        c = Customer(name="报名客户", owner_id=owner_id, created_at=OCT - dt.timedelta(days=90))
        s.add(c)
        s.flush()
        s.add(Enrollment(customer_id=c.id, owner_id=owner_id, enrolled_on=day, amount_fen=fen))


def counts(db):
    """Rows of every appraisal table and of the audit log (for "writes nothing")."""
    from db.models import appraisal as m
    from db.models.audit import AuditEntry

    tables = [
        m.AppraisalKpi,
        m.AppraisalTemplate,
        m.AppraisalTemplateItem,
        m.AppraisalTarget,
        m.AppraisalRun,
        m.AppraisalResult,
        m.AppraisalScore,
        AuditEntry,
    ]
    with db.session() as s:
        return {t.__name__: s.scalar(select(func.count()).select_from(t)) for t in tables}


def kpi_id(services, code):
    return next(k.id for k in services.appraisal.list_kpis(services_actor()) if k.code == code)


def services_actor():
    from app.context import Actor

    return Actor.command_line()
