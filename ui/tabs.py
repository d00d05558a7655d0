"""Tabs registered by features. Only built features appear.

A feature adds a TabSpec to TABS. `factory(ctx)` builds the widget; `visible`
decides per role (the services still check permissions themselves).
A tab widget may define `refresh()` (called when shown and on data changes
of the entities in `entities`) and `title_suffix()`, a short count ("3") that
the window shows as "Title (3)", or "" for none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import UiContext


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[UiContext], QWidget]
    visible: Callable[[UiContext], bool] = lambda ctx: True
    entities: frozenset[str] = field(default_factory=frozenset)


def _staff_tab(ctx: UiContext) -> QWidget:
    from ui.staff.staff_tab import StaffTab

    return StaffTab(ctx)


def _customers_tab(ctx: UiContext) -> QWidget:
    from ui.customers.customers_tab import CustomersTab
    from ui.customers_io.actions import install_io_actions

    tab = CustomersTab(ctx)
    install_io_actions(tab, ctx)  # import, export, booth bundles, privacy (customers_io)
    return tab


def _claims_tab(ctx: UiContext) -> QWidget:
    from ui.claims.tab import ClaimsTab

    return ClaimsTab(ctx)


def _budget_report_tab(ctx: UiContext) -> QWidget:
    from ui.budget.report_tab import BudgetReportTab

    return BudgetReportTab(ctx)


def _budget_tab(ctx: UiContext) -> QWidget:
    from ui.budget.budget_tab import BudgetTab

    return BudgetTab(ctx)


def tabs() -> list[TabSpec]:
    """The tab list, in display order. Features append their spec here."""
    from app.budget import kinds as budget
    from app.claims import kinds as claims
    from app.customers import kinds as customers
    from app.permissions import Permission
    from app.staff import kinds as staff

    return [
        # --- customers
        TabSpec(
            "customers",
            lambda: QCoreApplication.translate("tabs", "Customers"),
            _customers_tab,
            lambda ctx: ctx.actor.can(Permission.VIEW_CUSTOMERS),
            customers.KINDS,
        ),
        # --- budget and claims
        TabSpec(
            "claims",
            lambda: QCoreApplication.translate("tabs", "Claims"),
            _claims_tab,
            lambda ctx: any(
                ctx.actor.can(p)
                for p in (
                    Permission.CREATE_CLAIM,
                    Permission.VIEW_ALL_CLAIMS,
                    Permission.APPROVE_CLAIM_DEPARTMENT,
                    Permission.APPROVE_CLAIM_FINANCE,
                )
            ),
            claims.KINDS,
        ),
        TabSpec(
            "budget_report",
            lambda: QCoreApplication.translate("tabs", "Budget vs spend"),
            _budget_report_tab,
            lambda ctx: ctx.actor.can(Permission.VIEW_BUDGET_REPORT),
            budget.KINDS | claims.KINDS,  # spend comes from claims and direct expenses
        ),
        TabSpec(
            "budget",
            lambda: QCoreApplication.translate("tabs", "Budget"),
            _budget_tab,
            lambda ctx: ctx.actor.can(Permission.VIEW_BUDGET),
            budget.KINDS,
        ),
        # --- platform
        TabSpec(
            "staff",
            lambda: QCoreApplication.translate("tabs", "Staff"),
            _staff_tab,
            lambda ctx: ctx.actor.can(Permission.VIEW_STAFF),
            staff.KINDS,
        ),
    ]
