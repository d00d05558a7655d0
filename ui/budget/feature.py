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


def _budget_page(parent, page: str):
    """The Budget tab brought to the front on one of its pages (None: no window)."""
    from ui.record_links import show_tab

    tab = show_tab(parent, "budget")
    if tab is not None:
        tab.tabs.setCurrentWidget(getattr(tab, page))
    return tab


def _open_budget_plan(ctx, parent, record_id: int) -> None:
    """The plan's year on the Annual plan page (plans are kept one per year)."""
    import datetime as dt

    tab = _budget_page(parent, "plan")
    if tab is None:
        return
    this_year = dt.date.today().year
    for year in range(this_year - 2, this_year + 3):
        plan = ctx.services.budget_plans.get_plan(ctx.actor, year)
        if plan is not None and plan.id == record_id:
            tab.plan.year.setValue(year)
            return


def _open_budget_adjustment(ctx, parent, record_id: int) -> None:
    """The adjustment chosen on the Adjustments page, in its year."""
    import datetime as dt

    from ui.record_links import select_row

    tab = _budget_page(parent, "adjustments")
    if tab is None:
        return
    panel = tab.adjustments
    panel.status.setCurrentIndex(0)  # all, so that the row is listed
    this_year = dt.date.today().year
    for year in (this_year, this_year + 1, this_year - 1):
        rows = ctx.services.budget_adjustments.list_adjustments(ctx.actor, year)
        if any(r.id == record_id for r in rows):
            panel.year.setValue(year)
            panel.refresh()
            select_row(panel.table, record_id)
            return


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
    openers={
        "budget_plans": _open_budget_plan,
        "budget_adjustments": _open_budget_adjustment,
    },
)
