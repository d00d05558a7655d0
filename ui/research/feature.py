"""The Research tab (市场调研) and its tour pages (app/research/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.research import kinds as research_kinds
from app.research.permissions import ResearchPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _research_tab(ctx):
    from ui.research.tab import ResearchTab  # imported when the tab is first shown

    return ResearchTab(ctx)


def _open_plan(ctx, parent, record_id: int) -> None:
    """The research plan chosen on the Research plans page."""
    from ui.record_links import select_row, show_tab

    tab = show_tab(parent, "research")
    if tab is not None:
        tab.pages.setCurrentIndex(0)
        tab.refresh()
        select_row(tab.plan_view, record_id)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "research",
            lambda: QCoreApplication.translate("ResearchFeature", "Research"),
            _research_tab,
            lambda ctx: ctx.actor.can(ResearchPermission.VIEW),
            research_kinds.KINDS,
            order=78,
        ),
    ),
    tour=("ui.research.tour",),
    openers={"research_plans": _open_plan},
)
