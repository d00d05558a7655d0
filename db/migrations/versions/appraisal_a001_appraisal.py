"""appraisal

Revision ID: appraisal_a001
Revises: 0001
Create Date: 2026-12-06 21:32:14.757973
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "appraisal_a001"
down_revision = "0001"
branch_labels = ("appraisal",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "appraisal_kpis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("metric", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("cap", sa.Float(), nullable=True),
        sa.Column("default_target", sa.Float(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_kpis")),
        sa.UniqueConstraint("code", name=op.f("uq_appraisal_kpis_code")),
        sa.UniqueConstraint("name", name=op.f("uq_appraisal_kpis_name")),
    )
    op.create_table(
        "appraisal_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("computed_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("finalized_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("finalized_by", sa.String(length=100), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_runs")),
        sa.UniqueConstraint("period", name=op.f("uq_appraisal_runs_period")),
    )
    op.create_table(
        "appraisal_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_appraisal_templates_department_id_departments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_templates")),
        sa.UniqueConstraint(
            "department_id", "position", name=op.f("uq_appraisal_templates_department_id_position")
        ),
    )
    with op.batch_alter_table("appraisal_templates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_templates_department_id"), ["department_id"], unique=False
        )

    op.create_table(
        "appraisal_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("staff_name", sa.String(length=100), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("department_name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("conduct_points", sa.Float(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("grade", sa.String(length=1), nullable=False),
        sa.Column("coefficient", sa.Float(), nullable=False),
        sa.Column("warning", sa.Boolean(), nullable=False),
        sa.Column("months", sa.String(length=40), nullable=False),
        sa.Column("acknowledgement", sa.String(length=12), nullable=False),
        sa.Column("objection", sa.Text(), nullable=False),
        sa.Column("acknowledged_at", db.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_appraisal_results_department_id_departments"),
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["appraisal_runs.id"],
            name=op.f("fk_appraisal_results_run_id_appraisal_runs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appraisal_results_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_results")),
        sa.UniqueConstraint(
            "run_id", "staff_id", name=op.f("uq_appraisal_results_run_id_staff_id")
        ),
    )
    with op.batch_alter_table("appraisal_results", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appraisal_results_run_id"), ["run_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_appraisal_results_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "appraisal_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"],
            ["appraisal_kpis.id"],
            name=op.f("fk_appraisal_targets_kpi_id_appraisal_kpis"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_appraisal_targets_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_targets")),
        sa.UniqueConstraint(
            "staff_id", "kpi_id", "period", name=op.f("uq_appraisal_targets_staff_id_kpi_id_period")
        ),
    )
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appraisal_targets_period"), ["period"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_appraisal_targets_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "appraisal_template_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"],
            ["appraisal_kpis.id"],
            name=op.f("fk_appraisal_template_items_kpi_id_appraisal_kpis"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["appraisal_templates.id"],
            name=op.f("fk_appraisal_template_items_template_id_appraisal_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_template_items")),
        sa.UniqueConstraint(
            "template_id", "kpi_id", name=op.f("uq_appraisal_template_items_template_id_kpi_id")
        ),
    )
    with op.batch_alter_table("appraisal_template_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_template_items_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "appraisal_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("result_id", sa.Integer(), nullable=False),
        sa.Column("kpi_id", sa.Integer(), nullable=False),
        sa.Column("kpi_name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("actual", sa.Float(), nullable=True),
        sa.Column("target", sa.Float(), nullable=True),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("scored_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["kpi_id"],
            ["appraisal_kpis.id"],
            name=op.f("fk_appraisal_scores_kpi_id_appraisal_kpis"),
        ),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["appraisal_results.id"],
            name=op.f("fk_appraisal_scores_result_id_appraisal_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appraisal_scores")),
        sa.UniqueConstraint(
            "result_id", "kpi_id", name=op.f("uq_appraisal_scores_result_id_kpi_id")
        ),
    )
    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appraisal_scores_result_id"), ["result_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("appraisal_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_scores_result_id"))

    op.drop_table("appraisal_scores")
    with op.batch_alter_table("appraisal_template_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_template_items_template_id"))

    op.drop_table("appraisal_template_items")
    with op.batch_alter_table("appraisal_targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_targets_staff_id"))
        batch_op.drop_index(batch_op.f("ix_appraisal_targets_period"))

    op.drop_table("appraisal_targets")
    with op.batch_alter_table("appraisal_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_results_staff_id"))
        batch_op.drop_index(batch_op.f("ix_appraisal_results_run_id"))

    op.drop_table("appraisal_results")
    with op.batch_alter_table("appraisal_templates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appraisal_templates_department_id"))

    op.drop_table("appraisal_templates")
    op.drop_table("appraisal_runs")
    op.drop_table("appraisal_kpis")
