"""Meeting notices (会议通知), the list and search, the export, and attendance.

Lateness and absence become conduct records through the conduct service, in the
same transaction as the attendance, when the meeting asks for it (record_lateness).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.conduct.kinds import ATTENDANCE
from app.conduct.records import RecordInput
from app.conduct.service import ConductService
from app.context import Actor
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.files import written_whole
from app.meetings import scope
from app.meetings.permissions import MeetingPermission
from app.meetings.rows import MeetingRow, NoticeInput, check_notice, meeting_row
from app.meetings.translation import tr
from app.service import Change, Service, Transaction, snapshot
from db.models.meetings import Attendance, Meeting, MeetingInvitee, MinutesStatus
from db.models.staff import Staff
from db.types import utcnow

MARKS = (Attendance.UNKNOWN, Attendance.ON_TIME, Attendance.LATE, Attendance.ABSENT)
CONDUCT_SUBKIND = {Attendance.LATE: "late", Attendance.ABSENT: "absence"}


@dataclass(frozen=True)
class MeetingFilter:
    start: dt.date | None = None
    end: dt.date | None = None
    series: str = ""
    text: str = ""  # searched in the title, agenda, place and decisions
    mine_only: bool = False  # meetings the actor takes part in


@dataclass(frozen=True)
class Mark:
    attendance: str
    minutes_late: int = 0


def load_meetings(session: Session, query) -> list[Meeting]:  # type: ignore[no-untyped-def]
    return list(
        session.scalars(
            query.options(selectinload(Meeting.invitees), selectinload(Meeting.action_items))
        )
    )


def rows_of(session: Session, meetings: list[Meeting]) -> list[MeetingRow]:
    names = scope.staff_names(session, scope.people_of(meetings))
    return [meeting_row(m, names) for m in meetings]


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


class MeetingService(Service):
    # --- reads -------------------------------------------------------------------

    def list_meetings(self, actor: Actor, flt: MeetingFilter) -> list[MeetingRow]:
        with self.read(actor, MeetingPermission.VIEW) as session:
            query = select(Meeting).order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            visible = scope.visible_condition(actor)
            if visible is not None:
                query = query.where(visible)
            if flt.start is not None:
                query = query.where(Meeting.starts_at >= _utc_midnight(flt.start))
            if flt.end is not None:
                query = query.where(
                    Meeting.starts_at < _utc_midnight(flt.end + dt.timedelta(days=1))
                )
            if flt.series:
                query = query.where(Meeting.series == flt.series)
            if flt.text.strip():
                like = f"%{flt.text.strip().lower()}%"
                query = query.where(
                    or_(
                        func.lower(Meeting.title).like(like),
                        func.lower(Meeting.agenda).like(like),
                        func.lower(Meeting.place).like(like),
                        func.lower(Meeting.decisions).like(like),
                    )
                )
            if flt.mine_only:
                sid = actor.staff_id if actor.staff_id is not None else -1
                query = query.where(
                    or_(
                        Meeting.host_staff_id == sid,
                        Meeting.recorder_staff_id == sid,
                        Meeting.id.in_(
                            select(MeetingInvitee.meeting_id).where(MeetingInvitee.staff_id == sid)
                        ),
                    )
                )
            return rows_of(session, load_meetings(session, query))

    def get_meeting(self, actor: Actor, meeting_id: int) -> MeetingRow:
        with self.read(actor, MeetingPermission.VIEW) as session:
            meeting = scope.check_visible(actor, session.get(Meeting, meeting_id))
            return rows_of(session, [meeting])[0]

    def series_names(self, actor: Actor) -> list[str]:
        """The series of the meetings the actor may see, for the filter and the editor."""
        with self.read(actor, MeetingPermission.VIEW) as session:
            query = select(Meeting.series).where(Meeting.series != "").distinct()
            visible = scope.visible_condition(actor)
            if visible is not None:
                query = query.where(visible)
            return sorted(session.scalars(query))

    def people(self, actor: Actor) -> list[tuple[int, str]]:
        """(staff id, name) of the active staff, to invite."""
        with self.read(actor, MeetingPermission.VIEW) as session:
            query = select(Staff.id, Staff.name).where(Staff.active.is_(True))
            return [(i, n) for i, n in session.execute(query.order_by(Staff.name, Staff.id))]

    def export_csv(self, actor: Actor, flt: MeetingFilter, path: str | Path) -> Change:
        """The meetings of the filter the actor may see, as CSV (audited); the
        change's result is the number of meetings written."""
        rows = self.list_meetings(actor, flt)
        target = Path(path)
        with written_whole(target) as temp, temp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(
                ["id", "title", "series", "starts_at", "place", "host", "recorder", "invitees",
                 "late", "absent", "minutes_status", "confidential"]
            )  # fmt: skip
            for r in rows:
                writer.writerow(
                    [
                        r.id,
                        r.title,
                        r.series,
                        r.starts_at.astimezone().isoformat(timespec="minutes"),
                        r.place,
                        r.host_name,
                        r.recorder_name,
                        len(r.invitees),
                        r.late_count,
                        sum(1 for i in r.invitees if i.attendance == Attendance.ABSENT),
                        r.minutes_status,
                        int(r.confidential),
                    ]
                )
        with self.tx(actor, MeetingPermission.VIEW) as tx:
            tx.audit("export", entity=Meeting.__tablename__, summary=f"{len(rows)} meetings")
        return tx.returning(len(rows))

    # --- the notice --------------------------------------------------------------

    def create_notice(self, actor: Actor, data: NoticeInput) -> MeetingRow:
        data = check_notice(data)
        with self.tx(actor, MeetingPermission.ORGANIZE) as tx:
            _check_people(tx, data)
            meeting = Meeting(created_by_user_id=actor.user_id)
            _apply(meeting, data)
            meeting.invitees = [MeetingInvitee(staff_id=s) for s in data.invitee_ids]
            tx.session.add(meeting)
            tx.audit("create", meeting, None, summary=meeting.title)
            return tx.done(rows_of(tx.session, [meeting])[0])

    def update_notice(
        self, actor: Actor, meeting_id: int, expected_version: int, data: NoticeInput
    ) -> MeetingRow:
        """Change the notice; the invitees whose attendance or reading is recorded stay."""
        data = check_notice(data)
        with self.tx(actor, MeetingPermission.ORGANIZE) as tx:
            meeting = self._meeting(tx, meeting_id, expected_version)
            if meeting.minutes_status in (MinutesStatus.SIGNED, MinutesStatus.DISTRIBUTED):
                raise ConflictError(tr("The minutes are signed: the notice can no longer change."))
            _check_people(tx, data)
            before = snapshot(meeting)
            _apply(meeting, data)
            wanted = set(data.invitee_ids)
            for invitee in list(meeting.invitees):
                if invitee.staff_id not in wanted:
                    if invitee.attendance or invitee.read_at is not None:
                        raise ConflictError(
                            tr("%s has attendance recorded and cannot be uninvited.")
                            % scope.staff_names(tx.session, {invitee.staff_id}).get(
                                invitee.staff_id, ""
                            )
                        )
                    meeting.invitees.remove(invitee)
            present = {i.staff_id for i in meeting.invitees}
            meeting.invitees += [
                MeetingInvitee(staff_id=s) for s in data.invitee_ids if s not in present
            ]
            tx.audit("update", meeting, before, summary=meeting.title)
            return tx.done(rows_of(tx.session, [meeting])[0])

    def set_cancelled(
        self, actor: Actor, meeting_id: int, expected_version: int, cancelled: bool
    ) -> MeetingRow:
        with self.tx(actor, MeetingPermission.ORGANIZE) as tx:
            meeting = self._meeting(tx, meeting_id, expected_version)
            if meeting.minutes_status != MinutesStatus.DRAFT:
                raise ConflictError(tr("A meeting with minutes under way cannot be cancelled."))
            before = snapshot(meeting)
            meeting.cancelled = cancelled
            tx.audit("cancel" if cancelled else "update", meeting, before)
            return tx.done(rows_of(tx.session, [meeting])[0])

    # --- attendance --------------------------------------------------------------

    def record_attendance(
        self,
        actor: Actor,
        meeting_id: int,
        expected_version: int,
        marks: Mapping[int, Mark],
    ) -> MeetingRow:
        """On time, late (minutes) or absent, per invitee; recorded by an organiser,
        the host or the recorder. When the meeting records lateness, each new late
        or absent mark becomes a conduct record (the conduct feature decides who may
        record about whom: a refusal there refuses the whole call)."""
        for mark in marks.values():
            if mark.attendance not in MARKS:
                raise ValidationError("attendance", tr("Unknown attendance mark."))
            if mark.attendance == Attendance.LATE and not 1 <= mark.minutes_late <= 600:
                raise ValidationError(
                    "minutes_late", tr("Give the minutes late (1 to 600) for each late person.")
                )
        with self.tx(actor, MeetingPermission.VIEW) as tx:
            meeting = self._meeting(tx, meeting_id, expected_version)
            organiser = actor.can(MeetingPermission.ORGANIZE)
            own_part = actor.can(MeetingPermission.PARTICIPATE) and actor.staff_id in (
                meeting.host_staff_id,
                meeting.recorder_staff_id,
            )
            if not (organiser or own_part):
                raise PermissionDenied(
                    tr("Only an organiser, the host or the recorder records attendance.")
                )
            if meeting.cancelled:
                raise ConflictError(tr("The meeting was cancelled."))
            if meeting.starts_at > dt.datetime.now(dt.UTC):
                raise ConflictError(tr("The meeting has not started yet."))
            before = snapshot(meeting)
            by_staff = {i.staff_id: i for i in meeting.invitees}
            conduct = ConductService(self.db)
            recorded = 0
            for staff_id, mark in marks.items():
                invitee = by_staff.get(staff_id)
                if invitee is None:
                    raise ValidationError("attendance", tr("Only invitees have attendance."))
                minutes = mark.minutes_late if mark.attendance == Attendance.LATE else 0
                if invitee.conduct_record_id is not None and (
                    invitee.attendance != mark.attendance or invitee.minutes_late != minutes
                ):
                    raise ConflictError(
                        tr(
                            "The lateness of %s is a conduct record already: withdraw that "
                            "record in the Conduct tab before changing the attendance."
                        )
                        % scope.staff_names(tx.session, {staff_id}).get(staff_id, "")
                    )
                invitee.attendance = mark.attendance
                invitee.minutes_late = minutes
                subkind = CONDUCT_SUBKIND.get(mark.attendance)
                if meeting.record_lateness and subkind and invitee.conduct_record_id is None:
                    record = conduct.record_in(
                        tx,
                        RecordInput(
                            staff_id=staff_id,
                            occurred_on=local_day(meeting.starts_at),
                            kind=ATTENDANCE,
                            subkind=subkind,
                            minutes=minutes,
                            note=tr("Meeting: %s") % meeting.title,
                        ),
                    )
                    invitee.conduct_record_id = record.id
                    recorded += 1
            meeting.updated_at = utcnow()  # bumps the version: attendance is its state
            tx.audit(
                "attendance",
                meeting,
                before,
                summary=f"{len(marks)} marks, {recorded} conduct records",
            )
            return tx.done(rows_of(tx.session, [meeting])[0])

    # --- helpers -----------------------------------------------------------------

    @staticmethod
    def _meeting(tx: Transaction, meeting_id: int, expected_version: int | None) -> Meeting:
        meeting = tx.session.get(Meeting, meeting_id)
        scope.check_visible(tx.actor, meeting)
        return tx.get(Meeting, meeting_id, expected_version)


def _utc_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def _check_people(tx: Transaction, data: NoticeInput) -> None:
    ids = {data.host_staff_id, data.recorder_staff_id, *data.invitee_ids}
    found = set(tx.session.scalars(select(Staff.id).where(Staff.id.in_(ids))))
    if ids - found:
        raise ValidationError("invitees", tr("Some of the people chosen no longer exist."))


def _apply(meeting: Meeting, data: NoticeInput) -> None:
    meeting.title = data.title
    meeting.series = data.series
    meeting.agenda = data.agenda
    meeting.starts_at = data.starts_at.astimezone(dt.UTC)
    meeting.minutes_planned = data.minutes_planned
    meeting.place = data.place
    meeting.host_staff_id = data.host_staff_id
    meeting.recorder_staff_id = data.recorder_staff_id
    meeting.confidential = data.confidential
    meeting.record_lateness = data.record_lateness
