"""The meeting notice (会议通知): title, series, time, place, host, recorder, invitees,
agenda, confidential, and whether lateness is recorded in conduct records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.meetings.rows import MeetingRow, NoticeInput
from ui.widgets.dialogs import run


class NoticeDialog(QDialog):
    def __init__(self, ctx, row: MeetingRow | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.result_row: MeetingRow | None = None
        self.setWindowTitle(
            self.tr("Meeting notice") if row is None else self.tr("Edit the notice")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.series = QComboBox()
        self.series.setObjectName("series")
        self.series.setEditable(True)
        self.series.addItems(["", *ctx.services.meetings.series_names(ctx.actor)])
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("startsAt")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(5, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.place = QLineEdit()
        self.place.setObjectName("place")
        people = ctx.services.meetings.people(ctx.actor)
        self.host = QComboBox()
        self.host.setObjectName("host")
        self.recorder = QComboBox()
        self.recorder.setObjectName("recorder")
        self.invitees = QListWidget()
        self.invitees.setObjectName("invitees")
        self.invitees.setMinimumHeight(110)
        for staff_id, name in people:
            self.host.addItem(name, staff_id)
            self.recorder.addItem(name, staff_id)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.invitees.addItem(item)
        self.agenda = QPlainTextEdit()
        self.agenda.setObjectName("agenda")
        self.agenda.setMinimumHeight(80)
        self.confidential = QCheckBox(self.tr("Confidential: only the invited see this meeting"))
        self.confidential.setObjectName("confidential")
        self.record_lateness = QCheckBox(self.tr("Record lateness in conduct records"))
        self.record_lateness.setObjectName("recordLateness")
        self.record_lateness.setToolTip(
            self.tr(
                "When attendance is saved, each late or absent invitee gets an attendance "
                "conduct record (准时到场, as the meeting rules say)."
            )
        )
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Series:"), self.series)
        form.addRow(self.tr("Starts:"), self.starts)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Recorder:"), self.recorder)
        form.addRow(self.tr("Invitees:"), self.invitees)
        form.addRow(self.tr("Agenda:"), self.agenda)
        form.addRow("", self.confidential)
        form.addRow("", self.record_lateness)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(row)
        self.resize(520, 640)

    def _load(self, row: MeetingRow | None) -> None:
        if row is None:
            start = QDateTime.currentDateTime().addDays(1)
            start.setTime(start.time().fromString("09:00", "HH:mm"))
            self.starts.setDateTime(start)
            self.duration.setValue(60)
            me = self.ctx.actor.staff_id
            self.host.setCurrentIndex(max(0, self.host.findData(me)))
            return
        self.title.setText(row.title)
        self.series.setCurrentText(row.series)
        self.starts.setDateTime(QDateTime(row.starts_at.astimezone().replace(tzinfo=None)))
        self.duration.setValue(row.minutes_planned)
        self.place.setText(row.place)
        self.host.setCurrentIndex(max(0, self.host.findData(row.host_staff_id)))
        self.recorder.setCurrentIndex(max(0, self.recorder.findData(row.recorder_staff_id)))
        invited = {i.staff_id for i in row.invitees}
        for n in range(self.invitees.count()):
            item = self.invitees.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in invited:
                item.setCheckState(Qt.CheckState.Checked)
        self.agenda.setPlainText(row.agenda)
        self.confidential.setChecked(row.confidential)
        self.record_lateness.setChecked(row.record_lateness)

    def invitee_ids(self) -> tuple[int, ...]:
        return tuple(
            self.invitees.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.invitees.count())
            if self.invitees.item(n).checkState() == Qt.CheckState.Checked
        )

    def data(self) -> NoticeInput:
        starts = self.starts.dateTime().toPython()
        assert isinstance(starts, dt.datetime)
        return NoticeInput(
            title=self.title.text(),
            starts_at=starts.astimezone(),
            host_staff_id=self.host.currentData(),
            recorder_staff_id=self.recorder.currentData(),
            invitee_ids=self.invitee_ids(),
            series=self.series.currentText(),
            agenda=self.agenda.toPlainText(),
            place=self.place.text(),
            minutes_planned=self.duration.value(),
            confidential=self.confidential.isChecked(),
            record_lateness=self.record_lateness.isChecked(),
        )

    def save(self) -> None:
        meetings, actor, data = self.ctx.services.meetings, self.ctx.actor, self.data()
        if self.row is None:
            result = run(self, lambda: meetings.create_notice(actor, data))
        else:
            row = self.row
            result = run(self, lambda: meetings.update_notice(actor, row.id, row.version, data))
        if result is not None:
            self.result_row = result
            self.ctx.bus.publish(result.change)
            self.accept()
