"""Marketing plans (营销计划): annual, quarterly or monthly; goals for leads, trials,
enrollments and revenue; a budget per expense category checked against the
approved budget of the period; draft -> submitted -> approved | returned; and the
plan against what MarketDesk recorded (issue 17 item 1).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.budget.figures import year_cells
from app.campaigns.permissions import CampaignPermission as P
from app.campaigns.rows import BudgetCheckLine, PlanActual, PlanInput, PlanRow
from app.campaigns.translation import tr
from app.campaigns.workflow import (
    PLAN_EDITABLE,
    PLAN_FLOW,
    find_plan_move,
    plan_status_label,
)
from app.context import Actor, actor_name
from app.customers.common import local_day_bounds
from app.customers.pipeline import TrialStatus
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.money import check_amount, format_money
from app.service import Service, snapshot, stale_error
from app.validation import check_text, check_year
from db.models.budget import ExpenseCategory
from db.models.campaigns import (
    Activity,
    ActivityLead,
    MarketingPlan,
    MarketingPlanBudget,
    PlanPeriod,
)
from db.models.campaigns import ActivityStatus as S
from db.models.campaigns import MarketingPlanStatus as PS
from db.models.customers import Customer, Enrollment, TrialClass
from db.models.staff import Staff
from db.types import utcnow

MAX_PLAN_FEN = 100_000_000_00
MAX_GOAL = 10_000_000


def period_months(period_kind: str, period: int) -> list[int]:
    if period_kind == PlanPeriod.ANNUAL:
        return list(range(1, 13))
    if period_kind == PlanPeriod.QUARTERLY:
        return [3 * period - 2, 3 * period - 1, 3 * period]
    return [period]


def period_bounds(period_kind: str, year: int, period: int) -> tuple[dt.date, dt.date]:
    """First day and the day after the last of a plan's period."""
    months = period_months(period_kind, period)
    start = dt.date(year, months[0], 1)
    last = months[-1]
    end = dt.date(year + 1, 1, 1) if last == 12 else dt.date(year, last + 1, 1)
    return start, end


def period_label(period_kind: str, year: int, period: int) -> str:
    if period_kind == PlanPeriod.ANNUAL:
        return tr("%d (year)") % year
    if period_kind == PlanPeriod.QUARTERLY:
        return tr("%d Q%d") % (year, period)
    return tr("%d-%02d") % (year, period)


def period_kind_label(period_kind: str) -> str:
    return {
        PlanPeriod.ANNUAL: tr("Annual", "plan period"),
        PlanPeriod.QUARTERLY: tr("Quarterly", "plan period"),
        PlanPeriod.MONTHLY: tr("Monthly", "plan period"),
    }.get(period_kind, period_kind)


def _goal(value: object, field: str, label: str, maximum: int = MAX_GOAL) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValidationError(
            field, tr("%s must be a whole number from 0 to %d.") % (label, maximum)
        )
    return value


def _check(session: Session, data: PlanInput) -> PlanInput:
    name = check_text(data.name, "name", required=True, limit=200, label=tr("The name"))
    if data.period_kind not in PlanPeriod.ALL:
        raise ValidationError("period_kind", tr("Choose annual, quarterly or monthly."))
    year = check_year(data.year)
    period = data.period
    if data.period_kind == PlanPeriod.ANNUAL:
        period = 0
    elif data.period_kind == PlanPeriod.QUARTERLY and period not in (1, 2, 3, 4):
        raise ValidationError("period", tr("Choose the quarter (1 to 4)."))
    elif data.period_kind == PlanPeriod.MONTHLY and period not in range(1, 13):
        raise ValidationError("period", tr("Choose the month (1 to 12)."))
    if data.owner_id is not None and session.get(Staff, data.owner_id) is None:
        raise ValidationError("owner_id", tr("A staff member no longer exists."))
    budgets: dict[int, int] = {}
    for category_id, fen in data.budgets.items():
        check_amount(fen, "budgets", maximum=MAX_PLAN_FEN, allow_zero=True)
        if session.get(ExpenseCategory, category_id) is None:
            raise ValidationError("budgets", tr("The expense category no longer exists."))
        if fen:
            budgets[category_id] = fen
    return PlanInput(
        name=name,
        period_kind=data.period_kind,
        year=year,
        period=period,
        goal_leads=_goal(data.goal_leads, "goal_leads", tr("The leads goal")),
        goal_trials=_goal(data.goal_trials, "goal_trials", tr("The trials goal")),
        goal_enrollments=_goal(
            data.goal_enrollments, "goal_enrollments", tr("The enrollments goal")
        ),
        goal_revenue_fen=check_amount(
            data.goal_revenue_fen, "goal_revenue_fen", maximum=MAX_PLAN_FEN, allow_zero=True
        ),
        note=check_text(data.note, "note", limit=20000, label=tr("The note")),
        owner_id=data.owner_id,
        budgets=budgets,
    )


