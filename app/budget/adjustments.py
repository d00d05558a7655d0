"""Budget adjustments (预算调整): pending -> approved | rejected, history kept.

Requested by staff or managers against an approved plan; approved or rejected
by a manager. A decided adjustment is never changed again; the effective budget
is the approved plan plus the approved adjustments (app.budget.figures).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.budget.figures import year_cells
from app.budget.permissions import BudgetPermission
from app.budget.translation import tr
from app.context import Actor, actor_name
from app.errors import ConflictError, ValidationError
from app.money import format_money
from app.service import Changed, Service, snapshot
from app.validation import check_month, check_text, check_year
from db.models.budget import AdjustmentStatus as A
from db.models.budget import BudgetAdjustment, BudgetPlan, ExpenseCategory, PlanStatus
from db.types import utcnow

# action -> (from status, to status, permission)
ADJUSTMENT_TRANSITIONS: dict[str, tuple[str, str, BudgetPermission]] = {
    "approve": (A.PENDING, A.APPROVED, BudgetPermission.APPROVE_BUDGET_ADJUSTMENT),
    "reject": (A.PENDING, A.REJECTED, BudgetPermission.APPROVE_BUDGET_ADJUSTMENT),
}


def adjustment_status_label(status: str) -> str:
    return {
        A.PENDING: tr("Pending", "adjustment status"),
        A.APPROVED: tr("Approved", "adjustment status"),
        A.REJECTED: tr("Rejected", "adjustment status"),
    }.get(status, status)


@dataclass(frozen=True)
class AdjustmentRow(Changed):
    id: int
    year: int
    month: int
    category_id: int
    category_name: str
    amount_fen: int
    reason: str
    status: str
    requested_by_name: str
    requested_by_user_id: int | None
    created_at: dt.datetime
    decided_by_name: str
    decided_at: dt.datetime | None
    decision_note: str
    version: int


def _row(a: BudgetAdjustment, category_name: str) -> AdjustmentRow:
    return AdjustmentRow(
        a.id,
        a.year,
        a.month,
        a.category_id,
        category_name,
        a.amount_fen,
        a.reason,
        a.status,
        a.requested_by_name,
        a.requested_by_user_id,
        a.created_at,
        a.decided_by_name,
        a.decided_at,
        a.decision_note,
        a.version,
    )


class BudgetAdjustmentService(Service):
    def list_adjustments(
        self, actor: Actor, year: int, status: str | None = None
    ) -> list[AdjustmentRow]:
        with self.read(actor, BudgetPermission.VIEW_BUDGET) as session:
            query = (
                select(BudgetAdjustment, ExpenseCategory.name)
                .join(ExpenseCategory, ExpenseCategory.id == BudgetAdjustment.category_id)
                .where(BudgetAdjustment.year == year)
                .order_by(BudgetAdjustment.created_at.desc(), BudgetAdjustment.id.desc())
            )
            if status:
                query = query.where(BudgetAdjustment.status == status)
            return [_row(a, name) for a, name in session.execute(query)]

    def request(
        self, actor: Actor, year: int, month: int, category_id: int, amount_fen: int, reason: str
    ) -> AdjustmentRow:
        check_year(year)
        check_month(month)
        if not isinstance(amount_fen, int) or amount_fen == 0:
            raise ValidationError(
                "amount",
                tr("An adjustment needs a non-zero amount (negative to reduce the budget)."),
            )
        reason = check_text(reason, "reason", required=True, label=tr("The reason"))
        with self.tx(actor, BudgetPermission.REQUEST_BUDGET_ADJUSTMENT) as tx:
            category = tx.get(ExpenseCategory, category_id)
            status = tx.session.scalar(select(BudgetPlan.status).where(BudgetPlan.year == year))
            if status != PlanStatus.APPROVED:
                raise ConflictError(
                    tr(
                        "The %d budget plan is not approved yet: change the plan "
                        "itself instead of requesting an adjustment."
                    )
                    % year
                )
            if amount_fen < 0:
                self._check_not_negative(tx.session, year, month, category, amount_fen)
            adjustment = BudgetAdjustment(
                year=year,
                month=month,
                category_id=category_id,
                amount_fen=amount_fen,
                reason=reason,
                status=A.PENDING,
                requested_by_user_id=actor.user_id,
                requested_by_name=actor_name(actor),
            )
            tx.session.add(adjustment)
            tx.audit("create", adjustment, None)
            return tx.done(_row(adjustment, category.name))

    def decide(
        self, actor: Actor, adjustment_id: int, expected_version: int, action: str, note: str = ""
    ) -> AdjustmentRow:
        if action not in ADJUSTMENT_TRANSITIONS:
            raise ValidationError("action", tr("Unknown action: %s") % action)
        source, target, permission = ADJUSTMENT_TRANSITIONS[action]
        note = check_text(note, "note", required=(action == "reject"), label=tr("The reason"))
        with self.tx(actor, permission) as tx:
            adjustment = tx.get(BudgetAdjustment, adjustment_id, expected_version)
            if adjustment.status != source:
                raise ConflictError(
                    tr("This adjustment is %s already.")
                    % adjustment_status_label(adjustment.status)
                )
            category = tx.get(ExpenseCategory, adjustment.category_id)
            if action == "approve" and adjustment.amount_fen < 0:
                self._check_not_negative(
                    tx.session, adjustment.year, adjustment.month, category, adjustment.amount_fen
                )
            before = snapshot(adjustment)
            adjustment.status = target
            adjustment.decided_by_user_id = actor.user_id
            adjustment.decided_by_name = actor_name(actor)
            adjustment.decided_at = utcnow()
            adjustment.decision_note = note
            tx.audit(action, adjustment, before, summary=note)
            return tx.done(_row(adjustment, category.name))

    def approve(
        self, actor: Actor, adjustment_id: int, expected_version: int, note: str = ""
    ) -> AdjustmentRow:
        return self.decide(actor, adjustment_id, expected_version, "approve", note)

    def reject(
        self, actor: Actor, adjustment_id: int, expected_version: int, note: str
    ) -> AdjustmentRow:
        return self.decide(actor, adjustment_id, expected_version, "reject", note)

    @staticmethod
    def _check_not_negative(
        session, year: int, month: int, category: ExpenseCategory, amount_fen: int
    ) -> None:
        cell = year_cells(session, year, months=[month], category_ids=[category.id]).get(
            (category.id, month)
        )
        effective = cell.effective if cell else 0
        if effective + amount_fen < 0:
            raise ValidationError(
                "amount",
                tr("%s in month %d has an effective budget of %s; it cannot be reduced by %s.")
                % (category.name, month, format_money(effective), format_money(-amount_fen)),
            )
