"""The research pages for the screenshot tour (ui/tour_registry.py): the plans with
the approved plan's report, and the competitor register with a history."""

from __future__ import annotations


def _plans(ctx):
    from ui.research.tab import ResearchTab

    tab = ResearchTab(ctx)
    for row in range(tab.plans.rowCount()):
        found = tab.plans.row_at(tab.plans.index(row, 0))
        if found is not None and found.status == "approved":
            tab.plan_view.setCurrentIndex(tab.plans.index(row, 0))
    tab.resize(1280, 720)
    return tab


def _competitors(ctx):
    from ui.research.tab import ResearchTab

    tab = ResearchTab(ctx)
    tab.pages.setCurrentIndex(1)
    tab.resize(1280, 720)
    return tab


def _observation(ctx):
    from ui.research.dialogs import ObservationDialog

    rows = ctx.services.research.list_competitors(ctx.actor)
    return ObservationDialog(rows[0] if rows else None)


DIALOGS = [
    ("research-plans", _plans),
    ("research-competitors", _competitors),
    ("research-observation", _observation),
]
