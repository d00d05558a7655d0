"""Attendance of a meeting: on time, late (minutes) or absent, per invitee."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from app.meetings.rows import MeetingRow
from app.meetings.service import MARKS, Mark
from app.meetings.workflow import attendance_label
from ui.widgets.dialogs import run


class AttendanceDialog(QDialog):
    def __init__(self, ctx, row: MeetingRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Attendance: %s") % row.title)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Lateness and absence are recorded in conduct records for this meeting.")
            if row.record_lateness
            else self.tr("This meeting does not record lateness in conduct records.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(row.invitees), 3)
        self.table.setObjectName("attendance")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Invitee"), self.tr("Attendance"), self.tr("Minutes late")]
        )
        self.table.verticalHeader().hide()
        self.marks: list[tuple[int, QComboBox, QSpinBox]] = []
        for n, invitee in enumerate(row.invitees):
            self.table.setCellWidget(n, 0, QLabel(invitee.name))
            combo = QComboBox()
            for mark in MARKS:
                combo.addItem(attendance_label(mark), mark)
            combo.setCurrentIndex(max(0, combo.findData(invitee.attendance)))
            spin = QSpinBox()
            spin.setRange(0, 600)
            spin.setValue(invitee.minutes_late)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, s=spin: s.setEnabled(c.currentData() == "late")
            )
            spin.setEnabled(invitee.attendance == "late")
            self.table.setCellWidget(n, 1, combo)
            self.table.setCellWidget(n, 2, spin)
            self.marks.append((invitee.staff_id, combo, spin))
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 120)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def save(self) -> None:
        marks = {
            staff_id: Mark(combo.currentData(), spin.value())
            for staff_id, combo, spin in self.marks
        }
        row, meetings = self.row, self.ctx.services.meetings
        result = run(
            self, lambda: meetings.record_attendance(self.ctx.actor, row.id, row.version, marks)
        )
        if result is not None:
            self.ctx.bus.publish(result.change)
            self.accept()
