"""The Calendar tab (活动日历): month, week and agenda of the activities, filters,
moving with undo, printing and the .ics export (issue 17 item 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.calendar.items import KINDS, STATUSES, CalendarItem, ItemFilter, filtered
from app.calendar.permissions import CalendarPermission
from app.errors import ServiceError
from ui.calendar import style
from ui.calendar.undo import RescheduleController
from ui.calendar.view import AGENDA, MONTH, WEEK, CalendarView, DayMark, TermMark
from ui.feature_tab import FeatureTab
from ui.widgets import dialogs
from ui.widgets.messages import show_error

FOLDER_KEY = "calendar/folder"


class CalendarLegend(QWidget):
    """The kinds' colours and the statuses' styles, painted like the items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(22)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        x = 4
        entries = [(kind, "approved", style.kind_label(kind)) for kind in KINDS]
        entries += [
            ("booth", status, style.status_label(status))
            for status in ("draft", "submitted", "completed", "cancelled")
        ]
        for kind, status, label in entries:
            look = style.look(kind, status)
            painter.fillRect(x, 5, 14, 12, look.fill)
            pen = painter.pen()
            pen.setColor(look.border)
            pen.setStyle(look.pen_style)
            painter.setPen(pen)
            painter.drawRect(x, 5, 14, 12)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(x + 18, 16, label)
            x += 26 + metrics.horizontalAdvance(label)
        painter.setPen(style.CONFLICT_COLOUR)
        painter.drawText(x, 16, "! " + self.tr("conflict"))
        painter.end()


