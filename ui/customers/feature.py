"""The Customers tab and its tour dialogs (app/customers/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.customers import kinds as customers_kinds
from app.customers.permissions import CustomerPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _customers_tab(ctx):
    from ui.customers.customers_tab import CustomersTab

    return CustomersTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "customers",
            lambda: QCoreApplication.translate("CustomersFeature", "Customers"),
            _customers_tab,
            lambda ctx: ctx.actor.can(CustomerPermission.VIEW_CUSTOMERS),
            customers_kinds.KINDS,
            order=10,
            preload="ui.customers.customers_tab",
        ),
    ),
    tour=("ui.customers.tour",),
)
