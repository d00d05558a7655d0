"""The activity editor and the plans dialog, driven with qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.campaigns.helpers import activity_input, budget, categories
from ui.campaigns import activity_dialog as dialog_module
from ui.campaigns.activity_dialog import ActivityDialog
from ui.campaigns.plans_dialog import PlansDialog
from ui.widgets import dialogs


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, **k: (
                shown.append(text) or QMessageBox.StandardButton.Ok
            ),
        )
    return shown


@pytest.fixture
def env(ui_context):
    staff = ui_context("staff")
    services = staff.services
    admin = ui_context("admin")
    cats = categories(services, {"admin": admin.actor})
    published: list = []
    staff.bus.changed.connect(published.append)
    return ui_context, services, cats, published


def _dialog(qtbot, ctx, activity_id=None):
    dialog = ActivityDialog(ctx, activity_id)
    qtbot.addWidget(dialog)
    return dialog


def test_new_activity_saves_and_publishes(qtbot, env):
    make, services, cats, published = env
    ctx = make("staff")
    dialog = _dialog(qtbot, ctx)
    dialog.details.name.setText("南山实验学校招生摆摊")
    dialog.details.venue.setText("南山实验学校门口")
    dialog.terms.add_row()
    dialog.terms.table.item(0, 1).setText("15%")
    dialog.terms.table.item(0, 4).setText("当场报名")
    dialog.materials.add_row()
    dialog.materials.table.item(0, 0).setText("易拉宝")
    dialog._save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert published
    rows = services.campaigns.list_activities(
        ctx.actor, dialog.details.starts.date().toPython(), dialog.details.ends.date().toPython()
    )
    assert [r.name for r in rows] == ["南山实验学校招生摆摊"]
    view = services.campaigns.get_activity(ctx.actor, rows[0].id)
    assert view.terms[0].value == 1500 and view.terms[0].conditions == "当场报名"
    assert view.materials[0].name == "易拉宝"
    assert view.row.owner_id == ctx.actor.staff_id


def test_bad_input_keeps_the_dialog_open(qtbot, env):
    make, services, _cats, published = env
    dialog = _dialog(qtbot, make("staff"))
    dialog.details.name.setText("")
    dialog._save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    dialog.details.name.setText("讲座")
    dialog.terms.add_row()
    dialog.terms.table.item(0, 1).setText("abc")
    dialog._save()
    assert dialog.tabs.currentWidget() is dialog.terms
    assert not published


def test_changing_approved_terms_asks_and_sends_back(qtbot, env, monkeypatch):
    make, services, cats, _published = env
    staff, manager = make("staff"), make("manager")
    actors = {"manager": manager.actor, "finance": make("finance").actor}
    budget(services, actors, cats)
    a = services.campaigns.create_activity(
        staff.actor, activity_input(cats, owner_id=staff.actor.staff_id)
    )
    a = services.campaigns.submit(staff.actor, a.id, a.version)
    a = services.campaigns.approve(manager.actor, a.id, a.version)
    asked: list[str] = []
    monkeypatch.setattr(dialog_module, "confirm", lambda *args: asked.append(args[1]) or False)
    dialog = _dialog(qtbot, staff, a.id)
    assert not dialog.terms.lock_note.isHidden()
    dialog.terms.table.item(0, 1).setText("20%")
    dialog._save()
    assert asked and dialog.result() != QDialog.DialogCode.Accepted
    assert services.campaigns.get_activity(staff.actor, a.id).status == "approved"
    monkeypatch.setattr(dialog_module, "confirm", lambda *args: True)
    dialog._save()
    after = services.campaigns.get_activity(staff.actor, a.id)
    assert after.status == "submitted" and after.terms[0].value == 2000


def test_submitting_flagged_copy(qtbot, env, monkeypatch, boxes):
    make, services, cats, _published = env
    staff, manager = make("staff"), make("manager")
    a = services.campaigns.create_activity(
        staff.actor,
        activity_input(ad_copy="名师押题，中考保过！", owner_id=staff.actor.staff_id),
    )
    dialog = _dialog(qtbot, staff, a.id)
    assert dialog.details.copy.findings()
    dialog._act("submit")
    assert "Advertising Law" in dialog.error.text()
    assert services.campaigns.get_activity(staff.actor, a.id).status == "draft"
    monkeypatch.setattr(dialogs, "ask_reason", lambda *args: "法务已确认")
    dialog = _dialog(qtbot, manager, a.id)
    dialog._act("submit")
    after = services.campaigns.get_activity(manager.actor, a.id)
    assert after.status == "submitted" and after.ad_copy_override == "法务已确认"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_read_only_for_finance(qtbot, env):
    make, services, cats, _published = env
    staff = make("staff")
    a = services.campaigns.create_activity(
        staff.actor, activity_input(owner_id=staff.actor.staff_id)
    )
    dialog = _dialog(qtbot, make("finance"), a.id)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isVisibleTo(dialog)
    assert dialog.details.name.isReadOnly()
    assert dialog.actions_row.count() == 0


def test_plans_dialog_creates_and_submits(qtbot, env, monkeypatch):
    make, services, cats, published = env
    actors = {"manager": make("manager").actor, "finance": make("finance").actor}
    budget(services, actors, cats, fen=1_000_000, month=5)
    dialog = PlansDialog(make("staff"))
    qtbot.addWidget(dialog)
    dialog._new()
    dialog.name.setText("2026年5月活动计划")
    dialog.year.setValue(2026)
    dialog.period.setCurrentIndex(dialog.period.findData(5))
    dialog.goal_leads.setValue(80)
    row = next(
        r for r in range(dialog.budget.rowCount())
        if dialog.budget.item(r, 0).data(0x0100) == cats["promotion"]
    )  # fmt: skip
    dialog.budget.item(row, 1).setText("12000")
    assert dialog.budget.item(row, 3).text() == "¥2,000.00"  # over the approved ¥10,000
    dialog.budget.item(row, 1).setText("8000")
    saved = dialog._save()
    assert saved is not None and saved.budgets == {cats["promotion"]: 800_000}
    dialog._act("submit")
    assert services.marketing_plans.get_plan(make("staff").actor, saved.id).status == "submitted"
    assert published
    assert dialog.actual.rowCount() == 7
    assert dialog.activities.rowCount() == 0 and "¥8,000.00" in dialog.activities_total.text()


def test_costs_and_summary_pages_complete_an_activity(qtbot, env, monkeypatch):
    import datetime as dt

    from app.budget.expenses import ExpenseInput

    make, services, cats, published = env
    staff, manager, finance = make("staff"), make("manager"), make("finance")
    budget(services, {"manager": manager.actor, "finance": finance.actor}, cats)
    a = services.campaigns.create_activity(
        staff.actor, activity_input(cats, owner_id=staff.actor.staff_id)
    )
    a = services.campaigns.submit(staff.actor, a.id, a.version)
    a = services.campaigns.approve(manager.actor, a.id, a.version)
    a = services.campaigns.start(staff.actor, a.id, a.version)
    services.direct_expenses.record(
        finance.actor,
        ExpenseInput(dt.date(2026, 5, 2), cats["promotion"], 120_000, payee="展位租赁"),
    )
    dialog = _dialog(qtbot, staff, a.id)
    # Completing without a summary is refused and points at the summary page.
    dialog._act("complete")
    assert dialog.tabs.currentWidget() is dialog.summary
    assert services.campaigns.get_activity(staff.actor, a.id).status == "in_progress"
    assert dialog.costs.offered.rowCount() == 1
    dialog.costs.offered.selectRow(0)
    dialog.costs._link()
    assert dialog.costs.linked.rowCount() == 1 and dialog.costs.offered.rowCount() == 0
    dialog.summary.notes.setPlainText("到场 30 组家庭，现场登记 6 条线索")
    dialog.summary.extra_leads.setValue(6)
    dialog.summary._save()
    labels = [
        dialog.summary.figures.itemAt(i).widget().text()
        for i in range(dialog.summary.figures.count())
    ]
    assert "<b>¥200.00</b>" in labels  # cost per lead: ¥1,200 over 6 leads
    dialog._act("complete")
    assert services.campaigns.get_activity(staff.actor, a.id).status == "completed"
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_costs_page_names_claims_awaiting_finance(qtbot, env):
    import datetime as dt

    from tests.budget.helpers import line, new_claim

    make, services, cats, _published = env
    staff, manager, finance = make("staff"), make("manager"), make("finance")
    budget(services, {"manager": manager.actor, "finance": finance.actor}, cats)
    a = services.campaigns.create_activity(
        staff.actor, activity_input(cats, owner_id=staff.actor.staff_id)
    )
    a = services.campaigns.submit(staff.actor, a.id, a.version)
    a = services.campaigns.approve(manager.actor, a.id, a.version)
    claim = new_claim(services, staff.actor, [line(cats["promotion"], 70_000, dt.date(2026, 5, 2))])
    services.claims.submit(staff.actor, claim.id, claim.version)
    services.campaigns.link_cost(staff.actor, a.id, claim_line_id=claim.lines[0].id)
    dialog = _dialog(qtbot, staff, a.id)
    text = dialog.costs.total.text()
    assert "Spent ¥0.00 of a budget of ¥3,000.00" in text
    assert "¥700.00 more in claims awaiting finance" in text


def test_tour_dialogs_build_on_an_empty_database(qtbot, ui_context):
    from ui.campaigns.tour import DIALOGS

    ctx = ui_context("admin")
    for _name, factory in DIALOGS:
        widget = factory(ctx)
        qtbot.addWidget(widget)
        assert widget.windowTitle()


def test_menu_entries_per_role(ui_context):
    from ui.campaigns.feature import UI_FEATURE

    visible = {
        role: {e.key for e in UI_FEATURE.menus if e.visible(ui_context(role))}
        for role in ("manager", "staff", "service", "finance")
    }
    assert visible["staff"] == {"new_activity", "marketing_plans"}
    assert visible["finance"] == {"marketing_plans"}