def _row(session: Session, plan: MarketingPlan) -> PlanRow:
    count = session.scalar(
        select(func.count()).select_from(Activity).where(Activity.plan_id == plan.id)
    )
    return PlanRow(
        id=plan.id,
        name=plan.name,
        period_kind=plan.period_kind,
        year=plan.year,
        period=plan.period,
        status=plan.status,
        goal_leads=plan.goal_leads,
        goal_trials=plan.goal_trials,
        goal_enrollments=plan.goal_enrollments,
        goal_revenue_fen=plan.goal_revenue_fen,
        note=plan.note,
        owner_id=plan.owner_id,
        return_reason=plan.return_reason,
        approved_by_name=plan.approved_by_name,
        approved_at=plan.approved_at,
        version=plan.version,
        budgets={b.category_id: b.amount_fen for b in plan.budgets},
        activity_count=int(count or 0),
    )


def _snapshot(plan: MarketingPlan) -> dict[str, Any]:
    data = snapshot(plan)
    data["budgets"] = {str(b.category_id): b.amount_fen for b in plan.budgets}
    return data


def budget_check(
    session: Session, period_kind: str, year: int, period: int, budgets: dict[int, int]
) -> tuple[BudgetCheckLine, ...]:
    """Each category the plan budgets, against the effective budget (approved plan
    plus approved adjustments) of the months of its period."""
    if not budgets:
        return ()
    months = period_months(period_kind, period)
    cells = year_cells(session, year, months=months, category_ids=budgets)
    names = dict(
        session.execute(
            select(ExpenseCategory.id, ExpenseCategory.name).where(
                ExpenseCategory.id.in_(sorted(budgets))
            )
        ).all()
    )
    approved: dict[int, int] = {}
    for (category_id, _month), cell in cells.items():
        approved[category_id] = approved.get(category_id, 0) + cell.effective
    return tuple(
        BudgetCheckLine(c, names.get(c, str(c)), fen, approved.get(c, 0))
        for c, fen in sorted(budgets.items())
    )


