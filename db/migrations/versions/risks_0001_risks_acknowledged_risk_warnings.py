"""risks: acknowledged risk warnings

Revision ID: risks_0001
Revises: 0001
Depends on: c001 (the customers table)
Create Date: 2026-12-07 00:03:53.490362
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "risks_0001"
down_revision = "0001"
branch_labels = ("risks",)
depends_on = "c001"  # the customers table, which the index is on


def upgrade() -> None:
    op.create_table(
        "risk_acknowledgements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(length=80), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("figure", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("by_name", sa.String(length=100), nullable=False),
        sa.Column("acknowledged_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_risk_acknowledgements_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_acknowledgements")),
    )
    with op.batch_alter_table("risk_acknowledgements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_risk_acknowledgements_rule_subject", ["rule", "subject"], unique=False
        )
    # The lead-pool warning's count (db/models/risks.py): a plain CREATE INDEX, never
    # a batch copy of the customers table.
    op.create_index(
        "ix_customers_waiting_leads",
        "customers",
        ["status", "last_contact_at", "created_at"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
        postgresql_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_customers_waiting_leads", table_name="customers")
    with op.batch_alter_table("risk_acknowledgements", schema=None) as batch_op:
        batch_op.drop_index("ix_risk_acknowledgements_rule_subject")
    op.drop_table("risk_acknowledgements")
