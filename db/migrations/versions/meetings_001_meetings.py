"""meetings: notices, invitees and attendance, minutes, action items, survey answers

Revision ID: meetings_001
Revises: 0001
Create Date: 2026-12-06 22:22:59.478766
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "meetings_001"
down_revision = "0001"
branch_labels = ("meetings",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("series", sa.String(length=100), nullable=False),
        sa.Column("agenda", sa.Text(), nullable=False),
        sa.Column("starts_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("minutes_planned", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("host_staff_id", sa.Integer(), nullable=False),
        sa.Column("recorder_staff_id", sa.Integer(), nullable=False),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("record_lateness", sa.Boolean(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("created_by_user_id", sa.Integer(), nullable=True),
        sa.Column("minutes_status", sa.String(length=20), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("return_note", sa.Text(), nullable=False),
        sa.Column("submitted_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("signed_by", sa.String(length=100), nullable=False),
        sa.Column("signed_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("distributed_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["users.id"], name=op.f("fk_meetings_created_by_user_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["host_staff_id"], ["staff.id"], name=op.f("fk_meetings_host_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["recorder_staff_id"], ["staff.id"], name=op.f("fk_meetings_recorder_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_series"), ["series"], unique=False)
        batch_op.create_index(batch_op.f("ix_meetings_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "meeting_action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_staff_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_action_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_staff_id"],
            ["staff.id"],
            name=op.f("fk_meeting_action_items_owner_staff_id_staff"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_action_items")),
    )
    with op.batch_alter_table("meeting_action_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_action_items_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            "ix_meeting_action_items_owner_done", ["owner_staff_id", "done"], unique=False
        )

    op.create_table(
        "meeting_invitees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("attendance", sa.String(length=10), nullable=False),
        sa.Column("minutes_late", sa.Integer(), nullable=False),
        sa.Column("conduct_record_id", sa.Integer(), nullable=True),
        sa.Column("read_at", db.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_invitees_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_meeting_invitees_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_invitees")),
        sa.UniqueConstraint(
            "meeting_id", "staff_id", name=op.f("uq_meeting_invitees_meeting_id_staff_id")
        ),
    )
    with op.batch_alter_table("meeting_invitees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_invitees_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "meeting_survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_survey_answers_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_meeting_survey_answers_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_survey_answers")),
        sa.UniqueConstraint(
            "meeting_id", "staff_id", name=op.f("uq_meeting_survey_answers_meeting_id_staff_id")
        ),
    )
    with op.batch_alter_table("meeting_survey_answers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_survey_answers_meeting_id"), ["meeting_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_survey_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_survey_answers_meeting_id"))

    op.drop_table("meeting_survey_answers")
    with op.batch_alter_table("meeting_invitees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_invitees_staff_id"))

    op.drop_table("meeting_invitees")
    with op.batch_alter_table("meeting_action_items", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_action_items_owner_done")
        batch_op.drop_index(batch_op.f("ix_meeting_action_items_meeting_id"))

    op.drop_table("meeting_action_items")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_starts_at"))
        batch_op.drop_index(batch_op.f("ix_meetings_series"))

    op.drop_table("meetings")
