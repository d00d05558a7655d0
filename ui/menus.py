"""Menu entries registered by features (ui.features.UiFeature.menus), besides their tabs.

Each entry: MenuEntry(menu, key, title, triggered(ctx, window), shortcut, visible, object_name).
`menu` is "file", "tools" or "help"; the window puts the features' entries
before its own (lock, sign out, password, about...).
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
    object_name: str = ""  # the QAction's object name; default "action_<key>"


def menu_entries() -> list[MenuEntry]:
    from ui.features import ui_features

    return [entry for feature in ui_features() for entry in feature.menus]
