"""The channel catalogue (渠道): one list that customers, claim lines and direct
expenses point at by id, so renaming a channel keeps its figures together."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.base import Base, TimestampMixin, VersionedMixin


class Channel(Base, TimestampMixin, VersionedMixin):
    """Where a lead came from or what spending served (DESIGN.md section 4)."""

    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable code for seeds, demo data and channel metrics (e.g. "douyin", "referral").
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    online: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)
