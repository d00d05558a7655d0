"""Helpers for record openers (ui.features.UiFeature.openers): reach the main
window's tabs from the widget an opener was given, and choose a row by record id in
a tab's table. Openers are called from other features' tabs (the workbench), so
they find the main window through their parent, never through a global.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    from ui.feature_tab import FeatureTab


def main_window(widget: QWidget | None) -> Any | None:
    """The main window `widget` lives in (it has show_tab/tab), or None (a dialog on
    its own, a test)."""
    window = widget.window() if widget is not None else None
    return window if window is not None and hasattr(window, "show_tab") else None


def built_tab(widget: QWidget | None, key: str) -> FeatureTab | None:
    """The main window's tab `key`, built if needed but not shown (None: no window,
    or the tab is hidden for this role)."""
    window = main_window(widget)
    return window.tab(key) if window is not None else None


def show_tab(widget: QWidget | None, key: str) -> FeatureTab | None:
    """Bring the main window's tab `key` to the front; the tab, or None."""
    window = main_window(widget)
    if window is None or window.tab(key) is None:
        return None
    return window.show_tab(key)


def select_row(view: QAbstractItemView, record_id: int) -> bool:
    """Make the row whose record has this id current in a view over a row model
    (ui.widgets.row_model.RowTableModel); False when the view does not list it."""
    model = view.model()
    row_at = getattr(model, "row_at", None)
    if row_at is None:
        return False
    for n in range(model.rowCount()):
        index = model.index(n, 0)
        found = row_at(index)
        if found is not None and getattr(found, "id", None) == record_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False
