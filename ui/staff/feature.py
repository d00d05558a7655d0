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


def _open_staff(ctx, parent, record_id: int) -> None:
    """A staff member (a link from a risk warning, say): the staff tab on that row."""
    from ui.record_links import select_row, show_tab

    tab = show_tab(parent, "staff")
    if tab is not None:
        select_row(tab.view, record_id)


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
    openers={"staff": _open_staff},
)
