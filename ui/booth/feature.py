"""Booth kits in the GUI: "Create booth kit…" in the File menu and on the Customers
tab's toolbar, beside "Merge booth bundle…" (app/booth/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.booth.permissions import BoothPermission
from ui.features import TabContribution, UiFeature
from ui.menus import MenuEntry


def _title() -> str:
    return QCoreApplication.translate("BoothKitActions", "Create booth kit…")


def _open(ctx, parent) -> None:
    from ui.booth.kit_dialog import open_kit_dialog

    open_kit_dialog(ctx, parent)


def _install(tab, ctx) -> None:
    from ui.customers.customers_tab import tab_action  # the tab's module is loaded by now

    tab.booth_kit_action = tab_action(
        tab, _title(), lambda: _open(ctx, tab), None, ctx.actor.can(BoothPermission.CREATE_KITS)
    )
    tab.booth_kit_action.setToolTip(
        QCoreApplication.translate(
            "BoothKitActions",
            "A small database for a booth laptop: the event, channels, courses and the booth "
            "staff's accounts, and no existing customer",
        )
    )
    tab.toolbar.addAction(tab.booth_kit_action)


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "file",
            "booth_kit",
            _title,
            _open,
            "",
            lambda ctx: ctx.actor.can(BoothPermission.CREATE_KITS),
        ),
    ),
    contributions=(TabContribution("customers", _install),),
    tour=("ui.booth.tour",),
)
