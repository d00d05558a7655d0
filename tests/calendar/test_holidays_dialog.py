"""The administrator's holidays and school terms dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from app.context import Actor
from ui.calendar.calendar_tab import CalendarTab
from ui.calendar.holidays_dialog import HolidaysDialog


def test_admin_adds_a_swapped_working_day_and_a_vacation(qtbot, ui_context):
    ctx = ui_context("admin")
    ctx.services.calendar.ensure_seed(Actor.command_line())
    dialog = HolidaysDialog(ctx, 2027)
    qtbot.addWidget(dialog)
    rows = dialog.days.rowCount()
    assert rows == 13 and "statutory" in dialog.source.text()
    dialog._add_day_row(dt.date(2027, 2, 20), "workday", "春节")
    assert dialog.save_days()
    days = ctx.services.calendar.days(ctx.actor, dt.date(2027, 2, 20), dt.date(2027, 2, 20))
    assert [(d.kind, d.name) for d in days] == [("workday", "春节")]
    assert dialog.days.rowCount() == rows + 1

    dialog._add_term_row(None, dt.date(2027, 7, 3), dt.date(2027, 8, 31), "vacation", "2027年暑假")
    assert dialog.save_terms()
    terms = ctx.services.calendar.terms(ctx.actor)
    assert [(t.name, t.kind) for t in terms] == [("2027年暑假", "vacation")]
    kind = dialog.terms.cellWidget(0, 2)
    assert isinstance(kind, QComboBox)
    dialog.terms.item(0, 1).setText("2027-08-30")
    assert dialog.save_terms()
    assert ctx.services.calendar.terms(ctx.actor)[0].ends_on == dt.date(2027, 8, 30)
    dialog.terms.selectRow(0)
    dialog._remove_selected(dialog.terms)
    assert dialog.save_terms()
    assert ctx.services.calendar.terms(ctx.actor) == []


def test_a_bad_date_is_refused_and_nothing_saved(qtbot, ui_context, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "ui.calendar.holidays_dialog.show_error", lambda parent, exc: shown.append(exc.message)
    )
    ctx = ui_context("admin")
    dialog = HolidaysDialog(ctx, 2027)
    qtbot.addWidget(dialog)
    dialog._add_day_row(dt.date(2027, 1, 1), "holiday", "元旦")
    dialog.days.item(0, 0).setText("2027-02-30")
    assert not dialog.save_days()
    assert "2027-02-30" in shown[0]
    assert ctx.services.calendar.days(ctx.actor, dt.date(2027, 1, 1), dt.date(2027, 12, 31)) == []


def test_only_the_administrator_gets_the_holidays_button(qtbot, ui_context):
    for role, expected in (("admin", True), ("manager", False), ("staff", False)):
        tab = CalendarTab(ui_context(role))
        qtbot.addWidget(tab)
        texts = [a.text() for a in tab.actions()]
        assert any("Holidays" in t for t in texts) is expected, role
