"""The Workbench tab (工作台), first of every role's tabs (app/workbench/feature.py)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

from app.entities import kinds_of
from app.features import features
from app.workbench.permissions import WorkbenchPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _workbench_tab(ctx):
    from ui.workbench.tab import WorkbenchTab  # imported when the tab is first shown

    return WorkbenchTab(ctx)


def _kinds() -> frozenset[str]:
    """The kinds of every feature that offers workbench items: a change to any of
    them may add or remove an item."""
    modules = [
        importlib.import_module(module)
        for feature in features()
        if feature.workbench
        for module in feature.models
    ]
    return frozenset(kinds_of(*modules))


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "workbench",
            lambda: QCoreApplication.translate("WorkbenchFeature", "Workbench"),
            _workbench_tab,
            lambda ctx: ctx.actor.can(WorkbenchPermission.VIEW),
            _kinds(),
            order=0,  # before every other tab: what the user sees first
        ),
    ),
    tour=("ui.workbench.tour",),
)
