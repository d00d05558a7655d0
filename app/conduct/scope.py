"""Whose conduct records an actor may see and write (DESIGN.md section 3).

Everyone: their own. A manager: the staff of their own department, and any record
they wrote themselves. The administrator: everyone. A manager never records
about, or decides the leave of, themselves: that is their own manager's part.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from app.conduct.permissions import ConductPermission
from app.conduct.translation import tr
from app.context import Actor
from app.errors import PermissionDenied
from db.models.conduct import ConductRecord
from db.models.staff import Staff


def own_department(session: Session, actor: Actor) -> int | None:
    if actor.staff_id is None:
        return None
    return session.scalar(select(Staff.department_id).where(Staff.id == actor.staff_id))


def visible_condition(session: Session, actor: Actor) -> Any:
    """The WHERE clause of the records `actor` may see (None: all of them)."""
    actor.require(ConductPermission.VIEW_OWN)
    if actor.can(ConductPermission.VIEW_ALL):
        return None
    clauses: list[Any] = []
    if actor.staff_id is not None:
        clauses.append(ConductRecord.staff_id == actor.staff_id)
    if actor.can(ConductPermission.VIEW_DEPARTMENT):
        department = own_department(session, actor)
        if department is not None:
            clauses.append(
                ConductRecord.staff_id.in_(
                    select(Staff.id).where(Staff.department_id == department)
                )
            )
        if actor.user_id is not None:
            clauses.append(ConductRecord.recorder_user_id == actor.user_id)
    return or_(*clauses) if clauses else false()


def may_see(session: Session, actor: Actor, record: ConductRecord) -> bool:
    if actor.can(ConductPermission.VIEW_ALL):
        return True
    if actor.staff_id is not None and record.staff_id == actor.staff_id:
        return actor.can(ConductPermission.VIEW_OWN)
    if not actor.can(ConductPermission.VIEW_DEPARTMENT):
        return False
    if actor.user_id is not None and record.recorder_user_id == actor.user_id:
        return True
    return in_department(session, actor, record.staff_id)


def in_department(session: Session, actor: Actor, staff_id: int) -> bool:
    department = own_department(session, actor)
    if department is None:
        return False
    return session.scalar(select(Staff.department_id).where(Staff.id == staff_id)) == department


def check_may_manage(session: Session, actor: Actor, staff_id: int) -> None:
    """`actor` may write records about (or decide the leave of) this staff member."""
    if actor.can(ConductPermission.VIEW_ALL):
        return
    if actor.staff_id is not None and staff_id == actor.staff_id:
        raise PermissionDenied(tr("You cannot record or decide your own conduct."))
    if not in_department(session, actor, staff_id):
        raise PermissionDenied(tr("You may only manage the staff of your own department."))


def check_may_see_person(session: Session, actor: Actor, staff_id: int) -> None:
    """`actor` may see this person's record as a whole (print it)."""
    actor.require(ConductPermission.VIEW_OWN)
    if actor.can(ConductPermission.VIEW_ALL) or staff_id == actor.staff_id:
        return
    if actor.can(ConductPermission.VIEW_DEPARTMENT) and in_department(session, actor, staff_id):
        return
    raise PermissionDenied(tr("You may not see this staff member's conduct record."))
