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
)
