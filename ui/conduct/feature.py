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


def _open_record(ctx, parent, record_id: int) -> None:
    """The record chosen in the Conduct tab, its year shown with no other filter."""
    from ui.record_links import select_row, show_tab

    tab = show_tab(parent, "conduct")
    if tab is None:
        return
    record = ctx.services.conduct.get_record(ctx.actor, record_id)
    for box, value in ((tab.span, "year"), (tab.person, None), (tab.kind, None)):
        box.setCurrentIndex(max(0, box.findData(value)))
    tab.answer.setCurrentIndex(0)
    tab.year.setValue(record.occurred_on.year)
    tab.refresh()
    select_row(tab.records_view, record_id)


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
    openers={"conduct_records": _open_record},
)
