"""Customer database: customers (leads), their history, courses and channels.

Search columns (name_pinyin, name_initials, mobile_last4, guardian_last4,
phone_digits) are computed by app.customers when a customer is saved and are
indexed, so that search never runs pypinyin or phonenumbers per row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

import db.models.channels  # noqa: F401 - a table its foreign keys name
import db.models.staff  # noqa: F401 - a table its foreign keys name
from db.base import Base, SoftDeleteMixin, TimestampMixin, UUIDMixin, VersionedMixin

# The channel catalogue is shared with claims and budget; importers of it from here
# keep working.
from db.models.channels import Channel  # noqa: F401
from db.types import utcnow


class Tag(Base, TimestampMixin):
    __tablename__ = "customer_tag_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


customer_tags = Table(
    "customer_tags",
    Base.metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "tag_id",
        ForeignKey("customer_tag_names.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Customer(Base, UUIDMixin, VersionedMixin, SoftDeleteMixin):
    """A lead or customer: a student and/or a parent."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    # E.164 ("+8613812345678"); one non-deleted customer per mobile (partial index below).
    mobile: Mapped[str | None] = mapped_column(String(20), default=None)
    wechat: Mapped[str] = mapped_column(String(60), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")  # "M", "F" or ""
    grade: Mapped[str] = mapped_column(String(20), default="")
    school: Mapped[str] = mapped_column(String(100), default="", index=True)
    guardian_name: Mapped[str] = mapped_column(String(100), default="")
    guardian_phone: Mapped[str | None] = mapped_column(String(20), default=None)
    district: Mapped[str] = mapped_column(String(40), default="")
    training_needs: Mapped[str] = mapped_column(Text, default="")
    course_interests: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id"), index=True)
    source_event: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    tier: Mapped[str] = mapped_column(String(1), default="B", index=True)
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    lost_reason: Mapped[str] = mapped_column(String(200), default="")

    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    consent_wording: Mapped[str] = mapped_column(String(500), default="")
    is_minor: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    guardian_consent_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    last_contact_at: Mapped[dt.datetime | None] = mapped_column(default=None, index=True)
    # Earliest open (not done) follow-up date: the "due today / overdue" filter.
    next_follow_up: Mapped[dt.date | None] = mapped_column(default=None, index=True)

    # --- search columns, computed on save -------------------------------------------
    name_pinyin: Mapped[str] = mapped_column(String(400), default="")  # "zhangsan"
    name_initials: Mapped[str] = mapped_column(String(100), default="")  # "zs"
    mobile_last4: Mapped[str] = mapped_column(String(4), default="", index=True)
    guardian_last4: Mapped[str] = mapped_column(String(4), default="", index=True)
    # National digits of the mobile and the guardian phone, space separated.
    phone_digits: Mapped[str] = mapped_column(String(60), default="")
    # The given name's pinyin ("xiaotong" of 曾晓彤) and the surname in full with the
    # given name's initials ("zengxt"), for the pinyin forms people type.
    name_given_pinyin: Mapped[str] = mapped_column(String(400), default="", server_default="")
    name_mixed_pinyin: Mapped[str] = mapped_column(String(400), default="", server_default="")

    __table_args__ = (
        Index(
            "uq_customers_mobile_live",
            "mobile",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_customers_guardian_phone", "guardian_phone"),
        # Prefix search: GLOB 'zs*' uses these on SQLite; text_pattern_ops makes
        # LIKE 'zs%' use them on PostgreSQL whatever the database collation.
        # deleted_at rides along so that the whole list sorted by name is read from
        # the index alone (4.1 s -> 0.6 s for a million ids on SQLite).
        Index(
            "ix_customers_name_pinyin",
            "name_pinyin",
            "deleted_at",
            postgresql_ops={"name_pinyin": "text_pattern_ops"},
        ),
        Index(
            "ix_customers_name_initials",
            "name_initials",
            postgresql_ops={"name_initials": "text_pattern_ops"},
        ),
        Index(
            "ix_customers_name_given_pinyin",
            "name_given_pinyin",
            postgresql_ops={"name_given_pinyin": "text_pattern_ops"},
        ),
        Index(
            "ix_customers_name_mixed_pinyin",
            "name_mixed_pinyin",
            postgresql_ops={"name_mixed_pinyin": "text_pattern_ops"},
        ),
        # Only the deleted rows (the recycle bin): an index over "deleted_at IS NULL"
        # would match every live row, and SQLite then preferred it to the id order,
        # turning "first page, newest first" into a sort of the whole table.
        Index(
            "ix_customers_deleted",
            "deleted_at",
            sqlite_where=text("deleted_at IS NOT NULL"),
            postgresql_where=text("deleted_at IS NOT NULL"),
        ),
    )


class CustomerStatusChange(Base):
    """Every pipeline change of a customer, with who and why."""

    __tablename__ = "customer_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200), default="")
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(60), default="")


class Course(Base, TimestampMixin, VersionedMixin):
    """The course catalogue."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    price_fen: Mapped[int] = mapped_column(Integer, default=0)
    class_hours: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)


class TrialClass(Base, UUIDMixin, VersionedMixin):
    """A trial class (试听): booked -> attended / no_show / cancelled."""

    __tablename__ = "trial_classes"
    # The Today panel asks for one person's booked trials up to today, in time order;
    # with only the status index SQLite walks every booked trial (20 ms at 1M customers).
    __table_args__ = (
        Index("ix_trial_classes_staff_status_time", "staff_id", "status", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id"), default=None)
    scheduled_at: Mapped[dt.datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default="booked", index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    teacher: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Enrollment(Base, UUIDMixin, VersionedMixin):
    """An enrollment (报名); a renewal (续费) carries is_renewal."""

    __tablename__ = "enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id"), default=None)
    enrolled_on: Mapped[dt.date] = mapped_column(index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    discount_fen: Mapped[int] = mapped_column(Integer, default=0)
    class_hours: Mapped[int] = mapped_column(Integer, default=0)
    is_renewal: Mapped[bool] = mapped_column(default=False)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class FollowUp(Base, UUIDMixin, VersionedMixin):
    """A follow-up (回访): planned (done=False, due_on) or recorded (done=True)."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(index=True)
    method: Mapped[str] = mapped_column(String(20), default="phone")  # phone wechat visit sms
    content: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer, default=None)  # 1..5
    done: Mapped[bool] = mapped_column(default=False, index=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    next_follow_up: Mapped[dt.date | None] = mapped_column(default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Complaint(Base, UUIDMixin, VersionedMixin):
    """A complaint (投诉): received -> handling -> resolved -> closed."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    category: Mapped[str] = mapped_column(String(40), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="received", index=True)
    handler_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    response_deadline: Mapped[dt.datetime] = mapped_column()
    responded_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    closed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    response: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
