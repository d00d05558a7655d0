"""Meetings (会议): the notice (agenda, time, place, host, recorder, invitees), the
attendance, the minutes (会议纪要) with their action items and the host's signature,
the attendees' read confirmations and the satisfaction survey.

Stable for the workbench (see app/meetings/followup.py `open_action_items`):
`MeetingActionItem.done` is False until the owner or the recorder marks it done.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin


class MinutesStatus:
    DRAFT = "draft"  # the recorder writes them
    SUBMITTED = "submitted"  # waiting for the host's review and signature
    SIGNED = "signed"  # signed by the host, not yet sent round
    DISTRIBUTED = "distributed"  # sent to the attendees, who confirm reading them


class Attendance:
    UNKNOWN = ""  # not recorded yet
    ON_TIME = "on_time"
    LATE = "late"
    ABSENT = "absent"


class Meeting(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    # The series a recurring meeting belongs to (周销售例会); survey results group by it.
    series: Mapped[str] = mapped_column(String(100), default="", index=True)
    agenda: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    minutes_planned: Mapped[int] = mapped_column(default=60)
    place: Mapped[str] = mapped_column(String(200), default="")
    host_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorder_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    confidential: Mapped[bool] = mapped_column(default=False)
    # Lateness and absence become conduct records when attendance is saved (the rules:
    # 准时到场, 不得迟到早退), if the organiser ticked it for this meeting.
    record_lateness: Mapped[bool] = mapped_column(default=False)
    cancelled: Mapped[bool] = mapped_column(default=False)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    # The minutes.
    minutes_status: Mapped[str] = mapped_column(String(20), default=MinutesStatus.DRAFT)
    decisions: Mapped[str] = mapped_column(Text, default="")
    return_note: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    signed_by: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # The host's captured signature (PNG, as claims store theirs), None: signed in ink.
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    distributed_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    invitees: Mapped[list[MeetingInvitee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingInvitee.id"
    )
    action_items: Mapped[list[MeetingActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingActionItem.id"
    )


class MeetingInvitee(Base):
    __tablename__ = "meeting_invitees"
    __table_args__ = (UniqueConstraint("meeting_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    attendance: Mapped[str] = mapped_column(String(10), default=Attendance.UNKNOWN)
    minutes_late: Mapped[int] = mapped_column(default=0)
    # The conduct record the lateness or absence became, if any. No foreign key: the
    # meetings and conduct migration branches are independent (either may run first).
    conduct_record_id: Mapped[int | None] = mapped_column(default=None)
    read_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="invitees")


class MeetingActionItem(Base, VersionedMixin):
    __tablename__ = "meeting_action_items"
    __table_args__ = (Index("ix_meeting_action_items_owner_done", "owner_staff_id", "done"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    owner_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    due_on: Mapped[dt.date | None] = mapped_column(default=None)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")


class MeetingSurveyAnswer(Base):
    """One attendee's satisfaction with one meeting (会议后问卷调查)."""

    __tablename__ = "meeting_survey_answers"
    __table_args__ = (UniqueConstraint("meeting_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    score: Mapped[int] = mapped_column()
    comment: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[dt.datetime] = mapped_column()
