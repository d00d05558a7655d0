"""No key does two things: an ambiguous shortcut silently does nothing in Qt."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from ui.main_window import MainWindow


def _reachable(action: QAction, depth: int = 0) -> bool:
    """Qt's rule: an action's shortcut is live when a widget it is in is visible; an
    action in a menu counts as visible when the menu's own entry is (menu bar)."""
    for widget in (o for o in action.associatedObjects() if isinstance(o, QWidget)):
        if isinstance(widget, QMenu):
            if depth < 5 and _reachable(widget.menuAction(), depth + 1):
                return True
        elif widget.isVisible():
            return True
    return False


def _active_shortcuts(window: MainWindow) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = defaultdict(list)
    for action in window.findChildren(QAction):
        if not action.isEnabled() or not _reachable(action):
            continue
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                keys[sequence.toString()].append(action.text() or action.objectName())
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if (
            shortcut.isEnabled()
            and isinstance(parent, QWidget)
            and parent.isVisible()
            and not shortcut.key().isEmpty()
        ):
            keys[shortcut.key().toString()].append(f"QShortcut on {parent.objectName()}")
    return keys


@pytest.mark.parametrize("role", ["admin", "manager", "staff", "service", "finance"])
def test_no_ambiguous_shortcuts_on_any_tab(qtbot, ui_context, role):
    window = MainWindow(ui_context(role))
    qtbot.addWidget(window)
    window.show()
    for index, spec in enumerate(window.specs):
        window.tab_widget.setCurrentIndex(index)
        qtbot.waitUntil(lambda s=spec: window._widgets.get(s.key) is not None)
        # Let the newly built tab show, so that its own shortcuts count as live.
        qtbot.waitUntil(lambda s=spec: window._widgets[s.key].isVisible())
        clashes = {k: v for k, v in _active_shortcuts(window).items() if len(v) > 1}
        assert clashes == {}, f"tab {spec.key}: {clashes}"
