"""Login accounts. Each may be linked to a staff member."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.staff  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin
from db.models.staff import Staff


class User(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    must_change_password: Mapped[bool] = mapped_column(default=False)

    staff: Mapped[Staff | None] = relationship()
