"""A conduct record as the services take it (checked) and return it (a row)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from app.conduct.kinds import ATTENDANCE, LEAVE, SUBKINDS, TRAINING, kind_label, subkind_label
from app.conduct.translation import tr
from app.errors import ValidationError
from app.service import Changed
from db.models.conduct import ConductRecord

MAX_POINTS = 20.0
MAX_NOTE = 2000
MAX_LEAVE_DAYS = 60
MAX_TRAINING_HOURS = 500.0


@dataclass
class RecordInput:
    staff_id: int
    occurred_on: dt.date
    kind: str
    subkind: str
    points: float | None = None  # None: the office's rules decide
    hours: float = 0.0  # training hours; leave hours when shorter than a day
    minutes: int = 0  # minutes late or left early
    ends_on: dt.date | None = None  # last day of a leave of several days
    note: str = ""


@dataclass(frozen=True)
class AttachmentRow(Changed):
    id: int
    filename: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class RecordRow(Changed):
    id: int
    staff_id: int
    staff_name: str
    department_name: str
    occurred_on: dt.date
    ends_on: dt.date | None
    kind: str
    subkind: str
    points: float
    status: str
    hours: float
    minutes: int
    note: str
    recorder_name: str
    decided_by: str
    decision_note: str
    ack_state: str
    objection: str
    source: str
    attachments: tuple[AttachmentRow, ...]
    version: int

    @property
    def kind_text(self) -> str:
        return kind_label(self.kind)

    @property
    def subkind_text(self) -> str:
        return subkind_label(self.subkind)


def record_row(r: ConductRecord, with_attachments: bool = True) -> RecordRow:
    staff = r.staff
    return RecordRow(
        id=r.id,
        staff_id=r.staff_id,
        staff_name=staff.name if staff else "",
        department_name=staff.department.name if staff and staff.department else "",
        occurred_on=r.occurred_on,
        ends_on=r.ends_on,
        kind=r.kind,
        subkind=r.subkind,
        points=float(r.points),
        status=r.status,
        hours=float(r.hours),
        minutes=r.minutes,
        note=r.note,
        recorder_name=r.recorder_name,
        decided_by=r.decided_by,
        decision_note=r.decision_note,
        ack_state=r.ack_state,
        objection=r.objection,
        source=r.source,
        attachments=tuple(
            AttachmentRow(a.id, a.filename, a.mime_type, a.size) for a in r.attachments
        )
        if with_attachments
        else (),
        version=r.version,
    )


def check_record(data: RecordInput, today: dt.date) -> RecordInput:
    """The input cleaned, or ValidationError naming the bad field."""
    if data.kind not in SUBKINDS:
        raise ValidationError("kind", tr("'%s' is not a kind of conduct record.") % data.kind)
    if data.subkind not in SUBKINDS[data.kind]:
        raise ValidationError(
            "subkind",
            tr("'%s' is not a type of %s record.") % (data.subkind, kind_label(data.kind)),
        )
    if not isinstance(data.occurred_on, dt.date):
        raise ValidationError("occurred_on", tr("A date is required."))
    # Leave is asked for ahead; everything else has happened already.
    latest = today + dt.timedelta(days=366) if data.kind == LEAVE else today
    if data.occurred_on > latest:
        raise ValidationError("occurred_on", tr("The date %s is in the future.") % data.occurred_on)
    ends_on = data.ends_on if data.kind == LEAVE else None
    if ends_on is not None:
        if ends_on < data.occurred_on:
            raise ValidationError("ends_on", tr("The leave ends before it begins."))
        if (ends_on - data.occurred_on).days >= MAX_LEAVE_DAYS:
            raise ValidationError(
                "ends_on", tr("A leave of more than %d days is not recorded here.") % MAX_LEAVE_DAYS
            )
        if ends_on == data.occurred_on:
            ends_on = None
    points = data.points
    if points is not None:
        if not math.isfinite(points) or abs(points) > MAX_POINTS:
            raise ValidationError(
                "points", tr("Points must be between -%g and %g.") % (MAX_POINTS, MAX_POINTS)
            )
        points = round(float(points), 1)
    hours = float(data.hours or 0.0)
    if not math.isfinite(hours) or not 0 <= hours <= MAX_TRAINING_HOURS:
        raise ValidationError("hours", tr("Hours must be between 0 and %g.") % MAX_TRAINING_HOURS)
    if data.kind == TRAINING and hours <= 0:
        raise ValidationError("hours", tr("Enter the hours of the training."))
    minutes = int(data.minutes or 0)
    if not 0 <= minutes <= 24 * 60:
        raise ValidationError("minutes", tr("Minutes must be between 0 and 1440."))
    if data.kind != ATTENDANCE:
        minutes = 0
    note = data.note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(
            "note", tr("The note is too long (at most %d characters).") % MAX_NOTE
        )
    return RecordInput(
        staff_id=data.staff_id,
        occurred_on=data.occurred_on,
        kind=data.kind,
        subkind=data.subkind,
        points=points,
        hours=round(hours, 2),
        minutes=minutes,
        ends_on=ends_on,
        note=note,
    )
