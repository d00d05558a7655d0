"""The Meetings tab and its dialogs, driven through their widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.meetings.minutes import ItemInput
from app.meetings.rows import NoticeInput
from ui.meetings.attendance_dialog import AttendanceDialog
from ui.meetings.minutes_dialog import MinutesDialog
from ui.meetings.notice_dialog import NoticeDialog
from ui.meetings.survey_dialog import SurveyDialog
from ui.meetings.tab import MeetingsTab

PAST = dt.datetime.now(dt.UTC) - dt.timedelta(days=2)


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
    return {role: ui_context(role) for role in ("admin", "manager", "staff", "service", "finance")}


def _tab(qtbot, ctx) -> MeetingsTab:
    tab = MeetingsTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _meeting(env, **changes):
    m, s = env["manager"].actor, env["staff"].actor
    data = NoticeInput(
        title="周销售例会",
        starts_at=PAST,
        host_staff_id=m.staff_id,
        recorder_staff_id=s.staff_id,
        invitee_ids=(m.staff_id, s.staff_id, env["service"].actor.staff_id),
        series="周销售例会",
        place="三楼会议室",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return env["manager"].services.meetings.create_notice(m, data)


def _select(tab: MeetingsTab, meeting_id: int) -> None:
    for n, row in enumerate(tab.model.rows()):
        if row.id == meeting_id:
            tab.view.setCurrentIndex(tab.model.index(n, 0))
            return
    raise AssertionError("meeting not listed")


def test_notice_dialog_creates_a_confidential_meeting(qtbot, env):
    ctx = env["manager"]
    dialog = NoticeDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.title.setText("价格保密会")
    dialog.starts.setDateTime(QDateTime.currentDateTime().addDays(2))
    for n in range(dialog.invitees.count()):
        item = dialog.invitees.item(n)
        if item.data(Qt.ItemDataRole.UserRole) == env["staff"].actor.staff_id:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.confidential.setChecked(True)
    dialog.record_lateness.setChecked(True)
    dialog.save()
    row = dialog.result_row
    assert row is not None and row.confidential and row.record_lateness
    assert [m.title for m in _tab(qtbot, env["staff"]).model.rows()] == ["价格保密会"]
    assert _tab(qtbot, env["service"]).model.rows() == []
    assert _tab(qtbot, env["manager"]).new_action.isVisible()
    assert not _tab(qtbot, env["staff"]).new_action.isVisible()


def test_the_workflow_through_the_tab(qtbot, env, monkeypatch):
    m = _meeting(env)
    # Attendance by the manager.
    dialog = AttendanceDialog(env["manager"], m)
    qtbot.addWidget(dialog)
    staff_id, combo, spin = dialog.marks[1]
    combo.setCurrentIndex(combo.findData("late"))
    spin.setValue(7)
    dialog.save()
    m = env["manager"].services.meetings.get_meeting(env["manager"].actor, m.id)
    assert m.invitee(staff_id).minutes_late == 7
    # The recorder writes and submits the minutes.
    staff_tab = _tab(qtbot, env["staff"])
    _select(staff_tab, m.id)
    assert staff_tab.minutes_action.isEnabled() and not staff_tab.sign_action.isEnabled()
    dialog = MinutesDialog(env["staff"], staff_tab.current())
    qtbot.addWidget(dialog)
    dialog.decisions.setPlainText("暑期班续费优先")
    dialog.add_item("", None, None, None)
    dialog.items.cellWidget(0, 0).setText("整理续费名单")
    owner = dialog.items.cellWidget(0, 1)
    owner.setCurrentIndex(owner.findData(env["staff"].actor.staff_id))
    dialog.save(True)
    # The host signs in ink (the pad's "paper" button) and distributes.
    from ui.printing import signature_pad

    monkeypatch.setattr(
        signature_pad.SignaturePadDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(signature_pad.SignaturePadDialog, "signature_png", lambda self: None)
    host_tab = _tab(qtbot, env["manager"])
    _select(host_tab, m.id)
    assert host_tab.sign_action.isEnabled() and host_tab.return_action.isEnabled()
    host_tab.sign()
    host_tab.refresh()  # the main window refreshes tabs on the bus's changes
    _select(host_tab, m.id)
    assert host_tab.current().minutes_status == "signed" and host_tab.print_action.isEnabled()
    host_tab.distribute()
    # The staff member confirms reading, sees their action item and closes it.
    staff_tab.refresh()
    _select(staff_tab, m.id)
    assert staff_tab.read_action.isEnabled()
    staff_tab.confirm_read()
    staff_tab.refresh()
    _select(staff_tab, m.id)
    assert not staff_tab.read_action.isEnabled()
    assert [a.text for a in staff_tab.items_model.rows()] == ["整理续费名单"]
    assert staff_tab.title_suffix() == "1"
    staff_tab.items_view.setCurrentIndex(staff_tab.items_model.index(0, 0))
    staff_tab.mark_done()
    staff_tab.refresh()
    assert staff_tab.items_model.rows() == []
    # The survey, and its result per series.
    dialog = SurveyDialog(env["staff"], staff_tab.current())
    qtbot.addWidget(dialog)
    dialog.group.button(4).click()
    dialog.comment.setText("很好")
    dialog.save()
    staff_tab.refresh()
    assert "4.00" in staff_tab.series_line.text()


def test_finance_sees_open_meetings_but_acts_in_none(qtbot, env):
    m = _meeting(env)
    env["manager"].services.meeting_minutes.save_minutes(
        env["staff"].actor, m.id, m.version, "决议", [ItemInput("x", env["staff"].actor.staff_id)]
    )
    tab = _tab(qtbot, env["finance"])
    _select(tab, m.id)
    for action in (
        tab.attendance_action,
        tab.minutes_action,
        tab.sign_action,
        tab.read_action,
        tab.survey_action,
    ):
        assert not action.isEnabled()
