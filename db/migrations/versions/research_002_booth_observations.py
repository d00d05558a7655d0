"""research: competitor observations captured at a booth keep its UUID and event

Revision ID: research_002
Revises: research_001
Create Date: 2026-12-07 00:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "research_002"
down_revision = "research_001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE INDEX (no batch copy of the table): the event
    # keeps DEFAULT '', as the model declares; earlier observations have no UUID.
    op.add_column("competitor_observations", sa.Column("uuid", sa.Uuid(), nullable=True))
    op.add_column(
        "competitor_observations",
        sa.Column("booth_event", sa.String(length=200), nullable=False, server_default=""),
    )
    op.create_index(
        op.f("ix_competitor_observations_uuid"), "competitor_observations", ["uuid"], unique=True
    )


def downgrade() -> None:
    with op.batch_alter_table("competitor_observations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_observations_uuid"))
        batch_op.drop_column("booth_event")
        batch_op.drop_column("uuid")
