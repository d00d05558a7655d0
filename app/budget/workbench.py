"""The budget's workbench items (app.work_items): a submitted annual plan for the
one who approves plans (finance), and pending adjustments for the one who decides
them (a manager), this year's and next year's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.budget.permissions import BudgetPermission
from app.budget.translation import tr
from app.context import Actor
from app.entities import kind
from app.money import format_money
from app.work_items import Section, WorkItem
from db.models.budget import AdjustmentStatus, BudgetAdjustment, BudgetPlan, PlanStatus


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    found: list[WorkItem] = []
    years = (today.year, today.year + 1)
    if actor.can(BudgetPermission.APPROVE_BUDGET_PLAN):
        for year in years:
            plan = services.budget_plans.get_plan(actor, year)
            if plan is not None and plan.status == PlanStatus.SUBMITTED:
                found.append(
                    WorkItem(
                        Section.APPROVALS,
                        tr("Budget plan %d to approve") % year,
                        tr("Total %s") % format_money(plan.total_fen),
                        kind=kind(BudgetPlan),
                        record_id=plan.id,
                    )
                )
    if actor.can(BudgetPermission.APPROVE_BUDGET_ADJUSTMENT):
        for year in years:
            rows = services.budget_adjustments.list_adjustments(
                actor, year, AdjustmentStatus.PENDING
            )
            found.extend(
                WorkItem(
                    Section.APPROVALS,
                    tr("Budget adjustment to decide: %s %d-%02d")
                    % (row.category_name, row.year, row.month),
                    " · ".join(
                        p
                        for p in (row.requested_by_name, format_money(row.amount_fen), row.reason)
                        if p
                    ),
                    kind=kind(BudgetAdjustment),
                    record_id=row.id,
                )
                for row in reversed(rows)  # oldest first
            )
    return found
