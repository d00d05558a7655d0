"""Meetings fixtures: the manager hosts, a staff member records, a colleague and a
service person are invited; a finance person is not. All in the sales department
but customer service, so the manager may record conduct about the sales people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.meetings.rows import NoticeInput
from app.staff.service import StaffInput
from db.models.audit import AuditEntry
from db.models.conduct import ConductRecord
from db.models.meetings import (
    Meeting,
    MeetingActionItem,
    MeetingInvitee,
    MeetingSurveyAnswer,
)
from db.models.staff import Department

PAST = dt.datetime(2026, 11, 16, 1, 30, tzinfo=dt.UTC)  # Monday 09:30 in Beijing


@dataclass
class People:
    manager: int
    staff: int
    service: int
    finance: int
    colleague: int  # sales, no account


def _move(services, staff_id: int, department_id: int) -> None:
    cli = Actor.command_line()
    row = services.staff.get_staff(cli, staff_id)
    services.staff.update_staff(
        cli, staff_id, row.version, StaffInput(name=row.name, department_id=department_id)
    )


@pytest.fixture
def people(services, actors) -> People:
    services.conduct.today = lambda: dt.date(2026, 11, 20)
    cli = Actor.command_line()
    with services.db.session() as session:
        depts = {d.code: d.id for d in session.scalars(select(Department))}
    for role in ("manager", "staff"):
        _move(services, actors[role].staff_id, depts["sales"])
    _move(services, actors["service"].staff_id, depts["service"])
    colleague = services.staff.create_staff(
        cli, StaffInput(name="李四", department_id=depts["sales"])
    )
    return People(
        manager=actors["manager"].staff_id,
        staff=actors["staff"].staff_id,
        service=actors["service"].staff_id,
        finance=actors["finance"].staff_id,
        colleague=colleague.id,
    )


def notice(p: People, **changes) -> NoticeInput:
    data = NoticeInput(
        title="周销售例会",
        starts_at=PAST,
        host_staff_id=p.manager,
        recorder_staff_id=p.staff,
        invitee_ids=(p.manager, p.staff, p.colleague, p.service),
        series="周销售例会",
        agenda="1. 上周业绩\n2. 本周计划",
        place="三楼会议室",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def counts(services) -> tuple[int, ...]:
    """Rows of every table a meetings write touches, and the meetings' versions."""
    with services.db.session() as session:
        return tuple(
            session.scalar(q)
            for q in (
                select(func.count()).select_from(Meeting),
                select(func.count()).select_from(MeetingInvitee),
                select(func.count()).select_from(MeetingActionItem),
                select(func.count()).select_from(MeetingSurveyAnswer),
                select(func.count()).select_from(ConductRecord),
                select(func.count()).select_from(AuditEntry),
                select(func.coalesce(func.sum(Meeting.version), 0)),
                select(func.count()).where(MeetingInvitee.read_at.is_not(None)),
                select(func.count()).where(MeetingActionItem.done.is_(True)),
            )
        )
