"""Market research (市场调研) and the competitor register (竞争对手).

A research plan (purpose, method, sample, budget in fen) follows the plan workflow
(draft → submitted → approved | returned); an approved plan gets one report whose
findings are text plus attached files (bytes stored, as conduct evidence is).
A competitor's current entry is kept in `competitors`; every change of it is also
kept as a dated observation (who, when, what) so the history survives edits.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin
from db.types import utcnow


class PlanStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"  # back to the author with a reason, editable again


class ResearchPlan(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "research_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(Text, default="")
    sample: Mapped[str] = mapped_column(Text, default="")
    budget_fen: Mapped[int] = mapped_column(default=0)
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    author_name: Mapped[str] = mapped_column(String(100), default="")
    starts_on: Mapped[dt.date] = mapped_column()
    ends_on: Mapped[dt.date] = mapped_column()
    status: Mapped[str] = mapped_column(String(12), default=PlanStatus.DRAFT, index=True)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")  # the report, once approved
    reported_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class ResearchAttachment(Base):
    """A file of a research report (a questionnaire tally, photos, a spreadsheet)."""

    __tablename__ = "research_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("research_plans.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)


class Competitor(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "competitors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    courses: Mapped[str] = mapped_column(Text, default="")
    price_fen: Mapped[int | None] = mapped_column(default=None)  # a typical course's price
    promotions: Mapped[str] = mapped_column(Text, default="")
    ads: Mapped[str] = mapped_column(Text, default="")


class CompetitorObservation(Base):
    """One dated observation: what was seen (the fields that changed), by whom, when."""

    __tablename__ = "competitor_observations"

    id: Mapped[int] = mapped_column(primary_key=True)
    competitor_id: Mapped[int] = mapped_column(
        ForeignKey("competitors.id", ondelete="CASCADE"), index=True
    )
    observed_on: Mapped[dt.date] = mapped_column(index=True)
    observer_name: Mapped[str] = mapped_column(String(100), default="")
    observer_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    what: Mapped[str] = mapped_column(Text, default="")  # "courses: …; price: …"
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Observations captured at a campus booth (app/booth/competitors.py) keep the
    # booth's UUID, so merging the booth's bundle again adds nothing, and the event.
    uuid: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None, unique=True, index=True)
    booth_event: Mapped[str] = mapped_column(String(200), default="", server_default="")
