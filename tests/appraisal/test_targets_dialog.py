"""Targets typed into the grid of people by KPI, for one period."""

from __future__ import annotations

import pytest

from app.context import Actor
from tests.appraisal.test_appraisal_ui import tab_ctx  # noqa: F401 - the fixture

ADMIN = Actor.command_line()


def _dialog(qtbot, ctx, period="2026-10"):
    from ui.appraisal.targets_dialog import TargetsDialog

    dialog = TargetsDialog(ctx, period=period)
    qtbot.addWidget(dialog)
    return dialog


def _cell(dialog, staff_id, code):
    row = next(i for i, person in enumerate(dialog.people) if person[0] == staff_id)
    column = 2 + next(i for i, kpi in enumerate(dialog.kpis) if kpi.code == code)
    return dialog.table.item(row, column)


def test_the_grid_shows_and_saves_targets(qtbot, tab_ctx):  # noqa: F811
    manager, staff = tab_ctx["manager"], tab_ctx["staff"]
    services = manager.services
    dialog = _dialog(qtbot, manager)
    assert all(kpi.kind != "manual" for kpi in dialog.kpis)
    person = staff.actor.staff_id
    assert _cell(dialog, person, "new_customers").text() == "4"  # set by the fixture
    _cell(dialog, person, "new_customers").setText("6")
    _cell(dialog, person, "sales_amount").setText("12,345.60")
    dialog.save()
    kpis = {k.code: k.id for k in services.appraisal.list_kpis(ADMIN)}
    targets = services.appraisal.targets(ADMIN, "2026-10")
    assert targets[(person, kpis["new_customers"])] == 6
    assert targets[(person, kpis["sales_amount"])] == 1_234_560  # fen
    assert type(targets[(person, kpis["sales_amount"])]) is int
    # Reloaded: shown as the amount with two decimals, the header says yuan.
    assert _cell(dialog, person, "sales_amount").text() == "12,345.60"
    column = 2 + next(i for i, kpi in enumerate(dialog.kpis) if kpi.code == "sales_amount")
    assert "(yuan)" in dialog.table.horizontalHeaderItem(column).text()
    _cell(dialog, person, "sales_amount").setText("12345.6")  # the same amount: unchanged
    assert dialog.entries() == []
    _cell(dialog, person, "sales_amount").setText("¥8,000")
    dialog.save()
    assert services.appraisal.targets(ADMIN, "2026-10")[(person, kpis["sales_amount"])] == 800_000
    # Emptied: no target any more.
    _cell(dialog, person, "new_customers").setText("")
    dialog.save()
    assert (person, kpis["new_customers"]) not in services.appraisal.targets(ADMIN, "2026-10")


def test_a_bad_cell_is_named_and_nothing_is_written(qtbot, tab_ctx, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    manager, staff = tab_ctx["manager"], tab_ctx["staff"]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = _dialog(qtbot, manager)
    before = manager.services.appraisal.targets(ADMIN, "2026-10")
    _cell(dialog, staff.actor.staff_id, "new_customers").setText("-3")
    _cell(dialog, staff.actor.staff_id, "sales_amount").setText("500")
    dialog.save()
    assert len(warnings) == 1 and "0 or more" in warnings[0]
    assert manager.services.appraisal.targets(ADMIN, "2026-10") == before


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("-500", "cannot be negative"),
        ("12,345.678", "at most two decimal places"),
        ("12,34", "thousands separators"),
        ("abc", "is not an amount"),
    ],
)
def test_a_bad_amount_is_named_and_nothing_is_written(
    qtbot,
    tab_ctx,  # noqa: F811
    monkeypatch,
    text,
    problem,
):
    from PySide6.QtWidgets import QMessageBox

    manager, staff = tab_ctx["manager"], tab_ctx["staff"]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = _dialog(qtbot, manager)
    before = manager.services.appraisal.targets(ADMIN, "2026-10")
    _cell(dialog, staff.actor.staff_id, "new_customers").setText("9")  # a good cell too
    _cell(dialog, staff.actor.staff_id, "sales_amount").setText(text)
    dialog.save()
    assert len(warnings) == 1
    assert problem in warnings[0] and "销售额" in warnings[0] and "测试staff" in warnings[0]
    assert manager.services.appraisal.targets(ADMIN, "2026-10") == before


def test_another_period_loads_its_own_targets(qtbot, tab_ctx):  # noqa: F811
    dialog = _dialog(qtbot, tab_ctx["manager"], period="2026-11")
    person = tab_ctx["staff"].actor.staff_id
    assert _cell(dialog, person, "new_customers").text() == ""
    dialog.period.setText("2026-10")
    dialog.load()
    assert _cell(dialog, person, "new_customers").text() == "4"
