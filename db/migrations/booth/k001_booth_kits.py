"""booth kits: one row per kit the office made, with its bundle key

Revision ID: k001
Revises: campaigns_0001 (a kit may be for a campaign activity)
Create Date: 2026-12-06 21:32:44.397853
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "k001"
down_revision = "campaigns_0001"  # booth_kits.activity_id -> activities
branch_labels = ("booth",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booth_kits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_name", sa.String(length=200), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=True),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=60), nullable=False),
        sa.Column("this_kit", sa.Boolean(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_booth_kits_activity_id_activities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booth_kits")),
    )
    with op.batch_alter_table("booth_kits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_booth_kits_uuid"), ["uuid"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_booth_kits_activity_id"), ["activity_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("booth_kits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_booth_kits_activity_id"))
        batch_op.drop_index(batch_op.f("ix_booth_kits_uuid"))
    op.drop_table("booth_kits")
