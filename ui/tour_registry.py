"""Dialogs the screenshot tour renders besides the tabs (`python main.py tour OUTDIR`).

Each entry: (file name stem, factory(UiContext) -> QWidget). A feature adds
its main dialogs in its own section. Tabs are rendered from ui.tabs.tabs().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import UiContext

TourFactory = Callable[["UiContext"], "QWidget"]


def tour_dialogs() -> list[tuple[str, TourFactory]]:
    entries: list[tuple[str, TourFactory]] = []
    # --- platform
    from ui import platform_tour

    entries += platform_tour.DIALOGS
    # --- customers
    from ui.customers_io import tour as customers_io_tour

    entries += customers_io_tour.DIALOGS
    from ui.customers import tour as customers_tour

    entries += customers_tour.DIALOGS

    # --- budget and claims
    from ui.budget import tour as budget_tour

    entries += budget_tour.DIALOGS
    from ui.printing import tour as printing_tour

    entries += printing_tour.DIALOGS

    return entries
