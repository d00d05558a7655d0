"""The ad-copy check's UI half (app/adcheck/feature.py): the administrator's rules
dialog in the Tools menu, and the tour pages. The copy editor itself
(ui/adcheck/copy_editor.py) is placed by the features that hold copy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.adcheck.permissions import AdCheckPermission
from ui.features import UiFeature
from ui.menus import MenuEntry


def _open_rules(ctx, window) -> None:
    from ui.adcheck.rules_dialog import AdRulesDialog

    AdRulesDialog(ctx, window).exec()


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "tools",
            "adcheck_rules",
            lambda: QCoreApplication.translate("AdCheckFeature", "Ad-copy &rules..."),
            _open_rules,
            "",
            lambda ctx: ctx.actor.can(AdCheckPermission.EDIT_RULES),
            "actionAdRules",
        ),
    ),
    tour=("ui.adcheck.tour",),
)
