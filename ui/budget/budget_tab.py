"""The Budget tab: annual plan, adjustments, direct expenses, expense categories."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from app.budget.permissions import BudgetPermission
from ui.budget.adjustments_panel import AdjustmentsPanel
from ui.budget.categories_panel import CategoriesPanel
from ui.budget.expenses_panel import ExpensesPanel
from ui.budget.plan_editor import PlanEditor
from ui.context import UiContext
from ui.feature_tab import FeatureTab


class BudgetTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.plan = PlanEditor(ctx)
        self.adjustments = AdjustmentsPanel(ctx)
        self.tabs.addTab(self.plan, self.tr("Annual plan"))
        self.tabs.addTab(self.adjustments, self.tr("Adjustments"))
        self.expenses: ExpensesPanel | None = None
        if ctx.actor.can(BudgetPermission.VIEW_BUDGET_REPORT):
            self.expenses = ExpensesPanel(ctx)
            self.tabs.addTab(self.expenses, self.tr("Direct expenses"))
        self.categories = CategoriesPanel(ctx)
        self.tabs.addTab(self.categories, self.tr("Categories and standards"))
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.plan.refresh()
        self.adjustments.refresh()
        if self.expenses is not None:
            self.expenses.refresh()
        self.categories.refresh()
