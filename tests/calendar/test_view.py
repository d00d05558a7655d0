"""The calendar widget driven with the mouse (pytest-qt): drag to move, edge-drag to
resize, Ctrl+Z to undo, conflicts marked as they appear and disappear."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from app.calendar.items import CalendarItem
from tests.calendar.helpers import item
from ui.calendar.undo import RescheduleController
from ui.calendar.view import MONTH, WEEK, CalendarView


@pytest.fixture
def calendar(qtbot):
    view = CalendarView()
    view.today = dt.date(2026, 3, 1)
    view.resize(980, 700)
    view.set_anchor(dt.date(2026, 3, 10))
    saved: list[tuple[int, dt.datetime, dt.datetime]] = []

    def apply(current: CalendarItem, start: dt.datetime, end: dt.datetime):
        saved.append((current.id, start, end))
        return current.moved(start, end)

    controller = RescheduleController(view, apply)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, controller, saved


def drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    steps = 6
    for n in range(1, steps + 1):
        point = start + (end - start) * n / steps
        qtbot.mouseMove(view, QPoint(int(point.x()), int(point.y())))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def cell_width(view) -> int:
    return int(view._cell_w())


def test_month_drag_moves_by_days_and_ctrl_z_undoes(qtbot, calendar):
    view, controller, saved = calendar
    view.set_items([item(1, "2026-03-10 09:00", "2026-03-10 11:00", owner_id=1)])
    rect = view.item_rect(1)
    start = rect.center().toPoint() - QPoint(10, 0)
    drag(qtbot, view, start, start + QPoint(2 * cell_width(view), 0))
    moved = view.item(1)
    assert (moved.start, moved.end) == (dt.datetime(2026, 3, 12, 9), dt.datetime(2026, 3, 12, 11))
    assert saved[-1][0] == 1
    controller.stack.undo()
    assert view.item(1).start == dt.datetime(2026, 3, 10, 9)
    controller.stack.redo()
    assert view.item(1).start == dt.datetime(2026, 3, 12, 9)


def test_month_right_edge_drag_resizes(qtbot, calendar):
    view, controller, _ = calendar
    view.set_items([item(1, "2026-03-10", "2026-03-10", all_day=True)])
    rect = view.item_rect(1)
    edge = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    drag(qtbot, view, edge, edge + QPoint(2 * cell_width(view), 0))
    resized = view.item(1)
    assert (resized.first_day, resized.last_day) == (dt.date(2026, 3, 10), dt.date(2026, 3, 12))
    assert controller.stack.count() == 1


def test_week_drag_snaps_to_quarter_hours_and_bottom_edge_resizes(qtbot, calendar):
    view, controller, _ = calendar
    view.set_mode(WEEK)
    view.set_items([item(1, "2026-03-10 09:00", "2026-03-10 10:00")])
    rect = view.item_rect(1)
    per_hour = view._minute_px() * 60
    start = rect.center().toPoint()
    drag(qtbot, view, start, start + QPoint(cell_width(view), int(per_hour * 2)))
    moved = view.item(1)
    assert (moved.start, moved.end) == (dt.datetime(2026, 3, 11, 11), dt.datetime(2026, 3, 11, 12))
    rect = view.item_rect(1)
    bottom = QPoint(int(rect.center().x()), int(rect.bottom()) - 1)
    drag(qtbot, view, bottom, bottom + QPoint(0, int(per_hour * 1.5)))
    assert view.item(1).end == dt.datetime(2026, 3, 11, 13, 30)
    assert controller.stack.count() == 2
    controller.stack.undo()
    controller.stack.undo()
    assert (view.item(1).start, view.item(1).end) == (
        dt.datetime(2026, 3, 10, 9),
        dt.datetime(2026, 3, 10, 10),
    )


def test_ctrl_z_shortcut_through_the_stack_action(qtbot, calendar):
    view, controller, _ = calendar
    undo = controller.stack.createUndoAction(view)
    undo.setShortcut("Ctrl+Z")
    undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    view.addAction(undo)
    view.set_items([item(1, "2026-03-10 09:00", "2026-03-10 11:00")])
    start = view.item_rect(1).center().toPoint()
    drag(qtbot, view, start, start + QPoint(cell_width(view), 0))
    assert view.item(1).first_day == dt.date(2026, 3, 11)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.item(1).first_day == dt.date(2026, 3, 10)


def test_dragging_onto_a_colleagues_slot_marks_the_conflict_and_undo_clears_it(qtbot, calendar):
    view, controller, _ = calendar
    view.set_items(
        [
            item(1, "2026-03-10 09:00", "2026-03-10 11:00", owner_id=5),
            item(2, "2026-03-12 10:00", "2026-03-12 12:00", owner_id=5),
            item(3, "2026-03-12 10:00", "2026-03-12 12:00", owner_id=6, school="实验中学"),
            item(4, "2026-03-13 15:00", "2026-03-13 16:00", owner_id=7, school="实验中学"),
        ]
    )
    assert view.conflicts == {}
    start = view.item_rect(1).center().toPoint()
    drag(qtbot, view, start, start + QPoint(2 * cell_width(view), 0))
    assert set(view.conflicts) == {1, 2}
    assert "booked twice" in view.tooltip(view.item(1)) or "两次" in view.tooltip(view.item(1))
    start = view.item_rect(4).center().toPoint()
    drag(qtbot, view, start, start - QPoint(cell_width(view), 0))
    assert set(view.conflicts) == {1, 2, 3, 4}
    controller.stack.undo()
    controller.stack.undo()
    assert view.conflicts == {}


def test_a_refused_move_changes_nothing_and_pushes_nothing(qtbot):
    view = CalendarView()
    view.resize(980, 700)
    view.set_anchor(dt.date(2026, 3, 10))
    controller = RescheduleController(view, lambda current, start, end: None)
    qtbot.addWidget(view)
    view.show()
    view.set_items([item(1, "2026-03-10 09:00", "2026-03-10 11:00")])
    start = view.item_rect(1).center().toPoint()
    drag(qtbot, view, start, start + QPoint(cell_width(view), 0))
    assert view.item(1).start == dt.datetime(2026, 3, 10, 9)
    assert controller.stack.count() == 0


def test_double_click_opens_an_item_or_a_blank_slot(qtbot, calendar):
    view, _, _ = calendar
    view.set_mode(MONTH)
    view.set_items([item(1, "2026-03-10 09:00", "2026-03-10 11:00")])
    with qtbot.waitSignal(view.itemActivated) as opened:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.item_rect(1).center().toPoint())
    assert opened.args == [1]
    blank = view.item_rect(1).center().toPoint() + QPoint(3 * cell_width(view), 0)
    with qtbot.waitSignal(view.slotActivated) as slot:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=blank)
    assert slot.args[0] == dt.datetime(2026, 3, 13, 9, 0)
