"""Dialogs the screenshot tour renders besides the tabs (`python main.py tour OUTDIR`).

Each feature names its tour modules in UiFeature.tour; each module's DIALOGS
lists (file name stem, factory(UiContext) -> QWidget). Tabs are rendered from
ui.tabs.tabs().
"""

from __future__ import annotations

from ui.features import TourFactory, tour_pages


def tour_dialogs() -> list[tuple[str, TourFactory]]:
    return tour_pages()
