"""Column widths and sort order of every table in a widget, saved per user.

`save_tables(widget, settings)` stores each table's header state (widths, order,
hidden columns, sort indicator) under a key built from the table's place in the
widget; `restore_tables` puts it back and re-sorts a sortable table. Tabs get
this from ui.feature_tab.FeatureTab without writing it themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView, QWidget


def _tables(root: QWidget) -> dict[str, QTableView | QTreeView]:
    """Tables under `root`, keyed by the path of object (or class) names below it.

    Object names make the key stable when a panel is added for one role and not
    for another; unnamed widgets are told apart by class name and a counter."""
    found: dict[str, QTableView | QTreeView] = {}
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTableView | QTreeView):
            continue
        parts: list[str] = []
        widget: QWidget | None = view
        while widget is not None and widget is not root:
            name = widget.objectName()
            # Qt's own helper widgets (qt_scrollarea_viewport, ...) say nothing.
            if name and not name.startswith("qt_"):
                parts.append(name)
            elif widget is view:
                parts.append(type(widget).__name__)
            widget = widget.parentWidget()
        key = "/".join(reversed(parts))
        unique, n = key, 1
        while unique in found:
            n += 1
            unique = f"{key}#{n}"
        found[unique] = view
    return found


def _header(view: QTableView | QTreeView) -> QHeaderView:
    return view.horizontalHeader() if isinstance(view, QTableView) else view.header()


def save_tables(root: QWidget, settings: QSettings) -> None:
    for key, view in _tables(root).items():
        settings.setValue(f"tables/{key}", _header(view).saveState())


def restore_tables(root: QWidget, settings: QSettings) -> None:
    for key, view in _tables(root).items():
        state = settings.value(f"tables/{key}")
        if not isinstance(state, QByteArray) or state.isEmpty():
            continue
        header = _header(view)
        if not header.restoreState(state):
            continue  # the table's columns changed since: keep the defaults
        if view.isSortingEnabled() and header.sortIndicatorSection() >= 0:
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())


def make_sortable(view: QTableView) -> None:
    """Let the user sort by clicking a header, starting in the model's own order."""
    view.horizontalHeader().setSortIndicator(-1, view.horizontalHeader().sortIndicatorOrder())
    view.setSortingEnabled(True)
