"""The Conduct tab (员工行为) and its tour dialogs (app/conduct/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.conduct import kinds as conduct_kinds
from app.conduct.permissions import ConductPermission
from app.staff import kinds as staff_kinds
from ui.features import UiFeature
from ui.tabs import TabSpec


def _conduct_tab(ctx):
    from ui.conduct.tab import ConductTab  # imported when the tab is first shown

    return ConductTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "conduct",
            lambda: QCoreApplication.translate("ConductFeature", "Conduct"),
            _conduct_tab,
            lambda ctx: ctx.actor.can(ConductPermission.VIEW_OWN),
            conduct_kinds.KINDS | conduct_kinds.RULE_KINDS | staff_kinds.KINDS,  # + names, rules
            order=70,
        ),
    ),
    tour=("ui.conduct.tour",),
)
