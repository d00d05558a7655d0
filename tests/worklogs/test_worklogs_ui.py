"""The Plans and reports tab driven through its widgets: a staff member writes and
submits a monthly plan, the manager returns and approves it; the daily log is
pre-filled and saved; the manager sees the team's day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.context import Actor
from app.staff.service import StaffInput
from app.worklogs.rows import ReportKey
from ui.worklogs import tab as tab_module
from ui.worklogs.tab import WorklogsTab

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


def _tab(qtbot, ctx) -> WorklogsTab:
    tab = WorklogsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _select_first(tab: WorklogsTab) -> None:
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab._show_current()


def test_plan_written_returned_and_approved(qtbot, env, monkeypatch, boxes):
    staff_ctx, manager_ctx = env["staff"], env["manager"]
    w = staff_ctx.services.worklogs
    w.create_report(staff_ctx.actor, ReportKey("plan", "person", "month", TODAY.year, TODAY.month))
    staff = _tab(qtbot, staff_ctx)
    assert staff.new_action.isVisible() and not staff.approve_action.isVisible()
    assert "Overdue" in staff.due.text() or "Due by" in staff.due.text()  # the draft is owed
    _select_first(staff)
    assert staff.save_action.isEnabled() and not staff.assessment.isVisible()
    assert staff.figure_labels["new_leads"].text() == "0"
    staff.body.setPlainText("新线索 30 个，报名 5 人。")
    staff.submit()
    row = w.list_reports(staff_ctx.actor)[0]
    assert (row.status, row.body) == ("submitted", "新线索 30 个，报名 5 人。")
    assert not staff.save_action.isEnabled() and staff.body.isReadOnly()

    manager = _tab(qtbot, manager_ctx)
    assert manager.approve_action.isVisible()
    _select_first(manager)
    assert manager.approve_action.isEnabled() and manager.body.isReadOnly()
    monkeypatch.setattr(tab_module, "ask_reason", lambda *a, **k: "请写清楚措施")
    manager.return_()
    row = w.list_reports(staff_ctx.actor)[0]
    assert (row.status, row.decision_note) == ("returned", "请写清楚措施")
    staff.refresh()
    _select_first(staff)
    assert "请写清楚措施" in staff.decision.text() and staff.submit_action.isEnabled()
    staff.body.setPlainText("新线索 30 个：地推 10、转介绍 20。")
    staff.submit()
    manager.refresh()
    _select_first(manager)
    manager.approve()
    assert w.list_reports(staff_ctx.actor)[0].status == "approved"
    assert boxes == []


def test_service_cannot_decide_and_sees_no_other(qtbot, env):
    staff_ctx = env["staff"]
    row = staff_ctx.services.worklogs.create_report(
        staff_ctx.actor, ReportKey("plan", "person", "month", TODAY.year, TODAY.month)
    )
    assert row.id
    service = _tab(qtbot, env["service"])
    assert service.model.rowCount() == 0 and not service.approve_action.isVisible()


def test_daily_log_prefilled_saved_and_team_day(qtbot, env, boxes):
    staff = _tab(qtbot, env["staff"])
    staff.pages.setCurrentIndex(1)
    assert staff.save_log_action.isEnabled() and staff.team_box.isHidden()
    staff.calls.setValue(7)
    staff.notes.setPlainText("明天回访两位家长")
    staff.save_log()
    sheet = staff.ctx.services.worklogs.day_sheet(staff.ctx.actor, staff.ctx.actor.staff_id, TODAY)
    assert (sheet.log.calls, sheet.log.notes) == (7, "明天回访两位家长")
    manager = _tab(qtbot, env["manager"])
    assert not manager.team_box.isHidden() and manager.team_model.rowCount() == 2
    written = {s.name: s.log is not None for s in manager.team_model.rows()}
    assert sorted(written.values()) == [False, True]
    assert boxes == []


def test_print_from_the_tab(qtbot, env, monkeypatch, tmp_path):
    staff_ctx = env["staff"]
    staff_ctx.services.worklogs.create_report(
        staff_ctx.actor, ReportKey("plan", "person", "month", TODAY.year, TODAY.month)
    )
    staff = _tab(qtbot, staff_ctx)
    _select_first(staff)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(tab_module, "ask_save_path", lambda *a, **k: target)
    staff.print_()
    assert target.read_bytes().startswith(b"%PDF")
