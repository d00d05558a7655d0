"""The ad-copy check's rules (app/adcheck): the office's copy of the shipped rules
(`key` set) and the administrator's own (`key` NULL)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, VersionedMixin


class AdRule(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "ad_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The shipped rule this row came from (app/adcheck/seed.py); NULL for the office's own.
    key: Mapped[str | None] = mapped_column(String(60), unique=True)
    article: Mapped[str] = mapped_column(String(20))
    pattern: Mapped[str] = mapped_column(Text)
    is_regex: Mapped[bool] = mapped_column(default=True)
    # Regular expressions, one a line: a match inside one of theirs is not a finding.
    exceptions: Mapped[str] = mapped_column(Text, default="")
    explanation_zh: Mapped[str] = mapped_column(Text, default="")
    explanation_en: Mapped[str] = mapped_column(Text, default="")
    suggestion: Mapped[str] = mapped_column(Text, default="")
    enabled: Mapped[bool] = mapped_column(default=True)