class CalendarTab(FeatureTab):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.all_items: list[CalendarItem] = []
        self.item_filter = ItemFilter()
        # Asked before an approved activity moves (tests answer for the user).
        self.confirm_resubmit: Callable[[CalendarItem], bool] = self._ask_resubmit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._build_toolbar())
        layout.addLayout(self._build_filters())
        self.view = CalendarView(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        layout.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.legend = CalendarLegend(self)
        bottom.addWidget(self.legend, 1)
        self.status = QLabel(self)
        self.status.setObjectName("calendarStatus")
        bottom.addWidget(self.status)
        layout.addLayout(bottom)
        self.controller = RescheduleController(self.view, self._apply_move, self)
        self._install_undo()
        self.view.itemActivated.connect(self.open_activity)
        self.view.slotActivated.connect(self.new_activity)
        self.view.selectionChanged.connect(lambda _item: self._show_status())
        self._loaded_range: tuple[dt.date, dt.date] | None = None
        # The month is filled when the tab is built, like every tab (the main window
        # restores the saved view mode afterwards, which loads its range again).
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(bar, "◀", "Alt+Left", lambda: self.step(-1)).setToolTip(self.tr("Previous"))
        self._action(bar, self.tr("Today"), "Ctrl+T", self.go_today)
        self._action(bar, "▶", "Alt+Right", lambda: self.step(1)).setToolTip(self.tr("Next"))
        self.title = QLabel(self)
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(150)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.title)
        bar.addSeparator()
        group = QActionGroup(self)
        self.mode_actions: dict[str, QAction] = {}
        for mode, text, key in (
            (MONTH, self.tr("Month"), "Ctrl+Shift+M"),
            (WEEK, self.tr("Week"), "Ctrl+Shift+W"),
            (AGENDA, self.tr("Agenda"), "Ctrl+Shift+G"),
        ):
            act = self._action(bar, text, key, lambda _=False, m=mode: self.set_mode(m))
            act.setCheckable(True)
            group.addAction(act)
            self.mode_actions[mode] = act
        self.mode_actions[MONTH].setChecked(True)
        bar.addSeparator()
        self._action(bar, self.tr("New activity"), "Ctrl+N", lambda: self.new_activity(None))
        self._action(bar, self.tr("Print…"), "Ctrl+P", self.print_pdf)
        self._action(bar, self.tr("Export .ics…"), "", self.export_ics)
        if self.ctx.actor.can(CalendarPermission.EDIT_HOLIDAYS):
            self._action(bar, self.tr("Holidays and terms…"), "", self.edit_holidays)
        return bar

    def _action(self, bar: QToolBar, text: str, key: str, slot) -> QAction:
        act = QAction(text, self)
        if key:
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        bar.addAction(act)
        self.addAction(act)
        return act

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.kind_box = self._filter_box(row, self.tr("Type:"), "calendarKind")
        for kind in KINDS:
            self.kind_box.addItem(style.kind_label(kind), kind)
        self.status_box = self._filter_box(row, self.tr("Status:"), "calendarStatusFilter")
        for status in STATUSES:
            self.status_box.addItem(style.status_label(status), status)
        self.owner_box = self._filter_box(row, self.tr("Owner:"), "calendarOwner")
        self.channel_box = self._filter_box(row, self.tr("Channel:"), "calendarChannel")
        row.addStretch(1)
        return row

    def _filter_box(self, row: QHBoxLayout, label: str, name: str) -> QComboBox:
        row.addWidget(QLabel(label, self))
        box = QComboBox(self)
        box.setObjectName(name)
        box.addItem(self.tr("All"), None)
        box.setMinimumContentsLength(8)
        box.currentIndexChanged.connect(self._filters_changed)
        row.addWidget(box)
        return box

    def _install_undo(self) -> None:
        undo = self.controller.stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.controller.stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        for act in (undo, redo):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.undo_action, self.redo_action = undo, redo

    # --- navigation ------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)
        self.view.set_mode(mode)
        self.refresh()

    def step(self, direction: int) -> None:
        anchor = self.view.anchor
        if self.view.mode == WEEK:
            anchor += dt.timedelta(days=7 * direction)
        else:
            month = anchor.month - 1 + direction
            anchor = dt.date(anchor.year + month // 12, month % 12 + 1, 1)
        self.go_to(anchor)

    def go_today(self) -> None:
        self.go_to(dt.date.today())

    def go_to(self, day: dt.date) -> None:
        self.view.set_anchor(day)
        self.refresh()

    # --- data ------------------------------------------------------------------------

    def refresh(self) -> None:
        first, last = self.view.visible_range()
        services = self.ctx.services
        try:
            items = services.calendar.items(self.ctx.actor, first, last)
            days = services.calendar.days(self.ctx.actor, first, last)
            terms = services.calendar.terms(self.ctx.actor, first, last)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self._loaded_range = (first, last)
        self.view.set_marks(
            {d.day: DayMark(d.kind, d.name) for d in days},
            [TermMark(t.name, t.kind, t.starts_on, t.ends_on) for t in terms],
        )
        self.set_items(items)

    def set_items(self, items: list[CalendarItem]) -> None:
        """All activities of the range; the filters choose what is shown, conflicts
        are found among all of them (a hidden activity still blocks its owner)."""
        self.all_items = items
        self._fill_choices()
        self._apply_filter()

    def _fill_choices(self) -> None:
        owners = sorted({(i.owner, i.owner_id) for i in self.all_items if i.owner_id is not None})
        channels = sorted(
            {(i.channel, i.channel_id) for i in self.all_items if i.channel_id is not None}
        )
        for box, choices in ((self.owner_box, owners), (self.channel_box, channels)):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("All"), None)
            for name, ident in choices:
                box.addItem(name, ident)
            index = box.findData(current) if current is not None else 0
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)

    def _filters_changed(self) -> None:
        self.item_filter = ItemFilter(
            self.kind_box.currentData(),
            self.status_box.currentData(),
            self.owner_box.currentData(),
            self.channel_box.currentData(),
        )
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.view.set_items(filtered(self.all_items, self.item_filter), self.all_items)
        self._show_status()

    def _show_status(self) -> None:
        first, last = self.view.visible_range()
        if self.view.mode == MONTH:
            anchor = self.view.anchor
            # A date format (QDate): the month as people write it in the language.
            pattern = self.tr("MMMM yyyy")
            self.title.setText(QLocale().toString(QDate(anchor.year, anchor.month, 1), pattern))
        else:
            self.title.setText(f"{first:%Y-%m-%d} – {last:%m-%d}")
        shown = len(self.view.items)
        clashing = len([i for i in self.view.items if i.id in self.view.conflicts])
        text = self.tr("Activities: %1").replace("%1", str(shown))
        if clashing:
            text += " · " + self.tr("In conflict: %1").replace("%1", str(clashing))
        self.status.setText(text)

    def title_suffix(self) -> str:
        clashing = len([i for i in self.view.items if i.id in self.view.conflicts])
        return str(clashing) if clashing else ""

    # --- moving ----------------------------------------------------------------------

    def _ask_resubmit(self, item: CalendarItem) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Move an approved activity"),
            self.tr("“%s” is approved. Moving it sends it back for approval. Move it?").replace(
                "%s", item.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _apply_move(
        self, current: CalendarItem, start: dt.datetime, end: dt.datetime
    ) -> CalendarItem | None:
        from app.calendar.service import item_from_activity

        if current.status == "approved" and not self.confirm_resubmit(current):
            return None
        try:
            row = self.ctx.services.campaigns.reschedule(
                self.ctx.actor, current.id, start, end, current.version
            )
        except ServiceError as exc:
            show_error(self, exc)
            return None
        saved = item_from_activity(row)
        self.all_items = [saved if i.id == saved.id else i for i in self.all_items]
        self.ctx.bus.publish(row.change)
        return saved

    # --- dialogs ---------------------------------------------------------------------

    def open_activity(self, activity_id: int) -> None:
        from ui.campaigns.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.ctx, activity_id, self)
        if dialog.exec():
            self.refresh()

    def new_activity(self, starts_at: dt.datetime | None) -> None:
        from ui.campaigns.activity_dialog import ActivityDialog

        if starts_at is None:
            starts_at = dt.datetime.combine(self.view.anchor, dt.time(9, 0))
        dialog = ActivityDialog(self.ctx, None, self, starts_at=starts_at)
        if dialog.exec():
            self.refresh()

    def edit_holidays(self) -> None:
        from ui.calendar.holidays_dialog import HolidaysDialog

        HolidaysDialog(self.ctx, self.view.anchor.year, self).exec()
        self.refresh()

    def print_pdf(self) -> None:
        from app.calendar.pdf import PrintDay, write_calendar_pdf

        mode = WEEK if self.view.mode == WEEK else MONTH
        anchor = self.view.anchor
        name = f"calendar-{anchor:%Y-%m}.pdf" if mode == MONTH else f"calendar-week-{anchor}.pdf"
        path = dialogs.ask_save_path(
            self,
            self.ctx.qsettings(),
            FOLDER_KEY,
            self.tr("Print the calendar to PDF"),
            name,
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if path is None:
            return
        days = {d: PrintDay(m.kind, m.name) for d, m in self.view.day_marks.items()}
        try:
            write_calendar_pdf(
                path,
                mode,
                anchor,
                self.view.items,
                days,
                title=self.title.text(),
                footer=self.tr("Printed %s by %s")
                .replace("%s", f"{dt.datetime.now():%Y-%m-%d %H:%M}", 1)
                .replace("%s", self.ctx.actor.display_name or self.ctx.actor.username, 1),
            )
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.status.setText(self.tr("Saved %s").replace("%s", str(path)))

    def export_ics(self) -> None:
        first, last = self.view.visible_range()
        path = dialogs.ask_save_path(
            self,
            self.ctx.qsettings(),
            FOLDER_KEY,
            self.tr("Export the calendar"),
            f"calendar-{first}-{last}.ics",
            self.tr("iCalendar files (*.ics)"),
            ".ics",
        )
        if path is None:
            return
        change = dialogs.run(
            self, lambda: self.ctx.services.calendar.export_ics(self.ctx.actor, first, last, path)
        )
        if change is not None:
            self.ctx.bus.publish(change)
            self.status.setText(self.tr("Saved %s").replace("%s", str(path)))

    # --- state -----------------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("mode", self.view.mode)

    def restore_state(self, settings: QSettings) -> None:
        mode = settings.value("mode", MONTH)
        if mode in (MONTH, WEEK, AGENDA) and mode != self.view.mode:
            self.set_mode(str(mode))
