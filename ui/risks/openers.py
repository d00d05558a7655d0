"""Opening what a risk warning points at.

Openers (UiFeature.openers) for the kinds no other feature opens and the warnings
name: a channel (the channel evaluation on that channel's row), an expense
category (the budget report on that category's row), an appraisal KPI or run (the
appraisal tab), and a warning itself (kind "risk": the risks tab on that
warning). Any other kind falls back to the tab that lists it
(ui.record_links.open_or_show).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ui.record_links import show_tab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.context import UiContext


def _select_row(tab: Any, matches: Any) -> None:
    """Make the first row of the tab's report table whose row object matches current."""
    table, model = getattr(tab, "table", None), getattr(tab, "model", None)
    if table is None or model is None:
        return
    rows = getattr(model, "rows", None)
    objects = rows if isinstance(rows, list) else [model.row_at(i) for i in range(model.rowCount())]
    for index, row in enumerate(objects):
        if row is not None and matches(row):
            table.selectRow(index)
            return


def open_channel(ctx: UiContext, parent: QWidget, channel_id: int) -> None:
    tab = show_tab(parent, "channel_eval")
    if tab is not None:
        _select_row(tab, lambda row: getattr(row, "channel_id", None) == channel_id)


def open_expense_category(ctx: UiContext, parent: QWidget, category_id: int) -> None:
    tab = show_tab(parent, "budget_report")
    if tab is not None:
        _select_row(tab, lambda row: getattr(row, "category_id", None) == category_id)


def open_risk(ctx: UiContext, parent: QWidget, key: int) -> None:
    """A warning of the workbench (app/risks/workbench.py risk_key) on the risks tab."""
    tab = show_tab(parent, "risks")
    if tab is not None:
        tab.select_key(key)


def open_appraisal(ctx: UiContext, parent: QWidget, _record_id: int) -> None:
    show_tab(parent, "appraisal")
