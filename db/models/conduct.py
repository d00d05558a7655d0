"""Staff conduct records (行为记录): attendance, leave, discipline, demeanour,
commendations and training, with evidence files and the import column mappings.

Stable for the appraisal feature (see CONTRACTS.md):
- `ConductRecord.points` is what the record counts (set from the office's rules
  when the record is written; the recorder may change it); only records whose
  status is in `COUNTED_STATUSES` count. The net points of a period, after the
  rules that combine records (N lates a month = one absence), come from
  app/conduct/points.py, never from summing this column directly.
- Evidence files keep their bytes in the database, as claim attachments do (a
  PostgreSQL office has no shared folder; the bytes travel with backups).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin
from db.models.staff import Staff
from db.types import utcnow


class ConductStatus:
    RECORDED = "recorded"  # every kind but leave
    REQUESTED = "requested"  # leave asked for, waiting for a manager
    APPROVED = "approved"  # leave granted
    REJECTED = "rejected"  # leave refused
    VOIDED = "voided"  # withdrawn by a manager (an objection upheld), kept as history


COUNTED_STATUSES = (ConductStatus.RECORDED, ConductStatus.APPROVED)


class AckState:
    PENDING = "pending"
    ACKNOWLEDGED = "acknowledged"
    OBJECTED = "objected"


class ConductRecord(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "conduct_records"
    __table_args__ = (Index("ix_conduct_records_staff_day", "staff_id", "occurred_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    occurred_on: Mapped[dt.date] = mapped_column(index=True)
    # Last day of a leave spanning days (None: one day or not a leave).
    ends_on: Mapped[dt.date | None] = mapped_column(default=None)
    kind: Mapped[str] = mapped_column(String(20))
    subkind: Mapped[str] = mapped_column(String(30))
    points: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default=ConductStatus.RECORDED)
    # Training hours, or leave hours; minutes late or left early.
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    minutes: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    recorder_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    recorder_name: Mapped[str] = mapped_column(String(100), default="")
    # Leave decision, and a manager voiding a record.
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    # The staff member's answer to the record.
    ack_state: Mapped[str] = mapped_column(String(20), default=AckState.PENDING)
    ack_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    objection: Mapped[str] = mapped_column(Text, default="")
    # "manual", or the import source (dingtalk, wecom, timeclock); import_key makes a
    # re-import of the same month find the rows it wrote before.
    source: Mapped[str] = mapped_column(String(20), default="manual")
    import_key: Mapped[str | None] = mapped_column(String(120), unique=True, default=None)

    staff: Mapped[Staff] = relationship()
    attachments: Mapped[list[ConductAttachment]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="ConductAttachment.id"
    )


class ConductAttachment(Base):
    """Evidence for a record (a photo, a sick note, a certificate), bytes stored."""

    __tablename__ = "conduct_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(
        ForeignKey("conduct_records.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)

    record: Mapped[ConductRecord] = relationship(back_populates="attachments")


class ConductImportMapping(Base):
    """The column mapping last used for an attendance source (dingtalk, wecom,
    timeclock): field -> the header text it was found under."""

    __tablename__ = "conduct_import_mappings"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
