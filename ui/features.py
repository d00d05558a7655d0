"""The UI half of the registered features (app.features.Feature.ui).

A feature's `ui/<feature>/feature.py` holds `UI_FEATURE = UiFeature(...)`: its
tabs, menu entries, actions it adds to another feature's tab, and the dialogs of
the screenshot tour. The shell (ui/tabs.py, ui/menus.py, ui/tour_registry.py)
collects them from here. Keep these modules light: they are imported at
start-up; import widgets inside the factories.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.features import ui_modules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import UiContext
    from ui.feature_tab import FeatureTab
    from ui.menus import MenuEntry
    from ui.tabs import TabSpec

TourFactory = Callable[["UiContext"], "QWidget"]
# Opens one record for viewing or editing: opener(ctx, parent, record_id).
Opener = Callable[["UiContext", "QWidget", int], None]


@dataclass(frozen=True)
class TabContribution:
    """Actions a feature adds to another feature's tab, installed when that tab is built."""

    tab_key: str
    install: Callable[[FeatureTab, UiContext], None]


@dataclass(frozen=True)
class UiFeature:
    tabs: tuple[TabSpec, ...] = ()
    menus: tuple[MenuEntry, ...] = ()
    contributions: tuple[TabContribution, ...] = ()
    # Modules of the screenshot tour's dialogs, each with DIALOGS: a list of
    # (file name stem, factory(UiContext) -> QWidget); imported only by the tour.
    tour: tuple[str, ...] = ()
    # Entity kind (table name) -> opener of one record of that kind, for links from
    # other features (the workbench's items, risk warnings). Import dialogs inside.
    openers: Mapping[str, Opener] = field(default_factory=dict)


def tour_pages() -> list[tuple[str, TourFactory]]:
    return [
        page
        for feature in ui_features()
        for module in feature.tour
        for page in importlib.import_module(module).DIALOGS
    ]


def ui_features() -> list[UiFeature]:
    return [importlib.import_module(module).UI_FEATURE for module in ui_modules()]


def open_record(ctx: UiContext, parent: QWidget, kind: str, record_id: int) -> bool:
    """Open a record through the feature that registered an opener for its kind;
    False when no feature did (the caller falls back to showing a tab)."""
    for feature in ui_features():
        opener = feature.openers.get(kind)
        if opener is not None:
            opener(ctx, parent, record_id)
            return True
    return False
