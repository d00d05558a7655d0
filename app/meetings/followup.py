"""After the meeting: action items tracked until done, and the satisfaction survey
(会议后问卷调查: 1-5 and a comment from each attendee), its results per meeting and
per meeting series.

`open_action_items(actor, owner_staff_id=None)` is what the workbench reads: the
open items of signed (or distributed) minutes, of meetings the actor may see.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.context import Actor
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.meetings import scope
from app.meetings.permissions import MeetingPermission
from app.meetings.rows import ActionItemRow, action_item_row
from app.meetings.translation import tr
from app.service import Changed, Service, snapshot
from db.models.meetings import (
    Attendance,
    Meeting,
    MeetingActionItem,
    MeetingSurveyAnswer,
    MinutesStatus,
)
from db.types import utcnow

DECIDED = (MinutesStatus.SIGNED, MinutesStatus.DISTRIBUTED)
MAX_COMMENT = 500


@dataclass(frozen=True)
class SurveyAnswerRow(Changed):
    meeting_id: int
    staff_id: int
    score: int
    comment: str


@dataclass(frozen=True)
class SurveyResult:
    """One meeting's or one series' answers; comments without names."""

    key: str  # the series, or the meeting's title
    meetings: int
    answers: int
    average: float | None
    counts: tuple[int, int, int, int, int]  # answers scoring 1..5
    comments: tuple[str, ...]


def _result(key: str, meetings: int, answers: list[MeetingSurveyAnswer]) -> SurveyResult:
    counts = [0] * 5
    for a in answers:
        counts[a.score - 1] += 1
    average = round(sum(a.score for a in answers) / len(answers), 2) if answers else None
    comments = tuple(a.comment for a in answers if a.comment)
    return SurveyResult(key, meetings, len(answers), average, tuple(counts), comments)  # type: ignore[arg-type]


class FollowUpService(Service):
    # --- action items ------------------------------------------------------------

    def open_action_items(
        self, actor: Actor, owner_staff_id: int | None = None
    ) -> list[ActionItemRow]:
        """The open action items of one owner (default: the actor), earliest due first.
        Another person's items: for an organiser (a manager) or the administrator."""
        owner = owner_staff_id if owner_staff_id is not None else actor.staff_id
        if owner is None:
            return []
        if owner != actor.staff_id and not actor.can(MeetingPermission.ORGANIZE):
            raise PermissionDenied(tr("You may see only your own action items."))
        with self.read(actor, MeetingPermission.VIEW) as session:
            query = (
                select(MeetingActionItem, Meeting.title)
                .join(Meeting, Meeting.id == MeetingActionItem.meeting_id)
                .where(
                    MeetingActionItem.owner_staff_id == owner,
                    MeetingActionItem.done.is_(False),
                    Meeting.minutes_status.in_(DECIDED),
                    Meeting.cancelled.is_(False),
                )
            )
            visible = scope.visible_condition(actor)
            if visible is not None:
                query = query.where(visible)
            found = list(session.execute(query))
            names = scope.staff_names(session, {owner})
        rows = [action_item_row(item, names, title) for item, title in found]
        return sorted(rows, key=lambda r: (r.due_on or dt.date.max, r.id))

    def set_done(
        self, actor: Actor, item_id: int, expected_version: int, done: bool = True
    ) -> ActionItemRow:
        """The owner, the host or the recorder marks an item of signed minutes done
        (or open again)."""
        with self.tx(actor, MeetingPermission.PARTICIPATE) as tx:
            item = tx.session.get(MeetingActionItem, item_id)
            meeting = scope.check_visible(
                actor, tx.session.get(Meeting, item.meeting_id) if item else None
            )
            item = tx.get(MeetingActionItem, item_id, expected_version)
            allowed = {item.owner_staff_id, meeting.host_staff_id, meeting.recorder_staff_id}
            if actor.staff_id is None or actor.staff_id not in allowed:
                raise PermissionDenied(
                    tr("Only the item's owner, the host or the recorder marks it done.")
                )
            if meeting.minutes_status not in DECIDED:
                raise ConflictError(tr("The minutes are not signed yet."))
            if item.done == done:
                raise ConflictError(
                    tr("The item is done already.") if done else tr("The item is open already.")
                )
            before = snapshot(item)
            item.done = done
            item.done_at = utcnow() if done else None
            tx.audit("done" if done else "reopen", item, before)
            names = scope.staff_names(tx.session, {item.owner_staff_id})
            return tx.done(action_item_row(item, names, meeting.title))

    # --- the survey --------------------------------------------------------------

    def answer_survey(
        self, actor: Actor, meeting_id: int, score: int, comment: str = ""
    ) -> SurveyAnswerRow:
        """An attendee's answer (again: it replaces their earlier one)."""
        if not 1 <= score <= 5:
            raise ValidationError("score", tr("Give a score from 1 to 5."))
        comment = comment.strip()
        if len(comment) > MAX_COMMENT:
            raise ValidationError(
                "comment", tr("The comment is too long (at most %d characters).") % MAX_COMMENT
            )
        with self.tx(actor, MeetingPermission.PARTICIPATE) as tx:
            meeting = scope.check_visible(actor, tx.session.get(Meeting, meeting_id))
            invitee = next((i for i in meeting.invitees if i.staff_id == actor.staff_id), None)
            if invitee is None or actor.staff_id is None or invitee.attendance == Attendance.ABSENT:
                raise PermissionDenied(tr("Only the meeting's attendees answer its survey."))
            if meeting.cancelled or meeting.starts_at > dt.datetime.now(dt.UTC):
                raise ConflictError(tr("The survey opens when the meeting has taken place."))
            answer = tx.session.scalar(
                select(MeetingSurveyAnswer).where(
                    MeetingSurveyAnswer.meeting_id == meeting_id,
                    MeetingSurveyAnswer.staff_id == actor.staff_id,
                )
            )
            before = snapshot(answer) if answer is not None else None
            if answer is None:
                answer = MeetingSurveyAnswer(meeting_id=meeting_id, staff_id=actor.staff_id)
                tx.session.add(answer)
            answer.score = score
            answer.comment = comment
            answer.answered_at = utcnow()
            tx.audit("create" if before is None else "update", answer, before)
            return tx.done(SurveyAnswerRow(meeting_id, actor.staff_id, score, comment))

    def my_answer(self, actor: Actor, meeting_id: int) -> SurveyAnswerRow | None:
        with self.read(actor, MeetingPermission.VIEW) as session:
            scope.check_visible(actor, session.get(Meeting, meeting_id))
            a = session.scalar(
                select(MeetingSurveyAnswer).where(
                    MeetingSurveyAnswer.meeting_id == meeting_id,
                    MeetingSurveyAnswer.staff_id == actor.staff_id,
                )
            )
            return (
                None if a is None else SurveyAnswerRow(a.meeting_id, a.staff_id, a.score, a.comment)
            )

    def meeting_survey(self, actor: Actor, meeting_id: int) -> SurveyResult:
        with self.read(actor, MeetingPermission.VIEW) as session:
            meeting = scope.check_visible(actor, session.get(Meeting, meeting_id))
            answers = list(
                session.scalars(
                    select(MeetingSurveyAnswer)
                    .where(MeetingSurveyAnswer.meeting_id == meeting_id)
                    .order_by(MeetingSurveyAnswer.id)
                )
            )
            return _result(meeting.title, 1, answers)

    def survey_by_series(
        self, actor: Actor, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[SurveyResult]:
        """Per series (meetings without one under ""), over the meetings the actor may
        see that took place in the period, cancelled ones left out."""
        with self.read(actor, MeetingPermission.VIEW) as session:
            query = select(Meeting).where(Meeting.cancelled.is_(False))
            visible = scope.visible_condition(actor)
            if visible is not None:
                query = query.where(visible)
            if start is not None:
                query = query.where(Meeting.starts_at >= _midnight(start))
            if end is not None:
                query = query.where(Meeting.starts_at < _midnight(end + dt.timedelta(days=1)))
            meetings = list(session.scalars(query.options(selectinload(Meeting.invitees))))
            ids = [m.id for m in meetings]
            answers = (
                list(
                    session.scalars(
                        select(MeetingSurveyAnswer)
                        .where(MeetingSurveyAnswer.meeting_id.in_(ids))
                        .order_by(MeetingSurveyAnswer.id)
                    )
                )
                if ids
                else []
            )
        series_of = {m.id: m.series for m in meetings}
        count: dict[str, int] = defaultdict(int)
        for m in meetings:
            count[m.series] += 1
        grouped: dict[str, list[MeetingSurveyAnswer]] = defaultdict(list)
        for a in answers:
            grouped[series_of[a.meeting_id]].append(a)
        return [_result(s, count[s], grouped[s]) for s in sorted(count)]


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)
