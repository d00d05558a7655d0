"""What the budget feature lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class BudgetPermission(StrEnum):
    VIEW_BUDGET = "budget.view"  # categories, plans, adjustments
    VIEW_BUDGET_REPORT = "budget.report"  # budget vs. spend, drill-down, export
    MANAGE_EXPENSE_CATEGORIES = "budget.categories"  # categories and reimbursement standards
    EDIT_BUDGET_PLAN = "budget.plan.edit"  # draft and submit the annual plan
    APPROVE_BUDGET_PLAN = "budget.plan.approve"  # approve / return a submitted plan
    REQUEST_BUDGET_ADJUSTMENT = "budget.adjust.request"
    APPROVE_BUDGET_ADJUSTMENT = "budget.adjust.approve"
    RECORD_DIRECT_EXPENSE = "budget.expense.record"  # direct expenses and their reversal


GRANTS: Grants = {
    # Managers draft the annual plan and approve adjustments; finance approves plans
    # and records direct expenses.
    Role.MANAGER: {
        BudgetPermission.VIEW_BUDGET,
        BudgetPermission.VIEW_BUDGET_REPORT,
        BudgetPermission.EDIT_BUDGET_PLAN,
        BudgetPermission.REQUEST_BUDGET_ADJUSTMENT,
        BudgetPermission.APPROVE_BUDGET_ADJUSTMENT,
    },
    Role.STAFF: {BudgetPermission.VIEW_BUDGET, BudgetPermission.REQUEST_BUDGET_ADJUSTMENT},
    Role.SERVICE: {BudgetPermission.VIEW_BUDGET},
    Role.FINANCE: {
        BudgetPermission.VIEW_BUDGET,
        BudgetPermission.VIEW_BUDGET_REPORT,
        BudgetPermission.APPROVE_BUDGET_PLAN,
        BudgetPermission.RECORD_DIRECT_EXPENSE,
    },
}
