"""The Customers tab and its tour dialogs (app/customers/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.customers import kinds as customers_kinds
from app.customers.permissions import CustomerPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _open_complaint(ctx, parent, record_id: int) -> None:
    """A complaint opens its customer (the complaints are a page of its dialog)."""
    from ui.widgets.dialogs import run

    customer_id = run(
        parent, lambda: ctx.services.customers.complaint_customer(ctx.actor, record_id)
    )
    if customer_id is not None:
        _open_customer(ctx, parent, customer_id)


def _customers_tab(ctx):
    from ui.customers.customers_tab import CustomersTab

    return CustomersTab(ctx)


def _open_customer(ctx, parent, record_id: int) -> None:
    """Through the customers tab when there is a main window (its dialog carries the
    actions other features add to it), else a dialog of its own."""
    from ui.record_links import built_tab

    tab = built_tab(parent, "customers")
    if tab is not None:
        tab.open_customer(record_id)
        return
    from PySide6.QtCore import Qt

    from ui.customers.detail_dialog import CustomerDialog

    dialog = CustomerDialog(ctx, record_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()


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
    openers={"customers": _open_customer, "complaints": _open_complaint},
)
