"""Who may see a meeting: a confidential one only its invitees, host and recorder
(and the administrator); every list, search, export and print goes through here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.context import Actor
from app.errors import NotFound, PermissionDenied
from app.meetings.permissions import MeetingPermission
from app.meetings.translation import tr
from db.models.meetings import Meeting, MeetingInvitee
from db.models.staff import Staff


def visible_condition(actor: Actor) -> Any:
    """The WHERE clause of the meetings `actor` may see (None: all of them)."""
    actor.require(MeetingPermission.VIEW)
    if actor.can(MeetingPermission.VIEW_CONFIDENTIAL):
        return None
    clauses: list[Any] = [Meeting.confidential.is_(False)]
    if actor.staff_id is not None:
        clauses += [
            Meeting.host_staff_id == actor.staff_id,
            Meeting.recorder_staff_id == actor.staff_id,
            Meeting.id.in_(
                select(MeetingInvitee.meeting_id).where(MeetingInvitee.staff_id == actor.staff_id)
            ),
        ]
    return or_(*clauses)


def takes_part(actor: Actor, meeting: Meeting) -> bool:
    sid = actor.staff_id
    return sid is not None and (
        sid in (meeting.host_staff_id, meeting.recorder_staff_id)
        or any(i.staff_id == sid for i in meeting.invitees)
    )


def may_see(actor: Actor, meeting: Meeting) -> bool:
    actor.require(MeetingPermission.VIEW)
    return (
        not meeting.confidential
        or actor.can(MeetingPermission.VIEW_CONFIDENTIAL)
        or takes_part(actor, meeting)
    )


def check_visible(actor: Actor, meeting: Meeting | None) -> Meeting:
    """The meeting, if it exists and the actor may see it. A confidential meeting
    one may not see answers as if it did not exist: its title is not disclosed."""
    if meeting is None or not may_see(actor, meeting):
        raise NotFound(tr("No such meeting, or it is confidential."))
    return meeting


def staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {i: n for i, n in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids)))}


def people_of(meetings: list[Meeting]) -> set[int]:
    ids: set[int] = set()
    for m in meetings:
        ids |= {m.host_staff_id, m.recorder_staff_id}
        ids |= {i.staff_id for i in m.invitees}
        ids |= {a.owner_staff_id for a in m.action_items}
    return ids


def require_person(actor: Actor, staff_id: int, message: str) -> None:
    if actor.staff_id is None or actor.staff_id != staff_id:
        raise PermissionDenied(message)
