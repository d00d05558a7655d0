"""Budgets: expense categories, annual plans, adjustments, direct expenses, the report."""

from __future__ import annotations

from app.budget.permissions import GRANTS, BudgetPermission
from app.features import DemoStep, Feature
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="budget",
    models=("db.models.budget",),
    migrations=VERSIONS_DIR,  # branch "budget": b001 (budget and claims tables)
    permissions=(BudgetPermission,),
    grants=GRANTS,
    services={
        "expense_categories": "app.budget.categories:ExpenseCategoryService",
        "budget_plans": "app.budget.plans:BudgetPlanService",
        "budget_adjustments": "app.budget.adjustments:BudgetAdjustmentService",
        "direct_expenses": "app.budget.expenses:DirectExpenseService",
        "budget_report": "app.budget.report:BudgetReportService",
    },
    ui="ui.budget.feature",
    demo=DemoStep("budget", "app.demo.budget"),  # budgets and claims
    benchmarks=("bench_budget",),
    translations=("budget",),  # the claims strings too
    workbench="app.budget.workbench:items",
    risks="app.budget.risks:RULES",  # risk warnings (app/risk_kit.py)
)
