"""Booth kits: the small database a campus booth laptop captures leads into.

The office keeps one row per kit it made, with the kit's bundle key; the kit
file holds a copy of its own row (this_kit = True), so the booth can seal its
bundles and the office can tell its kits' bundles from anyone else's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

import db.models.campaigns  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, UUIDMixin
from db.types import utcnow

KEY_BYTES = 32  # AES-256-GCM


class BoothKit(Base, UUIDMixin):
    __tablename__ = "booth_kits"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_name: Mapped[str] = mapped_column(String(200))
    # The campaign activity of that name, when there was one: merged leads link to it.
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id"), default=None, index=True
    )
    # The bundle key (AES-256-GCM). It leaves the office database only inside the kit.
    key: Mapped[bytes] = mapped_column(LargeBinary(KEY_BYTES))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    # True only in the kit file itself: "this database is that kit".
    this_kit: Mapped[bool] = mapped_column(default=False)


class BoothCompetitorNote(Base, UUIDMixin):
    """A competitor observed at the booth (a rival's stand, flyer or price nearby),
    captured offline in the kit and merged into the office's competitor register
    (research's competitor_observations, matched by name) with the bundle. The
    office's copy of this table stays empty: the register is the record there."""

    __tablename__ = "booth_competitor_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    competitor: Mapped[str] = mapped_column(String(200))  # the institution's name
    courses: Mapped[str] = mapped_column(Text, default="")
    price_fen: Mapped[int | None] = mapped_column(default=None)
    promotions: Mapped[str] = mapped_column(Text, default="")
    ads: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    observed_on: Mapped[dt.date] = mapped_column()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")
    captured_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
