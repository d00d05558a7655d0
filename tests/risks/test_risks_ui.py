"""The risk warnings tab: lists today's warnings, shows the records behind one and
opens them, acknowledges with a note, hides and shows the acknowledged, reports a
failing rule; and the record openers it registers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.features import Feature
from tests.risks import fake_rules

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def fake(register_features):
    fake_rules.state["figure"] = Decimal(12)
    register_features(Feature(name="risktest", risks="tests.risks.fake_rules:RULES"))
    return fake_rules


def _tab(qtbot, ctx):
    from ui.risks.tab import RisksTab

    tab = RisksTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    return tab


def _messages(tab):
    return [r.finding.message for r in tab.model.rows()]


def test_lists_warnings_and_reports_a_failing_rule(qtbot, qtmodeltester, ui_context, fake):
    tab = _tab(qtbot, ui_context("manager"))
    assert _messages(tab) == ["fake figure 12"]
    assert tab.title_suffix() == "1"
    assert tab.empty.isHidden() and not tab.view.isHidden()
    assert not tab.failures.isHidden() and "Broken rule" in tab.failures.text()
    index = tab.model.index(0, 3)
    assert tab.model.data(index) == "12 points > 10 points"
    qtmodeltester.check(tab.model)
    # The detail pane lists the records behind it.
    assert tab.records.count() == 1
    assert tab.records.item(0).text().endswith("#7")


def test_empty_state(qtbot, ui_context, fake):
    fake.state["figure"] = None
    tab = _tab(qtbot, ui_context("finance"))
    assert tab.model.rowCount() == 0
    assert not tab.empty.isHidden() and tab.view.isHidden()
    assert tab.empty.text() == "No risk warnings"
    assert tab.title_suffix() == ""
    assert tab.ack_action.isVisible() is False  # finance may only look


def test_acknowledge_hides_the_warning_and_the_toggle_shows_it(qtbot, ui_context, fake):
    ctx = ui_context("manager")
    published = []
    ctx.bus.changed.connect(published.append)
    tab = _tab(qtbot, ctx)
    asked = []
    tab.ask_note = lambda risk: asked.append(risk.finding.subject) or "已安排复查"
    tab.acknowledge()
    assert asked == ["fake:2026-11:thing:1"]
    assert published and "risk_acknowledgements" in published[0].entities
    assert _messages(tab) == []
    assert not tab.empty.isHidden()
    tab.show_acknowledged.setChecked(True)
    assert _messages(tab) == ["fake figure 12"]
    note = tab.model.data(tab.model.index(0, 4))
    assert "已安排复查" in note and "manager" in note
    assert not tab.ack_action.isEnabled()  # already acknowledged
    assert "已安排复查" in tab.detail.toPlainText()


def test_cancelled_note_writes_nothing(qtbot, ui_context, fake):
    ctx = ui_context("manager")
    tab = _tab(qtbot, ctx)
    tab.ask_note = lambda risk: None
    tab.acknowledge()
    assert _messages(tab) == ["fake figure 12"]
    assert ctx.services.risks.history(ctx.actor, "test.fake", "fake:2026-11:thing:1") == []


def test_double_click_opens_the_record_or_falls_back_to_its_tab(
    qtbot, ui_context, fake, monkeypatch
):
    import ui.record_links as links

    opened, shown = [], []
    monkeypatch.setattr(
        "ui.features.open_record",
        lambda ctx, parent, kind, rid: opened.append((kind, rid)) or False,
    )
    monkeypatch.setattr(
        links, "show_tab_of_kind", lambda ctx, parent, kind, besides: shown.append(kind)
    )
    tab = _tab(qtbot, ui_context("manager"))
    tab.open_record_item(tab.records.item(0))
    tab.open_first_record()
    assert opened == [("expense_categories", 7)] * 2
    assert shown == ["expense_categories"] * 2


def test_openers_switch_the_main_window_to_the_record(qtbot, ui_context):
    from ui.features import open_record
    from ui.main_window import MainWindow

    admin = ui_context("admin")
    admin.services.expense_categories.ensure_seed(admin.actor)
    category = admin.services.expense_categories.list_categories(admin.actor)[0].id
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert open_record(admin, window, "expense_categories", category)
    assert window.specs[window.tab_widget.currentIndex()].key == "budget_report"
    assert open_record(admin, window, "channels", 1)
    assert window.specs[window.tab_widget.currentIndex()].key == "channel_eval"
    assert open_record(admin, window, "appraisal_kpis", 1)
    assert window.specs[window.tab_widget.currentIndex()].key == "appraisal"
    # The staff member behind a KPI warning: the staff tab, on that person's row.
    person = admin.services.staff.list_staff(admin.actor)[-1]
    assert open_record(admin, window, "staff", person.id)
    assert window.specs[window.tab_widget.currentIndex()].key == "staff"
    staff_tab = window.tab("staff")
    assert staff_tab.model.row_at(staff_tab.view.currentIndex()).id == person.id
    window.close()


def test_a_kind_no_feature_opens_shows_the_tab_listing_it(qtbot, ui_context):
    from ui.main_window import MainWindow
    from ui.record_links import open_or_show

    admin = ui_context("admin")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    # Follow-ups have no opener of their own; the customers tab lists them.
    assert open_or_show(admin, window, "follow_ups", None, besides="workbench")
    assert window.specs[window.tab_widget.currentIndex()].key == "customers"
    assert not open_or_show(admin, window, "no_such_kind", None)
    window.close()


def test_risk_opener_selects_the_warning_on_the_risks_tab(qtbot, ui_context, fake):
    from app.risks.workbench import risk_key
    from ui.features import open_record
    from ui.main_window import MainWindow

    manager = ui_context("manager")
    window = MainWindow(manager)
    qtbot.addWidget(window)
    key = risk_key("test.fake", f"fake:{dt.date.today():%Y-%m}:thing:1")
    assert open_record(manager, window, "risk", key)
    tab = window.tab("risks")
    assert window.specs[window.tab_widget.currentIndex()].key == "risks"
    assert tab.current().finding.rule == "test.fake"
    window.close()


def test_tab_visible_to_view_roles_only(ui_context):
    from ui.risks.feature import UI_FEATURE

    (spec,) = UI_FEATURE.tabs
    assert spec.visible(ui_context("manager")) and spec.visible(ui_context("finance"))
    assert not spec.visible(ui_context("staff")) and not spec.visible(ui_context("service"))
