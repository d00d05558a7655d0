"""A meeting as the services return it (rows) and take its notice (checked input)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import ValidationError
from app.meetings.translation import tr
from app.service import Changed
from db.models.meetings import Attendance, Meeting, MeetingActionItem

MAX_TITLE = 200
MAX_TEXT = 20000
MAX_INVITEES = 200


@dataclass
class NoticeInput:
    title: str
    starts_at: dt.datetime  # timezone-aware
    host_staff_id: int
    recorder_staff_id: int
    invitee_ids: tuple[int, ...] = ()
    series: str = ""
    agenda: str = ""
    place: str = ""
    minutes_planned: int = 60
    confidential: bool = False
    record_lateness: bool = False


@dataclass(frozen=True)
class InviteeRow:
    staff_id: int
    name: str
    attendance: str
    minutes_late: int
    conduct_record_id: int | None
    read_at: dt.datetime | None


@dataclass(frozen=True)
class ActionItemRow(Changed):
    id: int
    meeting_id: int
    meeting_title: str
    text: str
    owner_staff_id: int
    owner_name: str
    due_on: dt.date | None
    done: bool
    version: int


@dataclass(frozen=True)
class MeetingRow(Changed):
    id: int
    title: str
    series: str
    agenda: str
    starts_at: dt.datetime
    minutes_planned: int
    place: str
    host_staff_id: int
    host_name: str
    recorder_staff_id: int
    recorder_name: str
    confidential: bool
    record_lateness: bool
    cancelled: bool
    minutes_status: str
    decisions: str
    return_note: str
    signed_by: str
    signed_at: dt.datetime | None
    has_signature: bool
    distributed_at: dt.datetime | None
    invitees: tuple[InviteeRow, ...]
    action_items: tuple[ActionItemRow, ...]
    version: int

    def invitee(self, staff_id: int | None) -> InviteeRow | None:
        return next((i for i in self.invitees if i.staff_id == staff_id), None)

    @property
    def late_count(self) -> int:
        return sum(1 for i in self.invitees if i.attendance == Attendance.LATE)


def check_notice(data: NoticeInput) -> NoticeInput:
    title = data.title.strip()
    if not title:
        raise ValidationError("title", tr("Give the meeting a title."))
    if len(title) > MAX_TITLE:
        raise ValidationError(
            "title", tr("The title is too long (at most %d characters).") % MAX_TITLE
        )
    if data.starts_at.tzinfo is None:
        raise ValidationError("starts_at", tr("The start time needs a time zone."))
    if not 5 <= data.minutes_planned <= 24 * 60:
        raise ValidationError("minutes_planned", tr("A meeting lasts 5 minutes to 24 hours."))
    if len(data.agenda) > MAX_TEXT:
        raise ValidationError("agenda", tr("The agenda is too long."))
    invitees = tuple(dict.fromkeys(data.invitee_ids))
    if not invitees:
        raise ValidationError("invitees", tr("Invite at least one person."))
    if len(invitees) > MAX_INVITEES:
        raise ValidationError("invitees", tr("At most %d people can be invited.") % MAX_INVITEES)
    return NoticeInput(
        title=title,
        starts_at=data.starts_at,
        host_staff_id=data.host_staff_id,
        recorder_staff_id=data.recorder_staff_id,
        invitee_ids=invitees,
        series=data.series.strip()[:100],
        agenda=data.agenda.strip(),
        place=data.place.strip()[:200],
        minutes_planned=data.minutes_planned,
        confidential=data.confidential,
        record_lateness=data.record_lateness,
    )


def action_item_row(a: MeetingActionItem, names: dict[int, str], title: str) -> ActionItemRow:
    return ActionItemRow(
        id=a.id,
        meeting_id=a.meeting_id,
        meeting_title=title,
        text=a.text,
        owner_staff_id=a.owner_staff_id,
        owner_name=names.get(a.owner_staff_id, ""),
        due_on=a.due_on,
        done=a.done,
        version=a.version,
    )


def meeting_row(m: Meeting, names: dict[int, str]) -> MeetingRow:
    return MeetingRow(
        id=m.id,
        title=m.title,
        series=m.series,
        agenda=m.agenda,
        starts_at=m.starts_at,
        minutes_planned=m.minutes_planned,
        place=m.place,
        host_staff_id=m.host_staff_id,
        host_name=names.get(m.host_staff_id, ""),
        recorder_staff_id=m.recorder_staff_id,
        recorder_name=names.get(m.recorder_staff_id, ""),
        confidential=m.confidential,
        record_lateness=m.record_lateness,
        cancelled=m.cancelled,
        minutes_status=m.minutes_status,
        decisions=m.decisions,
        return_note=m.return_note,
        signed_by=m.signed_by,
        signed_at=m.signed_at,
        has_signature=m.signature_png is not None,
        distributed_at=m.distributed_at,
        invitees=tuple(
            InviteeRow(
                i.staff_id,
                names.get(i.staff_id, ""),
                i.attendance,
                i.minutes_late,
                i.conduct_record_id,
                i.read_at,
            )
            for i in m.invitees
        ),
        action_items=tuple(action_item_row(a, names, m.title) for a in m.action_items),
        version=m.version,
    )
