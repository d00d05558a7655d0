"""Booth kits: the small database a campus booth laptop captures leads into.

The office keeps one row per kit it made, with the kit's bundle key; the kit
file holds a copy of its own row (this_kit = True), so the booth can seal its
bundles and the office can tell its kits' bundles from anyone else's.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

import db.models.campaigns  # noqa: F401 - a table its foreign keys name
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
