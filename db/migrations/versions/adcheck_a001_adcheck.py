"""adcheck: the ad-copy check's rules

Revision ID: adcheck_a001
Revises: 0001
Create Date: 2026-12-06

The rules themselves are written by AdCheckService.ensure_seed (the demo, the rules
dialog); until then a check applies the shipped rules (app/adcheck/seed.py).
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "adcheck_a001"
down_revision = "0001"
branch_labels = ("adcheck",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ad_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=True),
        sa.Column("article", sa.String(length=20), nullable=False),
        sa.Column("pattern", sa.Text(), nullable=False),
        sa.Column("is_regex", sa.Boolean(), nullable=False),
        sa.Column("exceptions", sa.Text(), nullable=False),
        sa.Column("explanation_zh", sa.Text(), nullable=False),
        sa.Column("explanation_en", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ad_rules")),
        sa.UniqueConstraint("key", name=op.f("uq_ad_rules_key")),
    )


def downgrade() -> None:
    op.drop_table("ad_rules")
