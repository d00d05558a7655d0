"""Work plans and reports (工作计划 · 工作总结) and daily sales logs (销售日志).

A plan or report belongs to one person or one department (`scope`) and one month
or year (`period`); `owner_key` ("person:12", "department:3") makes the one plan
of an owner and period unique without a unique index over nullable columns,
which SQLite and PostgreSQL treat alike only by accident. `figures` is the
snapshot of what MarketDesk knew when the author submitted (app/worklogs/figures.py);
the text is the author's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin


class ReportStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"  # back to the author with a reason, editable again


class WorkReport(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "work_reports"
    __table_args__ = (
        UniqueConstraint("kind", "period", "year", "month", "owner_key"),
        Index("ix_work_reports_status_year", "status", "year", "month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # plan | report
    scope: Mapped[str] = mapped_column(String(12))  # person | department
    period: Mapped[str] = mapped_column(String(6))  # month | year
    year: Mapped[int] = mapped_column()
    month: Mapped[int] = mapped_column(default=0)  # 0 for a year
    owner_key: Mapped[str] = mapped_column(String(30))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True, default=None)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id"), index=True, default=None
    )
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    author_name: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(12), default=ReportStatus.DRAFT)
    body: Mapped[str] = mapped_column(Text, default="")  # goals (plan) or summary (report)
    self_assessment: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")  # the reason of a return


class DailyLog(Base, TimestampMixin, VersionedMixin):
    """One person's sales log of one day: the counts they report (calls made include
    calls nobody recorded as a follow-up) and their notes; the day's recorded
    follow-ups and trials are read from the data, not copied here."""

    __tablename__ = "daily_logs"
    __table_args__ = (UniqueConstraint("staff_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    day: Mapped[dt.date] = mapped_column(index=True)
    calls: Mapped[int] = mapped_column(default=0)
    wechats: Mapped[int] = mapped_column(default=0)
    visits: Mapped[int] = mapped_column(default=0)
    results: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
