"""Tabs registered by features (ui.features.UiFeature.tabs), in display order.

`factory(ctx)` builds the tab, a ui.feature_tab.FeatureTab; `visible` decides
per role (the services still check permissions themselves); `entities` are the
entity kinds the tab shows: it is refreshed when one of them changes; `order`
places it among the other features' tabs; `preload` names the module `factory`
imports, or is a function naming the modules the tab reads through: when the tab
comes first, they are imported behind the sign-in window while the user types.
Actions other features add to a tab (ui.features.TabContribution) are installed
when it is built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.context import UiContext
    from ui.feature_tab import FeatureTab
    from ui.features import TabContribution


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[UiContext], FeatureTab]
    visible: Callable[[UiContext], bool] = lambda ctx: True
    entities: frozenset[str] = field(default_factory=frozenset)
    order: int = 100
    preload: str | Callable[[], Sequence[str]] = ""

    def preload_modules(self) -> list[str]:
        if callable(self.preload):
            return list(self.preload())
        return [self.preload] if self.preload else []


def _with_contributions(
    factory: Callable[[UiContext], FeatureTab], contributions: list[TabContribution]
) -> Callable[[UiContext], FeatureTab]:
    def build(ctx: UiContext) -> FeatureTab:
        tab = factory(ctx)
        for contribution in contributions:
            contribution.install(tab, ctx)
        return tab

    return build


def tabs() -> list[TabSpec]:
    """Every registered tab, in display order, with other features' actions installed."""
    from ui.features import ui_features

    features = ui_features()
    specs = [spec for feature in features for spec in feature.tabs]
    contributions = [c for feature in features for c in feature.contributions]
    keys = {spec.key for spec in specs}
    unknown = [c.tab_key for c in contributions if c.tab_key not in keys]
    if unknown:
        raise ValueError(f"contributions to tabs no feature registers: {unknown}")
    result = []
    for spec in sorted(specs, key=lambda s: s.order):  # stable: feature order breaks ties
        mine = [c for c in contributions if c.tab_key == spec.key]
        result.append(
            replace(spec, factory=_with_contributions(spec.factory, mine)) if mine else spec
        )
    return result
