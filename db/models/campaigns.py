"""Marketing plans and activities (营销计划 · 营销活动), issue 17.

Activity times are naive local time (the office's wall clock, what a calendar
shows), unlike the UTC audit stamps. Money is integer fen.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.budget  # noqa: F401 - a table its foreign keys name
import db.models.budget_claims  # noqa: F401 - a table its foreign keys name
import db.models.channels  # noqa: F401 - a table its foreign keys name
import db.models.customers  # noqa: F401 - a table its foreign keys name
import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, TimestampMixin, UUIDMixin, VersionedMixin
from db.types import utcnow


class ActivityKind:
    PROMOTION = "promotion"
    BOOTH = "booth"
    LECTURE = "lecture"
    COMMUNITY = "community"
    AD_PLACEMENT = "ad_placement"
    EXHIBITION = "exhibition"
    PARTNER = "partner"
    ALL = (PROMOTION, BOOTH, LECTURE, COMMUNITY, AD_PLACEMENT, EXHIBITION, PARTNER)


class ActivityStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ALL = (DRAFT, SUBMITTED, APPROVED, REJECTED, IN_PROGRESS, COMPLETED, CANCELLED)
    # Budget is reserved while approved and running (released on cancel; on completion
    # the linked spend stands for it).
    RESERVING = (APPROVED, IN_PROGRESS)


class TermKind:
    PERCENTAGE = "percentage"  # value: percent off in basis points (1500 = 15%)
    FIXED = "fixed"  # value: fen off
    GIFT = "gift"  # gift: what is given
    GROUP = "group"  # group purchase: group_size people, value = fen off each
    ALL = (PERCENTAGE, FIXED, GIFT, GROUP)


class PlanPeriod:
    ANNUAL = "annual"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    ALL = (ANNUAL, QUARTERLY, MONTHLY)


class MarketingPlanStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"
    ALL = (DRAFT, SUBMITTED, APPROVED, RETURNED)


class MarketingPlan(Base, TimestampMixin, VersionedMixin):
    """An annual, quarterly or monthly marketing plan with goals and a budget per
    expense category; draft -> submitted -> approved | returned."""

    __tablename__ = "marketing_plans"
    __table_args__ = (
        UniqueConstraint("period_kind", "year", "period"),
        CheckConstraint("period >= 0 AND period <= 12", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    period_kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer, index=True)
    # 0 for an annual plan, the quarter 1-4, or the month 1-12.
    period: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=MarketingPlanStatus.DRAFT, index=True)
    goal_leads: Mapped[int] = mapped_column(Integer, default=0)
    goal_trials: Mapped[int] = mapped_column(Integer, default=0)
    goal_enrollments: Mapped[int] = mapped_column(Integer, default=0)
    goal_revenue_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    approved_by_name: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    budgets: Mapped[list[MarketingPlanBudget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="MarketingPlanBudget.id"
    )


class MarketingPlanBudget(Base):
    """The plan's budget for one expense category over its period."""

    __tablename__ = "marketing_plan_budgets"
    __table_args__ = (
        UniqueConstraint("plan_id", "category_id"),
        CheckConstraint("amount_fen >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("marketing_plans.id", ondelete="CASCADE"), index=True
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"))
    amount_fen: Mapped[int] = mapped_column(BigInteger, default=0)

    plan: Mapped[MarketingPlan] = relationship(back_populates="budgets")


class Activity(Base, UUIDMixin, TimestampMixin, VersionedMixin):
    """A marketing activity: promotion, booth, lecture, community event, ad
    placement, exhibition or partner event (DESIGN.md section 5 workflow)."""

    __tablename__ = "activities"
    __table_args__ = (
        Index("ix_activities_starts_ends", "starts_at", "ends_at"),
        CheckConstraint("budget_fen >= 0", name="budget"),
        CheckConstraint("ends_at >= starts_at", name="times"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default=ActivityStatus.DRAFT, index=True)
    # Naive local time (a plain DateTime, not the UTC type of the stamps).
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime())
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime())
    all_day: Mapped[bool] = mapped_column(default=False)
    venue: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None, index=True)
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channels.id"), default=None, index=True
    )
    target_school: Mapped[str] = mapped_column(String(100), default="")
    audience: Mapped[str] = mapped_column(String(200), default="")
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("marketing_plans.id"), default=None, index=True
    )
    budget_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("expense_categories.id"), default=None
    )
    ad_copy: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    created_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    # The workflow's stamps.
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    approved_by_name: Mapped[str] = mapped_column(String(100), default="")
    approved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    decision_reason: Mapped[str] = mapped_column(Text, default="")  # rejection / cancellation
    # A manager let copy with ad-law findings through: the reason (also audited).
    ad_copy_override: Mapped[str] = mapped_column(Text, default="")
    # The post-activity summary (required to complete).
    summary_notes: Mapped[str] = mapped_column(Text, default="")
    # Leads the team counted that are not (yet) customers in MarketDesk, e.g. paper forms.
    summary_extra_leads: Mapped[int] = mapped_column(Integer, default=0)
    summarized_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    members: Mapped[list[ActivityMember]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityMember.staff_id"
    )
    terms: Mapped[list[ActivityTerm]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityTerm.position"
    )
    materials: Mapped[list[ActivityMaterial]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityMaterial.position"
    )


class ActivityMember(Base):
    """The team: staff members working on the activity (besides its owner)."""

    __tablename__ = "activity_members"

    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(60), default="")


class ActivityTerm(Base):
    """One promotion term: what is offered, on what conditions, valid when."""

    __tablename__ = "activity_terms"
    __table_args__ = (CheckConstraint("value >= 0", name="value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(20))
    # Basis points for a percentage, fen for a fixed amount or a group price cut.
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    gift: Mapped[str] = mapped_column(String(200), default="")
    group_size: Mapped[int] = mapped_column(Integer, default=0)
    conditions: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[dt.date | None] = mapped_column(default=None)
    valid_until: Mapped[dt.date | None] = mapped_column(default=None)


class ActivityMaterial(Base):
    """A line of the materials checklist (banners, leaflets, gifts...)."""

    __tablename__ = "activity_materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    ready: Mapped[bool] = mapped_column(default=False)


class ActivityCost(Base):
    """Spend of an activity: a linked claim line or direct expense (exactly one)."""

    __tablename__ = "activity_costs"
    __table_args__ = (
        CheckConstraint(
            "(claim_line_id IS NULL) <> (direct_expense_id IS NULL)", name="one_source"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    # A claim line or an expense serves one activity at most.
    claim_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("claim_lines.id", ondelete="CASCADE"), default=None, unique=True
    )
    direct_expense_id: Mapped[int | None] = mapped_column(
        ForeignKey("direct_expenses.id"), default=None, unique=True
    )


class ActivityLead(Base):
    """A customer captured at or attending an activity (booth mode links its leads
    here; channel attribution reads them as touches)."""

    __tablename__ = "activity_leads"
    __table_args__ = (UniqueConstraint("activity_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    captured_at: Mapped[dt.datetime] = mapped_column(DateTime(), default=dt.datetime.now)


class ActivityPhoto(Base):
    """A photo of the activity for its summary (bytes in the database, like claim
    attachments, so a backup holds them)."""

    __tablename__ = "activity_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(60), default="image/jpeg")
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
