"""The calendar's own data: public holidays with their working-day swaps (调休), and
school terms. Kept as data because the State Council publishes the next year's
arrangement each November and schools set their own terms; the administrator
updates them (seeded for 2026 and 2027 by migration cal001).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, VersionedMixin


class DayKind:
    HOLIDAY = "holiday"  # 放假 (a statutory holiday or a day off by the swap)
    WORKDAY = "workday"  # 调休上班: a weekend day that is worked
    ALL = (HOLIDAY, WORKDAY)


class TermKind:
    TERM = "term"  # 学期
    VACATION = "vacation"  # 寒假 / 暑假: the busy season of a training school
    ALL = (TERM, VACATION)


class CalendarDay(Base, TimestampMixin):
    """One day of the official holiday arrangement."""

    __tablename__ = "calendar_days"
    __table_args__ = (CheckConstraint("kind IN ('holiday', 'workday')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(50), default="")


class SchoolTerm(Base, TimestampMixin, VersionedMixin):
    """A school term or vacation of the local schools (both dates included)."""

    __tablename__ = "school_terms"
    __table_args__ = (
        CheckConstraint("kind IN ('term', 'vacation')", name="kind"),
        CheckConstraint("ends_on >= starts_on", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10), default=TermKind.TERM)
    starts_on: Mapped[dt.date] = mapped_column(index=True)
    ends_on: Mapped[dt.date]
