"""Budget: expense categories, annual plans, adjustments, direct expenses.

Money columns are integer fen (BigInteger). Approved records are never edited
or deleted: a plan is frozen once approved, an adjustment once decided, and a
direct expense is corrected by a reversing entry (`reversal_of_id`).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.channels  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, VersionedMixin


class PlanStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    ALL = (DRAFT, SUBMITTED, APPROVED)


class AdjustmentStatus:
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    ALL = (PENDING, APPROVED, REJECTED)


class ExpenseCategory(Base, TimestampMixin, VersionedMixin):
    """费用类别, with its reimbursement standard (报销标准)."""

    __tablename__ = "expense_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    # Stable code for seeded categories (advertising, promotion, ...); None for added ones.
    code: Mapped[str | None] = mapped_column(String(40), unique=True, default=None)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)
    # Reimbursement standard: the most one claim may reimburse in this category
    # (e.g. 业务招待费), and the most one line may; None = no limit.
    claim_cap_fen: Mapped[int | None] = mapped_column(BigInteger, default=None)
    line_cap_fen: Mapped[int | None] = mapped_column(BigInteger, default=None)
    standard_note: Mapped[str] = mapped_column(Text, default="")


class BudgetPlan(Base, TimestampMixin, VersionedMixin):
    """One annual budget plan (年度预算) per year: draft -> submitted -> approved."""

    __tablename__ = "budget_plans"
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'submitted', 'approved')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(unique=True)
    status: Mapped[str] = mapped_column(String(20), default=PlanStatus.DRAFT)
    note: Mapped[str] = mapped_column(Text, default="")
    # Why a submitted plan was sent back to draft (finance), shown to the editor.
    return_reason: Mapped[str] = mapped_column(Text, default="")
    submitted_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    approved_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    approved_by_name: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    lines: Mapped[list[BudgetPlanLine]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )
    purposes: Mapped[list[BudgetPlanPurpose]] = relationship(
        back_populates="plan", cascade="all, delete-orphan"
    )


class BudgetPlanLine(Base):
    """The amount of one category in one month of a plan."""

    __tablename__ = "budget_plan_lines"
    __table_args__ = (
        UniqueConstraint("plan_id", "category_id", "month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("amount_fen >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("budget_plans.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"), index=True)
    month: Mapped[int] = mapped_column()
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)

    plan: Mapped[BudgetPlan] = relationship(back_populates="lines")


class BudgetPlanPurpose(Base):
    """The stated purpose (用途说明) of one category's budget in a plan."""

    __tablename__ = "budget_plan_purposes"
    __table_args__ = (UniqueConstraint("plan_id", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("budget_plans.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[BudgetPlan] = relationship(back_populates="purposes")


class BudgetAdjustment(Base, TimestampMixin, VersionedMixin):
    """预算调整: ± amount for one category and month; pending -> approved | rejected."""

    __tablename__ = "budget_adjustments"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
        CheckConstraint("amount_fen <> 0", name="amount"),
        Index("ix_budget_adjustments_year_status", "year", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column()
    month: Mapped[int] = mapped_column()
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=AdjustmentStatus.PENDING)
    requested_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_by_name: Mapped[str] = mapped_column(String(100), default="")
    decided_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    decided_by_name: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class DirectExpense(Base, TimestampMixin):
    """Spending that does not come through a claim, recorded by finance.

    Never edited or deleted: a mistake is corrected by a reversing entry with the
    opposite amount whose `reversal_of_id` points at the original.
    """

    __tablename__ = "direct_expenses"
    __table_args__ = (Index("ix_direct_expenses_date_category", "expense_date", "category_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expense_date: Mapped[dt.date] = mapped_column()
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"))
    # Free text typed before the channel catalogue (kept, never lost).
    channel: Mapped[str] = mapped_column(String(100), default="")
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channels.id"), default=None, index=True
    )
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    payee: Mapped[str] = mapped_column(String(200), default="")
    invoice_code: Mapped[str] = mapped_column(String(12), default="")
    invoice_number: Mapped[str] = mapped_column(String(20), default="")
    # Normalised invoice identity shared with claim lines ("" = no invoice).
    invoice_key: Mapped[str] = mapped_column(String(40), default="", index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_by_name: Mapped[str] = mapped_column(String(100), default="")
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("direct_expenses.id"), default=None, unique=True
    )
