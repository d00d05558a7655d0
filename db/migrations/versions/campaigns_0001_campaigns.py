"""campaigns: marketing plans and activities (issue 17)

Revision ID: campaigns_0001
Revises: 0001
Create Date: 2026-12-06 21:33:39.479975
"""

import sqlalchemy as sa
from alembic import op

import db.types

revision = "campaigns_0001"
down_revision = "0001"
branch_labels = ("campaigns",)
depends_on = ("b001", "c001")  # claim lines, direct expenses, customers, channels


def upgrade() -> None:
    op.create_table(
        "marketing_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("period_kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("period", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("goal_leads", sa.Integer(), nullable=False),
        sa.Column("goal_trials", sa.Integer(), nullable=False),
        sa.Column("goal_enrollments", sa.Integer(), nullable=False),
        sa.Column("goal_revenue_fen", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_by_user_id", sa.Integer(), nullable=True),
        sa.Column("return_reason", sa.Text(), nullable=False),
        sa.Column("submitted_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=100), nullable=False),
        sa.Column("approved_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("period >= 0 AND period <= 12", name=op.f("ck_marketing_plans_period")),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["users.id"],
            name=op.f("fk_marketing_plans_created_by_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_marketing_plans_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_plans")),
        sa.UniqueConstraint(
            "period_kind", "year", "period", name=op.f("uq_marketing_plans_period_kind_year_period")
        ),
    )
    with op.batch_alter_table("marketing_plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_marketing_plans_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_marketing_plans_year"), ["year"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("target_school", sa.String(length=100), nullable=False),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("budget_fen", sa.BigInteger(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("ad_copy", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_by_user_id", sa.Integer(), nullable=True),
        sa.Column("submitted_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=100), nullable=False),
        sa.Column("approved_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=False),
        sa.Column("ad_copy_override", sa.Text(), nullable=False),
        sa.Column("summary_notes", sa.Text(), nullable=False),
        sa.Column("summary_extra_leads", sa.Integer(), nullable=False),
        sa.Column("summarized_at", db.types.UTCDateTime(), nullable=True),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("budget_fen >= 0", name=op.f("ck_activities_budget")),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_activities_times")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["expense_categories.id"],
            name=op.f("fk_activities_category_id_expense_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["channels.id"], name=op.f("fk_activities_channel_id_channels")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["users.id"],
            name=op.f("fk_activities_created_by_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_activities_owner_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["marketing_plans.id"], name=op.f("fk_activities_plan_id_marketing_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_channel_id"), ["channel_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index("ix_activities_starts_ends", ["starts_at", "ends_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_uuid"), ["uuid"], unique=True)

    op.create_table(
        "marketing_plan_budgets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("amount_fen", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("amount_fen >= 0", name=op.f("ck_marketing_plan_budgets_amount")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["expense_categories.id"],
            name=op.f("fk_marketing_plan_budgets_category_id_expense_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["marketing_plans.id"],
            name=op.f("fk_marketing_plan_budgets_plan_id_marketing_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_plan_budgets")),
        sa.UniqueConstraint(
            "plan_id", "category_id", name=op.f("uq_marketing_plan_budgets_plan_id_category_id")
        ),
    )
    with op.batch_alter_table("marketing_plan_budgets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_marketing_plan_budgets_plan_id"), ["plan_id"], unique=False
        )

    op.create_table(
        "activity_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("claim_line_id", sa.Integer(), nullable=True),
        sa.Column("direct_expense_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(claim_line_id IS NULL) <> (direct_expense_id IS NULL)",
            name=op.f("ck_activity_costs_one_source"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_costs_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["claim_line_id"],
            ["claim_lines.id"],
            name=op.f("fk_activity_costs_claim_line_id_claim_lines"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["direct_expense_id"],
            ["direct_expenses.id"],
            name=op.f("fk_activity_costs_direct_expense_id_direct_expenses"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_costs")),
        sa.UniqueConstraint("claim_line_id", name=op.f("uq_activity_costs_claim_line_id")),
        sa.UniqueConstraint("direct_expense_id", name=op.f("uq_activity_costs_direct_expense_id")),
    )
    with op.batch_alter_table("activity_costs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_costs_activity_id"), ["activity_id"], unique=False
        )

    op.create_table(
        "activity_leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_leads_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_activity_leads_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_leads")),
        sa.UniqueConstraint(
            "activity_id", "customer_id", name=op.f("uq_activity_leads_activity_id_customer_id")
        ),
    )
    with op.batch_alter_table("activity_leads", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_leads_activity_id"), ["activity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activity_leads_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "activity_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("ready", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_materials_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_materials")),
    )
    with op.batch_alter_table("activity_materials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_materials_activity_id"), ["activity_id"], unique=False
        )

    op.create_table(
        "activity_members",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_members_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_activity_members_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("activity_id", "staff_id", name=op.f("pk_activity_members")),
    )
    with op.batch_alter_table("activity_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_members_staff_id"), ["staff_id"], unique=False
        )

    op.create_table(
        "activity_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", db.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_photos_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_photos")),
    )
    with op.batch_alter_table("activity_photos", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_photos_activity_id"), ["activity_id"], unique=False
        )

    op.create_table(
        "activity_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("gift", sa.String(length=200), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.CheckConstraint("value >= 0", name=op.f("ck_activity_terms_value")),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_terms_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_terms")),
    )
    with op.batch_alter_table("activity_terms", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_terms_activity_id"), ["activity_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("activity_terms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_terms_activity_id"))

    op.drop_table("activity_terms")
    with op.batch_alter_table("activity_photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_photos_activity_id"))

    op.drop_table("activity_photos")
    with op.batch_alter_table("activity_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_members_staff_id"))

    op.drop_table("activity_members")
    with op.batch_alter_table("activity_materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_materials_activity_id"))

    op.drop_table("activity_materials")
    with op.batch_alter_table("activity_leads", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_leads_customer_id"))
        batch_op.drop_index(batch_op.f("ix_activity_leads_activity_id"))

    op.drop_table("activity_leads")
    with op.batch_alter_table("activity_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_costs_activity_id"))

    op.drop_table("activity_costs")
    with op.batch_alter_table("marketing_plan_budgets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_marketing_plan_budgets_plan_id"))

    op.drop_table("marketing_plan_budgets")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_uuid"))
        batch_op.drop_index(batch_op.f("ix_activities_status"))
        batch_op.drop_index("ix_activities_starts_ends")
        batch_op.drop_index(batch_op.f("ix_activities_plan_id"))
        batch_op.drop_index(batch_op.f("ix_activities_owner_id"))
        batch_op.drop_index(batch_op.f("ix_activities_channel_id"))

    op.drop_table("activities")
    with op.batch_alter_table("marketing_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_marketing_plans_year"))
        batch_op.drop_index(batch_op.f("ix_marketing_plans_status"))

    op.drop_table("marketing_plans")
