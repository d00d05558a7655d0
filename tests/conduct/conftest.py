"""Conduct fixtures: the manager and a staff member in the sales department, customer
service in another, and two people without accounts (one per department)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.staff.service import StaffInput
from db.models.audit import AuditEntry
from db.models.conduct import ConductAttachment, ConductImportMapping, ConductRecord
from db.models.staff import Department

TODAY = dt.date(2026, 11, 20)


@dataclass
class People:
    sales: int  # department ids
    service: int
    manager: int  # staff ids
    staff: int
    service_staff: int
    colleague: int  # sales, no account
    other: int  # service department, no account


def _move(services, staff_id: int, department_id: int) -> None:
    cli = Actor.command_line()
    row = services.staff.get_staff(cli, staff_id)
    services.staff.update_staff(
        cli, staff_id, row.version, StaffInput(name=row.name, department_id=department_id)
    )


@pytest.fixture
def people(services, actors) -> People:
    services.conduct.today = lambda: TODAY
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


def counts(services) -> tuple[int, ...]:
    """Rows of every table a conduct write touches, and the versions of the records."""
    with services.db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(ConductRecord)),
            session.scalar(select(func.count()).select_from(ConductAttachment)),
            session.scalar(select(func.count()).select_from(ConductImportMapping)),
            session.scalar(select(func.count()).select_from(AuditEntry)),
            session.scalar(select(func.coalesce(func.sum(ConductRecord.version), 0))),
        )
