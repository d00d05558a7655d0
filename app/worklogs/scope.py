"""Whose plans, reports and logs an actor may see, write and decide (DESIGN.md §3).

Everyone: their own. A manager: also their own department's staff and the
department's own plans and reports (which they write); they approve their staff's,
never their own. The administrator: everyone's; they approve the departments'.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import false, or_, select
from sqlalchemy.orm import Session

from app.context import Actor
from app.errors import PermissionDenied
from app.worklogs.permissions import WorklogsPermission as P
from app.worklogs.translation import tr
from db.models.staff import Staff
from db.models.worklogs import WorkReport

PERSON = "person"
DEPARTMENT = "department"


def own_department(session: Session, actor: Actor) -> int | None:
    if actor.staff_id is None:
        return None
    return session.scalar(select(Staff.department_id).where(Staff.id == actor.staff_id))


def department_of(session: Session, staff_id: int) -> int | None:
    return session.scalar(select(Staff.department_id).where(Staff.id == staff_id))


def visible_staff(session: Session, actor: Actor) -> list[int] | None:
    """Staff ids whose logs and reports the actor sees (None: everyone's)."""
    actor.require(P.VIEW_OWN)
    if actor.can(P.VIEW_ALL):
        return None
    ids = [actor.staff_id] if actor.staff_id is not None else []
    department = own_department(session, actor) if actor.can(P.VIEW_DEPARTMENT) else None
    if department is not None:
        ids = sorted(
            set(ids)
            | set(session.scalars(select(Staff.id).where(Staff.department_id == department)))
        )
    return ids


def visible_condition(session: Session, actor: Actor) -> Any:
    """WHERE clause of the plans and reports the actor sees (None: all)."""
    staff = visible_staff(session, actor)
    if staff is None:
        return None
    clauses: list[Any] = [WorkReport.staff_id.in_(staff)] if staff else []
    department = own_department(session, actor) if actor.can(P.VIEW_DEPARTMENT) else None
    if department is not None:
        clauses.append(WorkReport.department_id == department)
    return or_(*clauses) if clauses else false()


def check_may_write(session: Session, actor: Actor, report: WorkReport) -> None:
    """The author's side: write the text and submit."""
    if report.scope == PERSON:
        actor.require(P.WRITE_OWN)
        if report.staff_id != actor.staff_id:
            raise PermissionDenied(tr("Only its author can write a personal plan or report."))
        return
    actor.require(P.WRITE_DEPARTMENT)
    if actor.can(P.VIEW_ALL):
        return
    if report.department_id != own_department(session, actor):
        raise PermissionDenied(tr("You may only write your own department's plans and reports."))


def may_decide(session: Session, actor: Actor, report: WorkReport) -> bool:
    """The manager's side: approve or return (never one's own)."""
    if not actor.can(P.APPROVE):
        return False
    if report.scope == PERSON:
        if report.staff_id == actor.staff_id or report.staff_id is None:
            return False
        if actor.can(P.VIEW_ALL):
            return True
        department = own_department(session, actor)
        return department is not None and department_of(session, report.staff_id) == department
    # A department's plan is decided above the department: by the administrator.
    return actor.can(P.VIEW_ALL) and report.author_user_id != actor.user_id
