"""Column widths and sort order of every table of a tab survive closing and reopening
the window, per user (ui.feature_tab.FeatureTab, ui.widgets.table_state)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow

DESC = Qt.SortOrder.DescendingOrder


def _tables(window):
    claims = window.tab("claims")
    budget = window.tab("budget")
    return {
        "claims": claims.table,
        "claim lines": None,  # the editor's table is a dialog's, not the tab's
        "adjustments": budget.adjustments.table,
        "expenses": budget.expenses.table,
        "categories": budget.categories.table,
        "plan": budget.plan.table,
    }


def _displayed(view, column):
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_widths_and_sort_order_survive_reopening(qtbot, ui_context):
    ctx = ui_context("finance")
    ctx.services.expense_categories.ensure_seed(ui_context("admin").actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tables = {k: v for k, v in _tables(window).items() if v is not None}
    for offset, view in enumerate(tables.values()):
        view.setColumnWidth(1, 141 + offset)
    sortable = {k: v for k, v in tables.items() if v.isSortingEnabled()}
    assert set(sortable) == {"claims", "adjustments", "expenses", "categories"}
    for view in sortable.values():
        view.sortByColumn(0, DESC)
    window.close()

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    reopened = {k: v for k, v in _tables(again).items() if v is not None}
    for offset, (name, view) in enumerate(reopened.items()):
        assert view.columnWidth(1) == 141 + offset, name
    for name in sortable:
        view = reopened[name]
        header = view.horizontalHeader()
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, DESC), name
    # The rows really are in that order again.
    names = _displayed(reopened["categories"], 0)
    assert len(names) > 1 and names == sorted(names, reverse=True)
    again.close()


def test_state_is_per_user(qtbot, ui_context):
    window = MainWindow(ui_context("finance"))
    qtbot.addWidget(window)
    default = window.tab("claims").table.columnWidth(1)
    window.tab("claims").table.setColumnWidth(1, default + 57)
    window.close()

    other = MainWindow(ui_context("manager"))
    qtbot.addWidget(other)
    assert other.tab("claims").table.columnWidth(1) == default
    other.close()


def test_header_click_sorts_and_service_order_comes_back(qtbot, ui_context):
    ctx = ui_context("finance")
    ctx.services.expense_categories.ensure_seed(ui_context("admin").actor)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    view = window.tab("budget").categories.table
    given = _displayed(view, 0)
    assert len(given) > 1 and given != sorted(given)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _displayed(view, 0) == sorted(given)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert _displayed(view, 0) == given
    window.close()
