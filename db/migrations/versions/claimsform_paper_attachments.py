"""claims: the count of paper attachments (附单据 … 张) the claimant enters

Revision ID: claimsform_paper
Revises: b002
Create Date: 2026-12-06

NULL means "not entered": the form then counts one paper invoice per line with an
invoice, so existing claims print that count instead of the scanned files' "0 张".
"""

import sqlalchemy as sa
from alembic import op

revision = "claimsform_paper"
down_revision = "b002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("paper_attachments", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("paper_attachments")
