"""The meetings' workbench items (app.work_items): minutes waiting for the host's
signature, distributed minutes the actor has not confirmed reading, minutes the
recorder still owes for a meeting that took place, and the actor's open action
items (FollowUpService.open_action_items). Confidential meetings follow scope.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.context import Actor
from app.entities import kind
from app.meetings import scope
from app.meetings.permissions import MeetingPermission
from app.meetings.translation import tr
from app.work_items import Section, WorkItem
from db.models.meetings import Meeting, MeetingInvitee, MinutesStatus


def _day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    sid = actor.staff_id
    if sid is None or not actor.can(MeetingPermission.VIEW):
        return []
    meeting = kind(Meeting)
    found: list[WorkItem] = []
    with services.meetings.read(actor, MeetingPermission.VIEW) as session:
        visible = scope.visible_condition(actor)

        def query(*where: Any) -> list[Meeting]:
            q = select(Meeting).where(Meeting.cancelled.is_(False), *where)
            if visible is not None:
                q = q.where(visible)
            return list(session.scalars(q.order_by(Meeting.starts_at, Meeting.id)))

        to_sign = (Meeting.host_staff_id == sid, Meeting.minutes_status == MinutesStatus.SUBMITTED)
        for m in query(*to_sign):
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("Minutes to sign: %s") % m.title,
                    _day(m.starts_at).isoformat(),
                    kind=meeting,
                    record_id=m.id,
                )
            )
        unread = select(MeetingInvitee.meeting_id).where(
            MeetingInvitee.staff_id == sid, MeetingInvitee.read_at.is_(None)
        )
        for m in query(Meeting.minutes_status == MinutesStatus.DISTRIBUTED, Meeting.id.in_(unread)):
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("Minutes to read and confirm: %s") % m.title,
                    _day(m.starts_at).isoformat(),
                    kind=meeting,
                    record_id=m.id,
                )
            )
        held = dt.datetime.now(dt.UTC)
        for m in query(
            Meeting.recorder_staff_id == sid,
            Meeting.minutes_status == MinutesStatus.DRAFT,
            Meeting.starts_at <= held,
        ):
            day = _day(m.starts_at)
            found.append(
                WorkItem(
                    Section.REPORTS,
                    tr("Minutes to write: %s") % m.title,
                    m.return_note and tr("Returned: %s") % m.return_note,
                    due=day,
                    kind=meeting,
                    record_id=m.id,
                )
            )
    for item in services.meeting_followup.open_action_items(actor):
        found.append(
            WorkItem(
                Section.ACTIONS,
                item.text,
                tr("From the meeting: %s") % item.meeting_title,
                due=item.due_on,
                overdue=item.due_on is not None and item.due_on < today,
                kind=meeting,
                record_id=item.meeting_id,
            )
        )
    return found
