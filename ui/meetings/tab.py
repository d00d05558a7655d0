"""The Meetings tab (会议): the meetings one may see (confidential ones only when
invited), filtered by period, series and text; the notice, attendance, minutes,
signature, distribution, read confirmation, survey and print of the one chosen; and
one's own open action items, to mark done."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.meetings.followup import SurveyResult
from app.meetings.permissions import MeetingPermission
from app.meetings.rows import ActionItemRow, MeetingRow
from app.meetings.service import MeetingFilter
from app.meetings.workflow import attendance_label, status_label
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets.dates import pydate, qdate
from ui.widgets.dialogs import ask_reason, ask_save_path, run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table
from ui.widgets.toolbars import add_action, toolbar


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class MeetingsTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.organiser = actor.can(MeetingPermission.ORGANIZE)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        today = dt.date.today()
        self.start = QDateEdit(qdate(today - dt.timedelta(days=120)))
        self.start.setObjectName("from")
        self.end = QDateEdit(qdate(today + dt.timedelta(days=60)))
        self.end.setObjectName("to")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.series = QComboBox()
        self.series.setObjectName("seriesFilter")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Title, agenda, place, decisions"))
        self.search.setClearButtonEnabled(True)
        self.mine = QCheckBox(self.tr("Only mine"))
        self.mine.setObjectName("mineOnly")
        for label, widget in (
            (self.tr("From:"), self.start),
            (self.tr("To:"), self.end),
            (self.tr("Series:"), self.series),
            (self.tr("Search:"), self.search),
            (None, self.mine),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch()
        layout.addLayout(filters)

        bar = toolbar(layout)
        bar.setObjectName("meetingsToolbar")
        self.new_action = add_action(self, bar, self.tr("&New notice"), "Ctrl+N", self.new)
        self.edit_action = add_action(self, bar, self.tr("&Edit notice"), "Ctrl+E", self.edit)
        self.attendance_action = add_action(
            self, bar, self.tr("&Attendance"), "Ctrl+T", self.attendance
        )
        self.minutes_action = add_action(self, bar, self.tr("&Minutes"), "Ctrl+M", self.minutes)
        self.return_action = add_action(self, bar, self.tr("&Return..."), "", self.return_minutes)
        self.sign_action = add_action(self, bar, self.tr("&Sign"), "", self.sign)
        self.distribute_action = add_action(self, bar, self.tr("&Distribute"), "", self.distribute)
        self.read_action = add_action(self, bar, self.tr("Confirm &read"), "", self.confirm_read)
        self.survey_action = add_action(self, bar, self.tr("Sur&vey"), "", self.survey)
        bar.addSeparator()
        self.print_action = add_action(
            self, bar, self.tr("&Print minutes..."), "Ctrl+P", self.print_minutes
        )
        self.export_action = add_action(self, bar, self.tr("E&xport..."), "", self.export)
        self.new_action.setVisible(self.organiser)
        self.edit_action.setVisible(self.organiser)

        self.model: RowTableModel[MeetingRow] = RowTableModel(self._columns(), self)
        self.view = record_table(
            self.model, "meetings", (120, 190, 110, 100, 70, 70, 60, 120, 130, 50)
        )
        self.view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.view.doubleClicked.connect(lambda *_: self._open_default())
        self.detail = QTextBrowser()
        self.detail.setObjectName("meetingDetail")
        self.items_model: RowTableModel[ActionItemRow] = RowTableModel(self._item_columns(), self)
        self.items_view = record_table(self.items_model, "myActionItems", (90, 260, 200))
        self.items_view.doubleClicked.connect(lambda *_: self.mark_done())
        self.items_title = QLabel()
        self.items_title.setObjectName("myItemsTitle")
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setStyleSheet("color: gray;")
        self.series_line = QLabel()
        self.series_line.setObjectName("seriesSurvey")
        self.series_line.setWordWrap(True)
        self.series_line.setStyleSheet("color: gray;")

        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail, 3)
        mine = QVBoxLayout()
        mine.addWidget(self.items_title)
        mine.addWidget(self.items_view)
        hint = QLabel(self.tr("Double-click an item when it is done."))
        hint.setStyleSheet("color: gray;")
        mine.addWidget(hint)
        bottom_layout.addLayout(mine, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("meetingsSplitter")
        split.addWidget(self.view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.series_line)

        self._fill_series()
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.refresh)
        self.series.currentIndexChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self.search.textChanged.connect(lambda text: text or self.refresh())
        self.mine.toggled.connect(self.refresh)
        self.refresh()

    # --- columns ---------------------------------------------------------------

    def _columns(self) -> list[Column[MeetingRow]]:
        def flags(r: MeetingRow) -> str:
            parts = []
            if r.confidential:
                parts.append(self.tr("Confidential"))
            if r.cancelled:
                parts.append(self.tr("Cancelled"))
            return ", ".join(parts)

        def attendance(r: MeetingRow) -> str:
            late = r.late_count
            absent = sum(1 for i in r.invitees if i.attendance == "absent")
            if not any(i.attendance for i in r.invitees):
                return "—"
            return self.tr("%d late, %d absent") % (late, absent)

        def minutes(r: MeetingRow) -> str:
            if r.cancelled:
                return "—"
            if r.starts_at > dt.datetime.now(dt.UTC):
                return self.tr("Upcoming")
            return status_label(r.minutes_status)

        def read(r: MeetingRow) -> str:
            if r.minutes_status != "distributed":
                return ""
            done = sum(1 for i in r.invitees if i.read_at is not None)
            return f"{done}/{len(r.invitees)}"

        return [
            Column(lambda: self.tr("Time"), lambda r: _local(r.starts_at), lambda r: r.starts_at),
            Column(lambda: self.tr("Meeting"), lambda r: r.title),
            Column(lambda: self.tr("Series"), lambda r: r.series),
            Column(lambda: self.tr("Place"), lambda r: r.place),
            Column(lambda: self.tr("Host"), lambda r: r.host_name),
            Column(lambda: self.tr("Recorder"), lambda r: r.recorder_name),
            Column(lambda: self.tr("Invited"), lambda r: str(len(r.invitees)), None, True),
            Column(lambda: self.tr("Attendance"), attendance),
            Column(lambda: self.tr("Minutes"), minutes),
            Column(lambda: self.tr("Read"), read),
            Column(lambda: self.tr("Notes"), flags),
        ]

    def _item_columns(self) -> list[Column[ActionItemRow]]:
        return [
            Column(
                lambda: self.tr("Due"),
                lambda a: a.due_on.isoformat() if a.due_on else "—",
                lambda a: a.due_on or dt.date.max,
            ),
            Column(lambda: self.tr("Action item"), lambda a: a.text),
            Column(lambda: self.tr("Meeting"), lambda a: a.meeting_title),
        ]

    # --- FeatureTab ------------------------------------------------------------

    def _fill_series(self) -> None:
        current = self.series.currentData()
        self.series.blockSignals(True)
        self.series.clear()
        self.series.addItem(self.tr("All series"), "")
        for name in self.ctx.services.meetings.series_names(self.ctx.actor):
            self.series.addItem(name, name)
        self.series.setCurrentIndex(max(0, self.series.findData(current)))
        self.series.blockSignals(False)

    def filter(self) -> MeetingFilter:
        return MeetingFilter(
            start=pydate(self.start.date()),
            end=pydate(self.end.date()),
            series=self.series.currentData() or "",
            text=self.search.text(),
            mine_only=self.mine.isChecked(),
        )

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self._fill_series()
        current = self.current()
        rows = services.meetings.list_meetings(actor, self.filter())
        self.model.set_rows(rows)
        # Keep the chosen meeting; else choose the latest that took place.
        now = dt.datetime.now(dt.UTC)
        wanted = current.id if current is not None else None
        for n, row in enumerate(self.model.rows()):
            if row.id == wanted or (wanted is None and row.starts_at <= now):
                self.view.setCurrentIndex(self.model.index(n, 0))
                break
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("No meetings in this period.")
            + (" " + self.tr("Call one with New notice (Ctrl+N).") if self.organiser else "")
        )
        items = services.meeting_followup.open_action_items(actor)
        self.items_model.set_rows(items)
        self.items_title.setText(self.tr("My open action items: %d") % len(items))
        self.series_line.setText(self._series_text(services.meeting_followup.survey_by_series(
            actor, pydate(self.start.date()), pydate(self.end.date())
        )))  # fmt: skip
        self._update_actions()

    def _series_text(self, results: list[SurveyResult]) -> str:
        parts = [
            self.tr("%s: %.2f from %d answers")
            % (r.key or self.tr("(no series)"), r.average, r.answers)
            for r in results
            if r.average is not None
        ]
        return self.tr("Satisfaction by series: %s") % "; ".join(parts) if parts else ""

    def title_suffix(self) -> str:
        count = self.items_model.rowCount()
        return str(count) if count else ""

    # --- selection -------------------------------------------------------------

    def current(self) -> MeetingRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _update_actions(self, *_args) -> None:
        r = self.current()
        me = self.ctx.actor.staff_id
        host = r is not None and r.host_staff_id == me
        recorder = r is not None and r.recorder_staff_id == me
        status = r.minutes_status if r is not None else ""
        invitee = r.invitee(me) if r is not None else None
        started = r is not None and r.starts_at <= dt.datetime.now(dt.UTC)
        self.edit_action.setEnabled(r is not None and status in ("draft", "submitted"))
        self.attendance_action.setEnabled(
            r is not None and started and not r.cancelled and (self.organiser or host or recorder)
        )
        self.minutes_action.setEnabled(recorder and status == "draft")
        self.return_action.setEnabled(host and status == "submitted")
        self.sign_action.setEnabled(host and status == "submitted")
        self.distribute_action.setEnabled((host or recorder) and status == "signed")
        self.read_action.setEnabled(
            invitee is not None and status == "distributed" and invitee.read_at is None
        )
        self.survey_action.setEnabled(
            invitee is not None and started and invitee.attendance != "absent"
        )
        self.print_action.setEnabled(status in ("signed", "distributed"))
        self.detail.setHtml(self._detail(r) if r is not None else "")

    def _detail(self, r: MeetingRow) -> str:
        e = html.escape
        lines = [
            f"<b>{e(r.title)}</b> · {e(_local(r.starts_at))} · {e(r.place)}",
            e(self.tr("Host: %s · Recorder: %s · Minutes: %s"))
            % (e(r.host_name), e(r.recorder_name), e(status_label(r.minutes_status))),
        ]
        if r.agenda:
            lines.append(f"<i>{e(self.tr('Agenda'))}</i><br>{e(r.agenda).replace(chr(10), '<br>')}")
        marks = []
        for i in r.invitees:
            text = attendance_label(i.attendance)
            if i.attendance == "late":
                text += self.tr(" %d min") % i.minutes_late
            marks.append(f"{e(i.name)} ({e(text)}{' ✓' if i.read_at else ''})")
        lines.append(f"<i>{e(self.tr('Invitees'))}</i>: " + ", ".join(marks))
        if r.decisions:
            lines.append(
                f"<i>{e(self.tr('Decisions'))}</i><br>{e(r.decisions).replace(chr(10), '<br>')}"
            )
        if r.action_items:
            items = "".join(
                f"<li>{'☑' if a.done else '☐'} {e(a.text)} — {e(a.owner_name)}"
                f"{' · ' + a.due_on.isoformat() if a.due_on else ''}</li>"
                for a in r.action_items
            )
            lines.append(f"<i>{e(self.tr('Action items'))}</i><ul>{items}</ul>")
        if r.return_note:
            lines.append(e(self.tr("Returned: %s") % r.return_note))
        if r.signed_at:
            lines.append(e(self.tr("Signed by %s on %s") % (r.signed_by, _local(r.signed_at))))
        result = self.ctx.services.meeting_followup.meeting_survey(self.ctx.actor, r.id)
        if result.average is not None:
            lines.append(
                e(self.tr("Survey: %.2f from %d answers") % (result.average, result.answers))
            )
        return "<br>".join(lines)

    # --- actions ---------------------------------------------------------------

    def _publish(self, result) -> None:
        if result is not None:
            self.ctx.bus.publish(getattr(result, "change", result))

    def _open_default(self) -> None:
        if self.minutes_action.isEnabled():
            self.minutes()
        elif self.attendance_action.isEnabled():
            self.attendance()
        elif self.organiser and self.edit_action.isEnabled():
            self.edit()

    def new(self) -> None:
        from ui.meetings.notice_dialog import NoticeDialog

        NoticeDialog(self.ctx, None, self).exec()

    def edit(self) -> None:
        from ui.meetings.notice_dialog import NoticeDialog

        if (r := self.current()) is not None:
            NoticeDialog(self.ctx, r, self).exec()

    def attendance(self) -> None:
        from ui.meetings.attendance_dialog import AttendanceDialog

        if (r := self.current()) is not None:
            AttendanceDialog(self.ctx, r, self).exec()

    def minutes(self) -> None:
        from ui.meetings.minutes_dialog import MinutesDialog

        if (r := self.current()) is not None:
            MinutesDialog(self.ctx, r, self).exec()

    def return_minutes(self) -> None:
        r = self.current()
        if r is None:
            return
        note = ask_reason(
            self, self.tr("Return the minutes"), self.tr("What should the recorder change?")
        )
        if note is not None:
            minutes = self.ctx.services.meeting_minutes
            self._publish(
                run(self, lambda: minutes.return_minutes(self.ctx.actor, r.id, r.version, note))
            )

    def sign(self) -> None:
        from PySide6.QtWidgets import QDialog

        from ui.printing.signature_pad import SignaturePadDialog

        r = self.current()
        if r is None:
            return
        dialog = SignaturePadDialog(
            self,
            self.tr("Sign the minutes as the host (主持人). The signature is printed on them."),
        )
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            png = dialog.signature_png()
        finally:
            dialog.deleteLater()
        minutes = self.ctx.services.meeting_minutes
        self._publish(run(self, lambda: minutes.sign(self.ctx.actor, r.id, r.version, png)))

    def distribute(self) -> None:
        if (r := self.current()) is not None:
            minutes = self.ctx.services.meeting_minutes
            self._publish(run(self, lambda: minutes.distribute(self.ctx.actor, r.id, r.version)))

    def confirm_read(self) -> None:
        if (r := self.current()) is not None:
            minutes = self.ctx.services.meeting_minutes
            self._publish(run(self, lambda: minutes.confirm_read(self.ctx.actor, r.id)))

    def survey(self) -> None:
        from ui.meetings.survey_dialog import SurveyDialog

        if (r := self.current()) is not None:
            SurveyDialog(self.ctx, r, self).exec()

    def mark_done(self) -> None:
        item = self.items_model.row_at(self.items_view.currentIndex())
        if item is not None:
            follow = self.ctx.services.meeting_followup
            self._publish(run(self, lambda: follow.set_done(self.ctx.actor, item.id, item.version)))

    def print_minutes(self) -> None:
        r = self.current()
        if r is None:
            return
        target = ask_save_path(
            self,
            self.ctx.qsettings(),
            "meetings/print_folder",
            self.tr("Save the minutes"),
            f"会议纪要-{r.title}-{r.starts_at.astimezone().date().isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is not None:
            minutes = self.ctx.services.meeting_minutes
            self._publish(run(self, lambda: minutes.print_minutes(self.ctx.actor, r.id, target)))

    def export(self) -> None:
        target = ask_save_path(
            self,
            self.ctx.qsettings(),
            "meetings/export_folder",
            self.tr("Export the meetings"),
            "会议列表.csv",
            self.tr("CSV files (*.csv)"),
            ".csv",
        )
        if target is not None:
            meetings, flt = self.ctx.services.meetings, self.filter()
            self._publish(run(self, lambda: meetings.export_csv(self.ctx.actor, flt, target)))
