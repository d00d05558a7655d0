"""Helpers for record openers (ui.features.UiFeature.openers): reach the main
window's tabs from the widget an opener was given, and choose a row by record id in
a tab's table. Openers are called from other features' tabs (the workbench), so
they find the main window through their parent, never through a global.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    from ui.context import UiContext
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


def show_tab_of_kind(ctx: UiContext, widget: QWidget | None, kind: str, besides: str = "") -> bool:
    """Bring the tab that lists records of `kind` to the front: the first tab, in
    display order, visible to this role whose TabSpec.entities hold the kind, other
    than `besides` (the caller's own tab). False when there is none."""
    from ui.tabs import tabs

    window = main_window(widget)
    if window is None:
        return False
    for spec in tabs():
        if kind in spec.entities and spec.key != besides and spec.visible(ctx):
            window.show_tab(spec.key)
            return True
    return False


def open_or_show(
    ctx: UiContext, widget: QWidget, kind: str, record_id: int | None, besides: str = ""
) -> bool:
    """Open a record through its feature's opener (ui.features.open_record), else
    show the tab that lists its kind: what a link to a record does anywhere."""
    from ui.features import open_record

    if record_id is not None and open_record(ctx, widget, kind, record_id):
        return True
    return show_tab_of_kind(ctx, widget, kind, besides)


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
