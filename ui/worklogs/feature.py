"""The Plans & reports tab (工作计划) and its tour dialog (app/worklogs/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.worklogs import kinds as worklogs_kinds
from app.worklogs.permissions import WorklogsPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _worklogs_tab(ctx):
    from ui.worklogs.tab import WorklogsTab  # imported when the tab is first shown

    return WorklogsTab(ctx)


def _open_report(ctx, parent, record_id: int) -> None:
    """The plan or report chosen in the Plans and reports page, in its year."""
    from ui.record_links import select_row, show_tab

    tab = show_tab(parent, "worklogs")
    if tab is None:
        return
    report = ctx.services.worklogs.get_report(ctx.actor, record_id)
    tab.pages.setCurrentIndex(0)
    tab.year.setValue(report.year)
    tab.refresh()
    select_row(tab.view, record_id)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "worklogs",
            lambda: QCoreApplication.translate("WorklogsFeature", "Plans and reports"),
            _worklogs_tab,
            lambda ctx: ctx.actor.can(WorklogsPermission.VIEW_OWN),
            worklogs_kinds.KINDS,
            order=75,
        ),
    ),
    tour=("ui.worklogs.tour",),
    openers={"work_reports": _open_report},
)
