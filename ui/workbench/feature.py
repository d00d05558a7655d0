"""The Workbench tab (工作台), first of every role's tabs (app/workbench/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.entities import lazy_kinds
from app.features import features, risk_rule_sets, workbench_providers
from app.workbench.permissions import WorkbenchPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _workbench_tab(ctx):
    from ui.workbench.tab import WorkbenchTab  # imported when the tab is first shown

    return WorkbenchTab(ctx)


def _kinds():
    """The kinds of every feature that offers workbench items: a change to any of
    them may add or remove an item. Read when first needed: importing every
    feature's models here would cost the start-up what the lazy models save."""
    return lazy_kinds(*(m for f in features() if f.workbench for m in f.models))


def _reads_through() -> list[str]:
    """The tab's module and every provider's and risk rule's (what it imports to
    load its items), preloaded while the user types when the workbench comes first."""
    paths = [*workbench_providers(), *risk_rule_sets()]
    return ["ui.workbench.tab", *dict.fromkeys(path.split(":")[0] for path in paths)]


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "workbench",
            lambda: QCoreApplication.translate("WorkbenchFeature", "Workbench"),
            _workbench_tab,
            lambda ctx: ctx.actor.can(WorkbenchPermission.VIEW),
            _kinds(),
            order=0,  # before every other tab: what the user sees first
            preload=_reads_through,
        ),
    ),
    tour=("ui.workbench.tour",),
)
