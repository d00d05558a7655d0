"""Import, export, booth bundles and privacy: menu entries, and actions added to the
Customers tab (app/customers_io/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.customers_io.permissions import CustomerIoPermission
from ui.features import TabContribution, UiFeature
from ui.menus import MenuEntry

# The actions module loads the import, export and privacy code: only when used.


def _install(tab, ctx) -> None:
    from ui.customers_io.actions import install_io_actions

    install_io_actions(tab, ctx)


def _import(ctx, window) -> None:
    from ui.customers_io.actions import open_import

    open_import(ctx, window)


def _merge_bundle(ctx, window) -> None:
    from ui.customers_io.actions import open_merge_bundle

    open_merge_bundle(ctx, window)


def _booth(ctx, window) -> None:
    from ui.customers_io.actions import open_booth

    open_booth(ctx, window)


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "file",
            "customers_import",
            lambda: QCoreApplication.translate("CustomersIoActions", "Import customers…"),
            _import,
            "",
            lambda ctx: ctx.actor.can(CustomerIoPermission.IMPORT_CUSTOMERS),
        ),
        MenuEntry(
            "file",
            "customers_merge_bundle",
            lambda: QCoreApplication.translate("CustomersIoActions", "Merge booth bundle…"),
            _merge_bundle,
            "",
            lambda ctx: ctx.actor.can(CustomerIoPermission.MERGE_BUNDLES),
        ),
        MenuEntry(
            "tools",
            "customers_booth",
            lambda: QCoreApplication.translate("CustomersIoActions", "Booth mode"),
            _booth,
            "Ctrl+Shift+B",
            lambda ctx: ctx.actor.can(CustomerIoPermission.CAPTURE_LEADS),
        ),
    ),
    # Import, export, booth bundles and privacy on the Customers tab's toolbar.
    contributions=(TabContribution("customers", _install),),
    tour=("ui.customers_io.tour",),
)
