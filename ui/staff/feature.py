"""The Staff tab and its tour dialog (app/staff/feature.py; docs/NEW_FEATURE.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.staff import kinds as staff_kinds
from app.staff.permissions import StaffPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _staff_tab(ctx):
    from ui.staff.staff_tab import StaffTab  # imported when the tab is first shown

    return StaffTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "staff",
            lambda: QCoreApplication.translate("StaffFeature", "Staff"),
            _staff_tab,
            lambda ctx: ctx.actor.can(StaffPermission.VIEW_STAFF),
            staff_kinds.KINDS,
            order=90,
        ),
    ),
    tour=("ui.staff.tour",),
)
