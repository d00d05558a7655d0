"""Acknowledged risk warnings (风险预警): who saw a warning, when, with what note.

A warning itself is computed, never stored (app/risk_kit.py); an acknowledgement
names the rule and the warning's subject, and keeps the figure it was given for, so
the warning comes back once the figure worsens by the rule's step. Rows are only
added: the latest of a (rule, subject) is the one in force.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base
from db.types import utcnow


class RiskAcknowledgement(Base):
    __tablename__ = "risk_acknowledgements"
    __table_args__ = (Index("ix_risk_acknowledgements_rule_subject", "rule", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(80))
    subject: Mapped[str] = mapped_column(String(200))
    figure: Mapped[Decimal] = mapped_column(Numeric(18, 4))
    severity: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text, default="")  # as the user saw it
    note: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    by_name: Mapped[str] = mapped_column(String(100))
    acknowledged_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
