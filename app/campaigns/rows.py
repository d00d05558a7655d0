"""Plain data the campaign service takes and returns (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.service import Changed


@dataclass(frozen=True)
class TermInput:
    """A promotion term: `value` is basis points for "percentage" (1500 = 15%), fen
    off for "fixed" and for each member of a "group" purchase; a gift names it."""

    kind: str
    value: int = 0
    gift: str = ""
    group_size: int = 0
    conditions: str = ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class MaterialInput:
    name: str
    quantity: int = 1
    ready: bool = False


@dataclass(frozen=True)
class MemberInput:
    staff_id: int
    role: str = ""


@dataclass(frozen=True)
class ActivityInput:
    name: str
    kind: str
    starts_at: dt.datetime  # naive local time
    ends_at: dt.datetime
    all_day: bool = False
    venue: str = ""
    owner_id: int | None = None
    channel_id: int | None = None
    target_school: str = ""
    audience: str = ""
    plan_id: int | None = None
    budget_fen: int = 0
    category_id: int | None = None
    ad_copy: str = ""
    description: str = ""
    members: tuple[MemberInput, ...] = ()
    terms: tuple[TermInput, ...] = ()
    materials: tuple[MaterialInput, ...] = ()


@dataclass(frozen=True)
class ActivityRow(Changed):
    """One activity as lists and the calendar show it."""

    id: int
    uuid: str
    name: str
    kind: str
    status: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    all_day: bool
    venue: str
    owner_id: int | None
    channel_id: int | None
    target_school: str
    audience: str
    plan_id: int | None
    budget_fen: int
    category_id: int | None
    ad_copy: str
    version: int
    owner_name: str = ""
    channel_name: str = ""
    # Filled by the calendar's conflict check (same owner / venue / school).
    conflicts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CostLine:
    id: int  # activity_costs.id
    source: str  # "claim" or "expense"
    source_id: int  # claim line or direct expense id
    date: dt.date
    description: str
    # Counted amount: spend, or committed while the claim awaits finance (the claim's
    # status says which); 0 for a draft, cancelled or deleted claim; a reversed
    # expense nets to 0.
    amount_fen: int
    status: str  # the claim's status, or "recorded"


@dataclass(frozen=True)
class LeadLine:
    customer_id: int
    name: str
    captured_at: dt.datetime


@dataclass(frozen=True)
class PhotoLine:
    id: int
    filename: str
    mime: str
    size: int


@dataclass(frozen=True)
class ActivityFigures:
    """Cost, leads and return of an activity (DESIGN.md section 6 formulas; a ratio
    with a zero denominator is None, shown as "—")."""

    cost_fen: int
    leads: int
    enrollments: int
    revenue_fen: int
    reserved_fen: int
    # Linked claim lines awaiting finance: not in cost_fen (app.campaigns.spend).
    committed_fen: int = 0

    @property
    def cost_per_lead_fen(self) -> int | None:
        return round(self.cost_fen / self.leads) if self.leads else None

    @property
    def roi(self) -> float | None:
        return (self.revenue_fen - self.cost_fen) / self.cost_fen if self.cost_fen else None


@dataclass(frozen=True)
class ActivityView(Changed):
    """One activity whole, for its editor."""

    row: ActivityRow
    description: str
    members: tuple[MemberInput, ...]
    terms: tuple[TermInput, ...]
    materials: tuple[MaterialInput, ...]
    costs: tuple[CostLine, ...]
    leads: tuple[LeadLine, ...]
    photos: tuple[PhotoLine, ...]
    figures: ActivityFigures
    approved_by_name: str
    approved_at: dt.datetime | None
    decision_reason: str
    ad_copy_override: str
    summary_notes: str
    summary_extra_leads: int
    summarized_at: dt.datetime | None
    created_by_user_id: int | None

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def status(self) -> str:
        return self.row.status

    @property
    def version(self) -> int:
        return self.row.version

    def as_input(self) -> ActivityInput:
        r = self.row
        return ActivityInput(
            name=r.name,
            kind=r.kind,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            all_day=r.all_day,
            venue=r.venue,
            owner_id=r.owner_id,
            channel_id=r.channel_id,
            target_school=r.target_school,
            audience=r.audience,
            plan_id=r.plan_id,
            budget_fen=r.budget_fen,
            category_id=r.category_id,
            ad_copy=r.ad_copy,
            description=self.description,
            members=self.members,
            terms=self.terms,
            materials=self.materials,
        )


@dataclass(frozen=True)
class PlanInput:
    name: str
    period_kind: str  # "annual", "quarterly", "monthly"
    year: int
    period: int = 0  # 0 annual, quarter 1-4, month 1-12
    goal_leads: int = 0
    goal_trials: int = 0
    goal_enrollments: int = 0
    goal_revenue_fen: int = 0
    note: str = ""
    owner_id: int | None = None
    budgets: dict[int, int] = field(default_factory=dict)  # category id -> fen


@dataclass(frozen=True)
class PlanRow(Changed):
    id: int
    name: str
    period_kind: str
    year: int
    period: int
    status: str
    goal_leads: int
    goal_trials: int
    goal_enrollments: int
    goal_revenue_fen: int
    note: str
    owner_id: int | None
    return_reason: str
    approved_by_name: str
    approved_at: dt.datetime | None
    version: int
    budgets: dict[int, int] = field(default_factory=dict)
    activity_count: int = 0

    @property
    def budget_total_fen(self) -> int:
        return sum(self.budgets.values())

    def as_input(self) -> PlanInput:
        return PlanInput(
            name=self.name,
            period_kind=self.period_kind,
            year=self.year,
            period=self.period,
            goal_leads=self.goal_leads,
            goal_trials=self.goal_trials,
            goal_enrollments=self.goal_enrollments,
            goal_revenue_fen=self.goal_revenue_fen,
            note=self.note,
            owner_id=self.owner_id,
            budgets=dict(self.budgets),
        )


@dataclass(frozen=True)
class BudgetCheckLine:
    """One category of a plan against the approved budget of its period."""

    category_id: int
    category_name: str
    planned_fen: int
    approved_fen: int  # effective budget (approved plan + adjustments) in the period

    @property
    def over_fen(self) -> int:
        return max(0, self.planned_fen - self.approved_fen)


@dataclass(frozen=True)
class PlanActual:
    """A plan's goals and budget against what MarketDesk recorded in its period."""

    start: dt.date
    end: dt.date  # exclusive
    leads: int
    trials: int
    enrollments: int
    revenue_fen: int
    activities_planned: int
    activities_completed: int
    activity_leads: int
    spend_by_category: dict[int, int]
    budget_check: tuple[BudgetCheckLine, ...]
