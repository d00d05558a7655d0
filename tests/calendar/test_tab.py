"""The Calendar tab on a database: moving an approved activity asks and sends it
back for approval, undo moves it back, filters hide without hiding conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from app.campaigns.rows import ActivityInput
from tests.calendar.test_view import drag
from ui.calendar.calendar_tab import CalendarTab


@pytest.fixture
def setup(qtbot, ui_context):
    staff_ctx, manager_ctx = ui_context("staff"), ui_context("manager")
    services, staff = staff_ctx.services, staff_ctx.actor
    campaigns = services.campaigns

    def add(name, day, hour, **kwargs):
        return campaigns.create_activity(
            staff,
            ActivityInput(
                name=name,
                kind=kwargs.pop("kind", "lecture"),
                starts_at=dt.datetime(2026, 3, day, hour),
                ends_at=dt.datetime(2026, 3, day, hour + 2),
                owner_id=staff.staff_id,
                **kwargs,
            ),
        )

    approved = add("家长讲座", 10, 9)
    approved = campaigns.submit(staff, approved.id, approved.version)
    approved = campaigns.approve(manager_ctx.actor, approved.id, approved.version)
    draft = add("社区亲子活动", 12, 10, kind="community", venue="莲花社区")
    tab = CalendarTab(staff_ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.go_to(dt.date(2026, 3, 15))
    return tab, services, staff, approved, draft


def test_the_tab_shows_this_month_when_it_is_built(qtbot, ui_context):
    """As the main window builds it: no call but the constructor fills the month."""
    ctx = ui_context("staff")
    today = dt.date.today()
    ctx.services.campaigns.create_activity(
        ctx.actor,
        ActivityInput(
            name="本月讲座",
            kind="lecture",
            starts_at=dt.datetime(today.year, today.month, 1, 9),
            ends_at=dt.datetime(today.year, today.month, 1, 11),
            owner_id=ctx.actor.staff_id,
        ),
    )
    tab = CalendarTab(ctx)
    qtbot.addWidget(tab)
    assert [item.title for item in tab.all_items] == ["本月讲座"]


def test_moving_an_approved_activity_asks_and_sends_it_back(qtbot, setup):
    tab, services, staff, approved, _ = setup
    asked = []
    tab.confirm_resubmit = lambda item: asked.append(item.id) or True
    view = tab.view
    start = view.item_rect(approved.id).center().toPoint()
    drag(qtbot, view, start, start + QPoint(int(view._cell_w()), 0))
    assert asked == [approved.id]
    row = services.campaigns.get_activity(staff, approved.id).row
    assert row.status == "submitted" and row.starts_at == dt.datetime(2026, 3, 11, 9)
    assert view.item(approved.id).status == "submitted"
    tab.undo_action.trigger()
    row = services.campaigns.get_activity(staff, approved.id).row
    assert row.starts_at == dt.datetime(2026, 3, 10, 9)
    assert len(asked) == 1  # submitted now: the undo does not ask again


def test_saying_no_leaves_the_approved_activity_where_it_was(qtbot, setup):
    tab, services, staff, approved, _ = setup
    tab.confirm_resubmit = lambda item: False
    view = tab.view
    start = view.item_rect(approved.id).center().toPoint()
    drag(qtbot, view, start, start + QPoint(int(view._cell_w()), 0))
    row = services.campaigns.get_activity(staff, approved.id).row
    assert (row.status, row.starts_at) == ("approved", dt.datetime(2026, 3, 10, 9))
    assert tab.controller.stack.count() == 0


def test_conflict_found_after_a_drag_and_kept_when_filtered(qtbot, setup):
    tab, services, staff, approved, draft = setup
    view = tab.view
    start = view.item_rect(draft.id).center().toPoint()
    drag(qtbot, view, start, start - QPoint(2 * int(view._cell_w()), 0))  # same owner, 10 March
    assert services.campaigns.get_activity(staff, draft.id).row.starts_at.day == 10
    tab.refresh()  # what the change bus does
    assert set(view.conflicts) == {approved.id, draft.id}
    assert tab.title_suffix() == "2"
    tab.kind_box.setCurrentIndex(tab.kind_box.findData("community"))
    assert [i.id for i in view.items] == [draft.id]
    assert draft.id in view.conflicts  # its clash with the hidden lecture still shows
    tab.kind_box.setCurrentIndex(0)
    assert len(view.items) == 2


def test_week_and_agenda_modes_and_navigation(qtbot, setup):
    tab, *_ = setup
    tab.set_mode("week")
    tab.go_to(dt.date(2026, 3, 10))
    assert tab.view.visible_range() == (dt.date(2026, 3, 9), dt.date(2026, 3, 15))
    assert len(tab.view.items) == 2
    tab.step(1)
    assert tab.view.items == []
    tab.set_mode("agenda")
    tab.go_to(dt.date(2026, 3, 1))
    assert tab.view.minimumHeight() > 50 and len(tab.view.hits) == 2
    tab.set_mode("month")
    tab.step(-1)
    assert tab.view.anchor == dt.date(2026, 2, 1)


def test_print_month_and_week_to_pdf(qtbot, setup, tmp_path, monkeypatch):
    import subprocess

    tab, *_ = setup
    for mode in ("month", "week"):
        tab.set_mode(mode)
        tab.go_to(dt.date(2026, 3, 10))
        out = tmp_path / f"{mode}.pdf"
        monkeypatch.setattr("ui.widgets.dialogs.ask_save_path", lambda *a, out=out: out)
        tab.print_pdf()
        assert out.read_bytes().startswith(b"%PDF")
        text = subprocess.run(
            ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "家长讲座" in text and "社区亲子活动" in text
        size = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert "841.89 x 595.276 pts (A4)" in size  # A4 landscape


def test_double_click_opens_the_activity_editor_or_a_new_one_at_the_slot(qtbot, setup, monkeypatch):
    from ui.campaigns.activity_dialog import ActivityDialog

    tab, services, staff, approved, _ = setup
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        return 0  # cancelled: nothing saved

    monkeypatch.setattr(ActivityDialog, "exec", fake_exec)
    view = tab.view
    qtbot.mouseDClick(
        view, Qt.MouseButton.LeftButton, pos=view.item_rect(approved.id).center().toPoint()
    )
    assert opened[-1].view is not None and opened[-1].view.id == approved.id
    blank = view.item_rect(approved.id).center().toPoint() + QPoint(3 * int(view._cell_w()), 0)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=blank)
    assert len(opened) == 2 and opened[-1].view is None
    for dialog in opened:
        dialog.deleteLater()
