"""The Budget and Budget vs spend tabs, and the budget and claim dialogs of the tour
(app/budget/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.budget import kinds as budget_kinds
from app.budget.permissions import BudgetPermission
from app.claims import kinds as claims_kinds
from ui.features import UiFeature
from ui.tabs import TabSpec


def _budget_report_tab(ctx):
    from ui.budget.report_tab import BudgetReportTab

    return BudgetReportTab(ctx)


def _budget_tab(ctx):
    from ui.budget.budget_tab import BudgetTab

    return BudgetTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "budget_report",
            lambda: QCoreApplication.translate("BudgetFeature", "Budget vs spend"),
            _budget_report_tab,
            lambda ctx: ctx.actor.can(BudgetPermission.VIEW_BUDGET_REPORT),
            budget_kinds.KINDS | claims_kinds.KINDS,  # spend: claims and direct expenses
            order=30,
        ),
        TabSpec(
            "budget",
            lambda: QCoreApplication.translate("BudgetFeature", "Budget"),
            _budget_tab,
            lambda ctx: ctx.actor.can(BudgetPermission.VIEW_BUDGET),
            budget_kinds.KINDS,
            order=40,
        ),
    ),
    tour=("ui.budget.tour",),  # the claim editor's dialogs too
)
