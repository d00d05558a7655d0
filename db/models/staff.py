"""Departments and the staff directory."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Base, TimestampMixin, VersionedMixin


class Department(Base, TimestampMixin):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # Stable code used by KPI libraries and demo data (market, sales, service, events).
    code: Mapped[str | None] = mapped_column(String(40), unique=True)

    staff: Mapped[list[Staff]] = relationship(back_populates="department")


class Staff(Base, TimestampMixin, VersionedMixin):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)
    position: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    hire_date: Mapped[dt.date | None] = mapped_column(default=None)
    active: Mapped[bool] = mapped_column(default=True)

    department: Mapped[Department | None] = relationship(back_populates="staff")
