"""booth: competitors observed at the booth, captured offline in the kit

Revision ID: k002
Revises: k001
Create Date: 2026-12-07 00:01:26.217703
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "k002"
down_revision = "k001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "booth_competitor_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("competitor", sa.String(length=200), nullable=False),
        sa.Column("courses", sa.Text(), nullable=False),
        sa.Column("price_fen", sa.Integer(), nullable=True),
        sa.Column("promotions", sa.Text(), nullable=False),
        sa.Column("ads", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("captured_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_booth_competitor_notes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booth_competitor_notes")),
    )
    op.create_index(
        op.f("ix_booth_competitor_notes_uuid"), "booth_competitor_notes", ["uuid"], unique=True
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_booth_competitor_notes_uuid"), table_name="booth_competitor_notes")
    op.drop_table("booth_competitor_notes")