class MarketingPlanService(Service):
    def list_plans(self, actor: Actor, year: int | None = None) -> list[PlanRow]:
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            query = select(MarketingPlan).order_by(
                MarketingPlan.year.desc(), MarketingPlan.period_kind, MarketingPlan.period
            )
            if year is not None:
                query = query.where(MarketingPlan.year == year)
            return [_row(session, p) for p in session.scalars(query)]

    def get_plan(self, actor: Actor, plan_id: int) -> PlanRow:
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            plan = session.get(MarketingPlan, plan_id)
            if plan is None:
                raise NotFound(tr("The marketing plan no longer exists (#%s).") % plan_id)
            return _row(session, plan)

    def approved_budget(
        self, actor: Actor, period_kind: str, year: int, period: int
    ) -> dict[int, int]:
        """category id -> the effective approved budget of a period (categories with
        none left out): what a plan's budget is checked against."""
        if period_kind not in PlanPeriod.ALL:
            raise ValidationError("period_kind", tr("Choose annual, quarterly or monthly."))
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            cells = year_cells(session, year, months=period_months(period_kind, period))
        approved: dict[int, int] = {}
        for (category_id, _month), cell in cells.items():
            approved[category_id] = approved.get(category_id, 0) + cell.effective
        return {c: fen for c, fen in approved.items() if fen}

    def check_budget(self, actor: Actor, data: PlanInput) -> tuple[BudgetCheckLine, ...]:
        """The editor's live check of the plan's budget against the approved one."""
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            clean = _check(session, data)
            return budget_check(session, clean.period_kind, clean.year, clean.period, clean.budgets)

    def save_plan(
        self, actor: Actor, plan_id: int | None, data: PlanInput, version: int | None = None
    ) -> PlanRow:
        """Create (plan_id None) or edit a draft or returned plan."""
        with self.tx(actor, P.EDIT_PLANS) as tx:
            clean = _check(tx.session, data)
            clash = tx.session.scalar(
                select(MarketingPlan.id).where(
                    MarketingPlan.period_kind == clean.period_kind,
                    MarketingPlan.year == clean.year,
                    MarketingPlan.period == clean.period,
                    MarketingPlan.id != (plan_id or 0),
                )
            )
            if clash is not None:
                raise ConflictError(
                    tr("There is a plan for %s already.")
                    % period_label(clean.period_kind, clean.year, clean.period)
                )
            if plan_id is None:
                plan = MarketingPlan(status=PS.DRAFT, created_by_user_id=actor.user_id)
                tx.session.add(plan)
                before = None
            else:
                if version is None:
                    raise stale_error()
                plan = tx.get(MarketingPlan, plan_id, version)
                self._require_author(actor, plan)
                if plan.status not in PLAN_EDITABLE:
                    raise ConflictError(
                        tr("A %s plan can no longer be edited.") % plan_status_label(plan.status)
                    )
                before = _snapshot(plan)
            plan.name, plan.period_kind = clean.name, clean.period_kind
            plan.year, plan.period = clean.year, clean.period
            plan.goal_leads, plan.goal_trials = clean.goal_leads, clean.goal_trials
            plan.goal_enrollments = clean.goal_enrollments
            plan.goal_revenue_fen = clean.goal_revenue_fen
            plan.note, plan.owner_id = clean.note, clean.owner_id
            existing = {b.category_id: b for b in plan.budgets}
            for category_id, line in existing.items():
                if category_id not in clean.budgets:
                    plan.budgets.remove(line)
            for category_id, fen in clean.budgets.items():
                if category_id in existing:
                    existing[category_id].amount_fen = fen
                else:
                    plan.budgets.append(
                        MarketingPlanBudget(category_id=category_id, amount_fen=fen)
                    )
            plan.updated_at = utcnow()
            tx.session.flush()
            tx.audit(
                "create" if before is None else "update",
                plan,
                before,
                after=_snapshot(plan),
                summary=plan.name,
            )
            return tx.done(_row(tx.session, plan))

    @staticmethod
    def _require_author(actor: Actor, plan: MarketingPlan) -> None:
        """Staff edit and submit the plans they made or own; managers any."""
        if actor.can(P.APPROVE_PLANS):
            return
        mine = (actor.user_id is not None and actor.user_id == plan.created_by_user_id) or (
            actor.staff_id is not None and actor.staff_id == plan.owner_id
        )
        if not mine:
            raise PermissionDenied(tr("Only the plan's author or a manager may change it."))

    def transition(
        self, actor: Actor, plan_id: int, version: int, action: str, reason: str = ""
    ) -> PlanRow:
        moves = [t for t in PLAN_FLOW.transitions if t.action == action]
        if not moves:
            raise ValidationError("action", tr("Unknown action: %s") % action)
        if moves[0].needs_reason:
            reason = check_text(reason, "reason", required=True, limit=2000, label=tr("The reason"))
        with self.tx(actor, moves[0].permission) as tx:
            plan = tx.get(MarketingPlan, plan_id, version)
            t = find_plan_move(action, plan.status)
            PLAN_FLOW.check(actor, t, plan)
            if action == "submit":
                self._require_author(actor, plan)
                budgets = {b.category_id: b.amount_fen for b in plan.budgets}
                over = [
                    line
                    for line in budget_check(
                        tx.session, plan.period_kind, plan.year, plan.period, budgets
                    )
                    if line.over_fen
                ]
                if over:
                    raise ConflictError(
                        tr("The plan's budget is over the approved budget: %s.")
                        % "; ".join(
                            tr("%s by %s") % (line.category_name, format_money(line.over_fen))
                            for line in over
                        )
                    )
            before = snapshot(plan)
            plan.status = t.target
            if action == "submit":
                plan.submitted_at = utcnow()
                plan.return_reason = ""
            elif action == "approve":
                plan.approved_by_name = actor_name(actor)
                plan.approved_at = utcnow()
            elif action == "return":
                plan.return_reason = reason
            tx.audit(action, plan, before, summary=reason or plan.name)
            return tx.done(_row(tx.session, plan))

    def submit(self, actor: Actor, plan_id: int, version: int) -> PlanRow:
        return self.transition(actor, plan_id, version, "submit")

    def approve(self, actor: Actor, plan_id: int, version: int) -> PlanRow:
        return self.transition(actor, plan_id, version, "approve")

    def return_plan(self, actor: Actor, plan_id: int, version: int, reason: str) -> PlanRow:
        return self.transition(actor, plan_id, version, "return", reason)

    def actual(self, actor: Actor, plan_id: int) -> PlanActual:
        """The plan's period as MarketDesk recorded it: leads (customers created),
        trials attended, enrollments (first ones, renewals left out) and their
        revenue, the plan's activities and their leads, spend by category."""
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            plan = session.get(MarketingPlan, plan_id)
            if plan is None:
                raise NotFound(tr("The marketing plan no longer exists (#%s).") % plan_id)
            start, end = period_bounds(plan.period_kind, plan.year, plan.period)
            t0, t1 = local_day_bounds(start)[0], local_day_bounds(end)[0]
            leads = session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(
                    Customer.created_at >= t0,
                    Customer.created_at < t1,
                    Customer.deleted_at.is_(None),
                )
            )
            trials = session.scalar(
                select(func.count())
                .select_from(TrialClass)
                .where(
                    TrialClass.status == TrialStatus.ATTENDED,
                    TrialClass.scheduled_at >= t0,
                    TrialClass.scheduled_at < t1,
                )
            )
            enrollments = session.scalar(
                select(func.count())
                .select_from(Enrollment)
                .where(
                    Enrollment.enrolled_on >= start,
                    Enrollment.enrolled_on < end,
                    Enrollment.is_renewal.is_(False),
                )
            )
            revenue = session.scalar(
                select(func.sum(Enrollment.amount_fen)).where(
                    Enrollment.enrolled_on >= start, Enrollment.enrolled_on < end
                )
            )
            planned = session.scalar(
                select(func.count())
                .select_from(Activity)
                .where(
                    Activity.plan_id == plan.id,
                    Activity.status.not_in((S.CANCELLED, S.REJECTED)),
                )
            )
            completed = session.scalar(
                select(func.count())
                .select_from(Activity)
                .where(Activity.plan_id == plan.id, Activity.status == S.COMPLETED)
            )
            activity_leads = session.scalar(
                select(func.count())
                .select_from(ActivityLead)
                .join(Activity, Activity.id == ActivityLead.activity_id)
                .where(Activity.plan_id == plan.id)
            )
            months = period_months(plan.period_kind, plan.period)
            spent: dict[int, int] = {}
            for (category_id, _m), cell in year_cells(session, plan.year, months=months).items():
                spent[category_id] = spent.get(category_id, 0) + cell.spend
            budgets = {b.category_id: b.amount_fen for b in plan.budgets}
            return PlanActual(
                start=start,
                end=end,
                leads=int(leads or 0),
                trials=int(trials or 0),
                enrollments=int(enrollments or 0),
                revenue_fen=int(revenue or 0),
                activities_planned=int(planned or 0),
                activities_completed=int(completed or 0),
                activity_leads=int(activity_leads or 0),
                spend_by_category=spent,
                budget_check=budget_check(
                    session, plan.period_kind, plan.year, plan.period, budgets
                ),
            )
