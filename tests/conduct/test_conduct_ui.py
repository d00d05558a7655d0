"""The Conduct tab and its dialogs, driven through their widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.conduct.records import RecordInput
from app.context import Actor
from app.staff.service import StaffInput
from tests.conduct.test_import import dingtalk_sheet
from ui.conduct.import_dialog import AttendanceImportDialog
from ui.conduct.record_dialog import RecordDialog
from ui.conduct.tab import ConductTab
from ui.widgets import dialogs

TODAY = dt.date.today()


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
    """Role -> UiContext; the manager and the staff member in the sales department."""
    contexts = {role: ui_context(role) for role in ("admin", "manager", "staff", "service")}
    services = contexts["admin"].services
    cli = Actor.command_line()
    sales = next(d.id for d in services.staff.list_departments(cli) if d.code == "sales")
    for role in ("manager", "staff"):
        row = services.staff.get_staff(cli, contexts[role].actor.staff_id)
        services.staff.update_staff(
            cli, row.id, row.version, StaffInput(row.name, department_id=sales)
        )
    return contexts


def _tab(qtbot, ctx) -> ConductTab:
    tab = ConductTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def test_actions_follow_the_role(qtbot, env):
    manager, staff = _tab(qtbot, env["manager"]), _tab(qtbot, env["staff"])
    assert manager.new_action.isVisible() and manager.import_action.isVisible()
    assert manager.approve_action.isVisible()
    assert not staff.new_action.isVisible() and not staff.import_action.isVisible()
    assert not staff.approve_action.isVisible() and staff.leave_action.isVisible()
    assert [staff.person.itemData(i) for i in range(staff.person.count())] == [
        env["staff"].actor.staff_id
    ]


def test_manager_records_and_staff_acknowledges(qtbot, env):
    manager_ctx, staff_ctx = env["manager"], env["staff"]
    dialog = RecordDialog(manager_ctx, None, staff_id=staff_ctx.actor.staff_id)
    qtbot.addWidget(dialog)
    assert dialog.person.findData(manager_ctx.actor.staff_id) < 0  # not about oneself
    dialog.kind.setCurrentIndex(dialog.kind.findData("demeanor"))
    dialog.subkind.setCurrentIndex(dialog.subkind.findData("customer_argument"))
    assert dialog.points.value() == -2 and not dialog.points.isEnabled()
    dialog.note.setPlainText("与家长争执")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.points == -2

    tab = _tab(qtbot, staff_ctx)
    assert tab.records_model.rowCount() == 1
    assert tab.title_suffix() == "1"
    tab.records_view.selectRow(0)
    assert tab.ack_action.isEnabled() and not tab.edit_action.isVisible()
    tab.acknowledge()
    tab.refresh()
    assert tab.records_model.row_object(0).ack_state == "acknowledged"
    assert tab.title_suffix() == ""


def test_leave_asked_then_approved_in_the_tab(qtbot, env, monkeypatch):
    staff_ctx, manager_ctx = env["staff"], env["manager"]
    dialog = RecordDialog(staff_ctx, None, leave_request=True)
    qtbot.addWidget(dialog)
    assert not dialog.person.isEnabled() and not dialog.points.isVisible()
    dialog.subkind.setCurrentIndex(dialog.subkind.findData("sick"))
    dialog.save()
    assert dialog.saved is not None and dialog.saved.status == "requested"

    tab = _tab(qtbot, manager_ctx)
    tab.records_view.selectRow(0)
    assert tab.approve_action.isEnabled()
    monkeypatch.setattr(
        dialogs.ReasonDialog, "exec", lambda self: self.text.setPlainText("旺季") or 1
    )
    tab.reject_leave()
    tab.refresh()
    assert tab.records_model.row_object(0).status == "rejected"


def test_refused_save_shows_the_field_error(qtbot, env):
    dialog = RecordDialog(env["admin"], None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("training"))
    dialog.save()  # no hours
    assert dialog.saved is None and not dialog.error.isHidden()


def test_import_dialog_previews_and_imports(qtbot, env, tmp_path):
    manager_ctx, staff_ctx = env["manager"], env["staff"]
    staff_name = manager_ctx.services.staff.get_staff(
        Actor.command_line(), staff_ctx.actor.staff_id
    ).name
    path = dingtalk_sheet(
        tmp_path / "dd.xlsx", [(staff_name, "销售部", {2: "迟到5分钟", 6: "旷工"})]
    )
    dialog = AttendanceImportDialog(manager_ctx, path=path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.import_button.isEnabled()
    assert dialog.fields["name"].currentData() == "姓名"
    dialog.run()
    assert dialog.imported == 2
    again = AttendanceImportDialog(manager_ctx, path=path)
    qtbot.addWidget(again)
    assert not again.import_button.isEnabled()


def test_print_from_the_tab(qtbot, env, tmp_path, monkeypatch):
    services = env["admin"].services
    services.conduct.create_record(
        env["manager"].actor,
        RecordInput(env["staff"].actor.staff_id, TODAY, "attendance", "late"),
    )
    tab = _tab(qtbot, env["staff"])
    target = tmp_path / "mine.pdf"
    monkeypatch.setattr("ui.conduct.tab.ask_save_path", lambda *a, **k: target)
    tab.print_record()
    assert target.read_bytes().startswith(b"%PDF")


def test_models_pass_the_model_tester(qtbot, qtmodeltester, env):
    services = env["admin"].services
    services.conduct.create_record(
        env["admin"].actor,
        RecordInput(env["staff"].actor.staff_id, TODAY, "commendation", "excellent_staff"),
    )
    tab = _tab(qtbot, env["admin"])
    qtmodeltester.check(tab.records_model)
    qtmodeltester.check(tab.summary_model)


def test_rules_dialog_saves_for_the_administrator_only(qtbot, env):
    from ui.conduct.rules_dialog import ConductRulesDialog

    admin = ConductRulesDialog(env["admin"])
    qtbot.addWidget(admin)
    admin.subkind_boxes["absence"].setValue(-6)
    admin.kind_boxes["attendance"].setValue(-2)
    admin.lates.setValue(4)
    admin.save()
    rules = env["admin"].services.conduct.rules(env["admin"].actor)
    assert rules.points_for("attendance", "absence") == -6
    assert rules.points_for("attendance", "late") == -2
    assert rules.lates_per_absence == 4
    staff = ConductRulesDialog(env["staff"])
    qtbot.addWidget(staff)
    assert staff.lates.isReadOnly() and staff.subkind_boxes["absence"].value() == -6
    staff.lates.setValue(1)
    staff.save()  # refused by the service: nothing changes
    assert not staff.error.isHidden()
    assert env["admin"].services.conduct.rules(env["admin"].actor).lates_per_absence == 4
