"""Annual budget plans: a category x month grid with purposes; draft -> submitted -> approved.

The editor of the plan (a manager) drafts and submits it; finance approves it or
returns it to draft with a reason (DESIGN.md sections 3 and 5). An approved plan
is frozen: later changes go through adjustments (app.budget.adjustments).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select

from app.budget.permissions import BudgetPermission
from app.budget.translation import tr
from app.context import Actor, actor_name
from app.errors import ConflictError, ValidationError
from app.service import Changed, Service, snapshot, stale_error
from app.validation import check_month, check_text, check_year
from app.workflow import Transition, Workflow
from db.models.budget import BudgetPlan, BudgetPlanLine, BudgetPlanPurpose, ExpenseCategory
from db.models.budget import PlanStatus as S
from db.types import utcnow


def _stamp_submit(t: Transition, plan: BudgetPlan, *, actor: Actor, reason: str) -> None:
    plan.submitted_by_user_id = actor.user_id
    plan.submitted_at = utcnow()
    plan.return_reason = ""


def _stamp_approve(t: Transition, plan: BudgetPlan, *, actor: Actor, reason: str) -> None:
    plan.approved_by_user_id = actor.user_id
    plan.approved_by_name = actor_name(actor)
    plan.approved_at = utcnow()


def _stamp_return(t: Transition, plan: BudgetPlan, *, actor: Actor, reason: str) -> None:
    plan.return_reason = reason


# The plan workflow in one place (DESIGN.md section 5).
PLAN_FLOW: Workflow[Transition] = Workflow(
    "budget plan",
    S.ALL,
    (
        Transition("submit", S.DRAFT, S.SUBMITTED, BudgetPermission.EDIT_BUDGET_PLAN),
        Transition("approve", S.SUBMITTED, S.APPROVED, BudgetPermission.APPROVE_BUDGET_PLAN),
        Transition(
            "return", S.SUBMITTED, S.DRAFT, BudgetPermission.APPROVE_BUDGET_PLAN, needs_reason=True
        ),
    ),
    hooks={"submit": [_stamp_submit], "approve": [_stamp_approve], "return": [_stamp_return]},
)
PLAN_ACTIONS = frozenset(t.action for t in PLAN_FLOW.transitions)


def plan_status_label(status: str) -> str:
    return {
        S.DRAFT: tr("Draft", "plan status"),
        S.SUBMITTED: tr("Submitted", "plan status"),
        S.APPROVED: tr("Approved", "plan status"),
    }.get(status, status)


@dataclass(frozen=True)
class PlanView(Changed):
    id: int
    year: int
    status: str
    note: str
    return_reason: str
    approved_by_name: str
    approved_at: dt.datetime | None
    version: int
    amounts: dict[tuple[int, int], int] = field(default_factory=dict)  # (category, month)
    purposes: dict[int, str] = field(default_factory=dict)

    @property
    def total_fen(self) -> int:
        return sum(self.amounts.values())


def _view(plan: BudgetPlan) -> PlanView:
    return PlanView(
        id=plan.id,
        year=plan.year,
        status=plan.status,
        note=plan.note,
        return_reason=plan.return_reason,
        approved_by_name=plan.approved_by_name,
        approved_at=plan.approved_at,
        version=plan.version,
        amounts={(ln.category_id, ln.month): ln.amount_fen for ln in plan.lines},
        purposes={p.category_id: p.purpose for p in plan.purposes if p.purpose},
    )


def _plan_snapshot(plan: BudgetPlan) -> dict:
    data = snapshot(plan)
    data["lines"] = {f"{ln.category_id}-{ln.month}": ln.amount_fen for ln in plan.lines}
    data["purposes"] = {str(p.category_id): p.purpose for p in plan.purposes}
    return data


class BudgetPlanService(Service):
    def get_plan(self, actor: Actor, year: int) -> PlanView | None:
        with self.read(actor, BudgetPermission.VIEW_BUDGET) as session:
            plan = session.scalar(select(BudgetPlan).where(BudgetPlan.year == year))
            return _view(plan) if plan is not None else None

    def save_plan(
        self,
        actor: Actor,
        year: int,
        expected_version: int | None,
        amounts: dict[tuple[int, int], int],
        purposes: dict[int, str],
        note: str = "",
    ) -> PlanView:
        """Create (expected_version None) or replace the grid of a draft plan."""
        check_year(year)
        note = check_text(note, "note", limit=4000, label=tr("The note"))
        clean: dict[tuple[int, int], int] = {}
        for (category_id, month), fen in amounts.items():
            check_month(month)
            if not isinstance(fen, int) or isinstance(fen, bool):
                raise ValidationError("amount", tr("Amounts are whole fen."))
            if fen < 0:
                raise ValidationError(
                    "amount", tr("A budget amount cannot be negative (month %d).") % month
                )
            if fen:
                clean[(category_id, month)] = fen
        clean_purposes = {
            c: check_text(p, "purpose", limit=2000, label=tr("The purpose"))
            for c, p in purposes.items()
        }
        with self.tx(actor, BudgetPermission.EDIT_BUDGET_PLAN) as tx:
            known = set(tx.session.scalars(select(ExpenseCategory.id)))
            unknown = {c for c, _m in clean} | set(clean_purposes)
            if unknown - known:
                raise ValidationError("category", tr("An expense category no longer exists."))
            plan = tx.session.scalar(select(BudgetPlan).where(BudgetPlan.year == year))
            if plan is None:
                if expected_version is not None:
                    raise stale_error()
                plan = BudgetPlan(year=year, status=S.DRAFT)
                tx.session.add(plan)
                before = None
            else:
                if expected_version is None or plan.version != expected_version:
                    raise (
                        stale_error()
                        if expected_version is not None
                        else ConflictError(tr("A budget plan for %d exists already.") % year)
                    )
                if plan.status != S.DRAFT:
                    raise ConflictError(
                        tr(
                            "The %d plan is %s and can no longer be edited; "
                            "request a budget adjustment instead."
                        )
                        % (year, plan_status_label(plan.status))
                    )
                before = _plan_snapshot(plan)
            plan.note = note
            existing = {(ln.category_id, ln.month): ln for ln in plan.lines}
            for key, line in existing.items():
                if key not in clean:
                    plan.lines.remove(line)
            for (category_id, month), fen in clean.items():
                if (category_id, month) in existing:
                    existing[(category_id, month)].amount_fen = fen
                else:
                    plan.lines.append(
                        BudgetPlanLine(category_id=category_id, month=month, amount_fen=fen)
                    )
            old_purposes = {p.category_id: p for p in plan.purposes}
            for category_id, p in old_purposes.items():
                if not clean_purposes.get(category_id):
                    plan.purposes.remove(p)
            for category_id, text in clean_purposes.items():
                if not text:
                    continue
                if category_id in old_purposes:
                    old_purposes[category_id].purpose = text
                else:
                    plan.purposes.append(BudgetPlanPurpose(category_id=category_id, purpose=text))
            plan.updated_at = utcnow()  # a grid-only change still bumps the version
            tx.session.flush()
            tx.audit(
                "create" if before is None else "update",
                plan,
                before,
                after=_plan_snapshot(plan),
                summary=f"budget plan {year}",
            )
            return tx.done(_view(plan))

    def transition(
        self, actor: Actor, plan_id: int, expected_version: int, action: str, reason: str = ""
    ) -> PlanView:
        if action not in PLAN_ACTIONS:
            raise ValidationError("action", tr("Unknown action: %s") % action)
        permission = next(t.permission for t in PLAN_FLOW.transitions if t.action == action)
        if any(t.needs_reason for t in PLAN_FLOW.transitions if t.action == action):
            reason = check_text(reason, "reason", required=True, label=tr("The reason"))
        with self.tx(actor, permission) as tx:
            plan = tx.get(BudgetPlan, plan_id, expected_version)
            t = PLAN_FLOW.find(action, plan.status)
            if t is None:
                raise ConflictError(
                    tr("The %d plan is %s; this cannot be done now.")
                    % (plan.year, plan_status_label(plan.status))
                )
            if action == "submit" and not any(ln.amount_fen for ln in plan.lines):
                raise ValidationError("amount", tr("The plan has no amounts to submit."))
            before = snapshot(plan)
            plan.status = t.target
            PLAN_FLOW.run_hooks(t, plan, actor=actor, reason=reason)
            tx.audit(action, plan, before, summary=reason or f"budget plan {plan.year}")
            return tx.done(_view(plan))

    def submit(self, actor: Actor, plan_id: int, expected_version: int) -> PlanView:
        return self.transition(actor, plan_id, expected_version, "submit")

    def approve(self, actor: Actor, plan_id: int, expected_version: int) -> PlanView:
        return self.transition(actor, plan_id, expected_version, "approve")

    def return_to_draft(
        self, actor: Actor, plan_id: int, expected_version: int, reason: str
    ) -> PlanView:
        return self.transition(actor, plan_id, expected_version, "return", reason)
