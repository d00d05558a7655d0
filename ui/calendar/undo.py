"""Moves and resizes with undo (Ctrl+Z): the view asks, `apply` does it, the stack
remembers. `apply(item, start, end)` returns the item as saved, or None when it was
refused or the user said no (then nothing is pushed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.calendar.items import CalendarItem
from ui.calendar.view import CalendarView

Apply = Callable[[CalendarItem, dt.datetime, dt.datetime], CalendarItem | None]


class RescheduleCommand(QUndoCommand):
    def __init__(
        self,
        controller: RescheduleController,
        item_id: int,
        before: tuple[dt.datetime, dt.datetime],
        after: tuple[dt.datetime, dt.datetime],
        text: str,
    ) -> None:
        super().__init__(text)
        self.controller = controller
        self.item_id = item_id
        self.before = before
        self.after = after
        self.first = True  # the move was applied before the push

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        if not self.controller.apply_to(self.item_id, *self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.controller.apply_to(self.item_id, *self.before):
            self.setObsolete(True)


class RescheduleController(QObject):
    def __init__(self, view: CalendarView, apply: Apply, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.apply = apply
        self.stack = QUndoStack(self)
        view.rescheduleRequested.connect(self.request)

    def request(self, item: CalendarItem, start: dt.datetime, end: dt.datetime) -> bool:
        current = self.view.item(item.id) or item
        saved = self.apply(current, start, end)
        if saved is None:
            self.view.update()
            return False
        self.view.replace_item(saved)
        what = (
            QCoreApplication.translate("RescheduleController", "Resize %s")
            if start == current.start
            else QCoreApplication.translate("RescheduleController", "Move %s")
        )
        self.stack.push(
            RescheduleCommand(
                self, item.id, (current.start, current.end), (start, end), what % current.title
            )
        )
        return True

    def apply_to(self, item_id: int, start: dt.datetime, end: dt.datetime) -> bool:
        current = self.view.item(item_id)
        if current is None:
            return False
        saved = self.apply(current, start, end)
        if saved is None:
            return False
        self.view.replace_item(saved)
        return True
