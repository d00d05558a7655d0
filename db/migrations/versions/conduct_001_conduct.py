"""conduct: records, their evidence files, the import column mappings

Revision ID: conduct_001
Revises: 0001
Create Date: 2026-12-06 21:32:06.730068
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "conduct_001"
down_revision = "0001"
branch_labels = ("conduct",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conduct_import_mappings",
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_conduct_import_mappings")),
    )
    op.create_table(
        "conduct_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("subkind", sa.String(length=30), nullable=False),
        sa.Column("points", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorder_user_id", sa.Integer(), nullable=True),
        sa.Column("recorder_name", sa.String(length=100), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decided_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("ack_state", sa.String(length=20), nullable=False),
        sa.Column("ack_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("objection", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("import_key", sa.String(length=120), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["recorder_user_id"],
            ["users.id"],
            name=op.f("fk_conduct_records_recorder_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_conduct_records_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_records")),
        sa.UniqueConstraint("import_key", name=op.f("uq_conduct_records_import_key")),
    )
    with op.batch_alter_table("conduct_records", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conduct_records_occurred_on"), ["occurred_on"], unique=False
        )
        batch_op.create_index(
            "ix_conduct_records_staff_day", ["staff_id", "occurred_on"], unique=False
        )

    op.create_table(
        "conduct_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("added_by_user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["added_by_user_id"],
            ["users.id"],
            name=op.f("fk_conduct_attachments_added_by_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["conduct_records.id"],
            name=op.f("fk_conduct_attachments_record_id_conduct_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conduct_attachments")),
    )
    with op.batch_alter_table("conduct_attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conduct_attachments_record_id"), ["record_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("conduct_attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conduct_attachments_record_id"))

    op.drop_table("conduct_attachments")
    with op.batch_alter_table("conduct_records", schema=None) as batch_op:
        batch_op.drop_index("ix_conduct_records_staff_day")
        batch_op.drop_index(batch_op.f("ix_conduct_records_occurred_on"))

    op.drop_table("conduct_records")
    op.drop_table("conduct_import_mappings")
