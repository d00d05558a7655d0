"""Menu entries registered by features (besides their tabs).

Each entry: MenuEntry(menu, key, title, triggered(ctx, window), shortcut, visible).
`menu` is "file", "tools" or "help". A feature adds entries in its own section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from ui.context import UiContext


@dataclass(frozen=True)
class MenuEntry:
    menu: str
    key: str
    title: Callable[[], str]
    triggered: Callable[[UiContext, QMainWindow], None]
    shortcut: str = ""
    visible: Callable[[UiContext], bool] = lambda ctx: True


def menu_entries() -> list[MenuEntry]:
    entries: list[MenuEntry] = []
    # --- customers

    # --- budget and claims

    return entries
