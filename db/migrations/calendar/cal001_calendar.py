"""calendar: public holidays with their swapped working days, school terms

Revision ID: cal001
Revises: 0001
Create Date: 2026-12-06

Seeds the 2026 arrangement of the State Council General Office (4 November 2025)
and the 2027 statutory days (a frozen copy of app/calendar/holiday_seed.py; the
administrator edits the data afterwards).
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

import db.types

revision = "cal001"
down_revision = "0001"
branch_labels = ("calendar",)
depends_on = None

HOLIDAYS = [
    ("2026-01-01", "2026-01-03", "元旦"),
    ("2026-02-15", "2026-02-23", "春节"),
    ("2026-04-04", "2026-04-06", "清明节"),
    ("2026-05-01", "2026-05-05", "劳动节"),
    ("2026-06-19", "2026-06-21", "端午节"),
    ("2026-09-25", "2026-09-27", "中秋节"),
    ("2026-10-01", "2026-10-07", "国庆节"),
    ("2027-01-01", "2027-01-01", "元旦"),
    ("2027-02-05", "2027-02-08", "春节"),
    ("2027-04-05", "2027-04-05", "清明节"),
    ("2027-05-01", "2027-05-02", "劳动节"),
    ("2027-06-09", "2027-06-09", "端午节"),
    ("2027-09-15", "2027-09-15", "中秋节"),
    ("2027-10-01", "2027-10-03", "国庆节"),
]
WORKDAYS = [
    ("2026-01-04", "元旦"),
    ("2026-02-14", "春节"),
    ("2026-02-28", "春节"),
    ("2026-05-09", "劳动节"),
    ("2026-09-20", "国庆节"),
    ("2026-10-10", "国庆节"),
]


def _rows() -> list[dict[str, object]]:
    now = dt.datetime.now(dt.UTC)
    rows = []
    for first, last, name in HOLIDAYS:
        day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        while day <= end:
            rows.append({"day": day, "kind": "holiday", "name": name})
            day += dt.timedelta(days=1)
    rows += [{"day": dt.date.fromisoformat(d), "kind": "workday", "name": n} for d, n in WORKDAYS]
    for row in rows:
        row["created_at"] = row["updated_at"] = now
    return rows


def upgrade() -> None:
    days = op.create_table(
        "calendar_days",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('holiday', 'workday')", name=op.f("ck_calendar_days_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_days")),
        sa.UniqueConstraint("day", name=op.f("uq_calendar_days_day")),
    )
    op.create_table(
        "school_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('term', 'vacation')", name=op.f("ck_school_terms_kind")),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_school_terms_dates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_terms")),
    )
    with op.batch_alter_table("school_terms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_terms_starts_on"), ["starts_on"], unique=False)
    op.bulk_insert(days, _rows())


def downgrade() -> None:
    with op.batch_alter_table("school_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_terms_starts_on"))
    op.drop_table("school_terms")
    op.drop_table("calendar_days")
