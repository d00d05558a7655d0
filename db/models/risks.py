"""Acknowledged risk warnings (风险预警): who saw a warning, when, with what note.

A warning itself is computed, never stored (app/risk_kit.py); an acknowledgement
names the rule and the warning's subject, and keeps the figure it was given for, so
the warning comes back once the figure worsens by the rule's step. Rows are only
added: the latest of a (rule, subject) is the one in force.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base
from db.models.customers import Customer
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


# The lead-pool warning (app/customers/risks.py) counts the new leads never
# contacted, by age, on every workbench and risks tab opening: on 1,000,000
# customers the status index alone meant ~190,000 row lookups (2.2 s measured); this
# index answers the count from the index alone. Declared here, with the risks
# feature's migration, because the warning is what needs it.
Index(
    "ix_customers_waiting_leads",
    Customer.__table__.c.status,
    Customer.__table__.c.last_contact_at,
    Customer.__table__.c.created_at,
    sqlite_where=text("deleted_at IS NULL"),
    postgresql_where=text("deleted_at IS NULL"),
)
