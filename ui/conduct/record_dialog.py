"""Adding or changing a conduct record (a manager), or asking for leave (anyone):
person, date, kind and type, points (the rules' unless set), hours or minutes,
a leave's last day, a note, and evidence files attached once it is saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.conduct.kinds import ATTENDANCE, LEAVE, SUBKINDS, TRAINING, kind_label, subkind_label
from app.conduct.permissions import ConductPermission
from app.conduct.records import RecordInput, RecordRow
from app.conduct.rules import ConductRules
from app.errors import ServiceError, ValidationError
from ui.context import UiContext
from ui.widgets.dates import pydate, qdate
from ui.widgets.forms import dialog_buttons, error_label, show_field_error
from ui.widgets.messages import show_error

EVIDENCE_PATTERN = "*.pdf *.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp"


class RecordDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        record: RecordRow | None = None,
        parent=None,
        *,
        leave_request: bool = False,
        staff_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record = record
        self.leave_request = leave_request
        self.saved: RecordRow | None = None
        self.rules: ConductRules = ctx.services.conduct.rules(ctx.actor)
        self.files: list[Path] = []
        if leave_request:
            title = self.tr("Ask for leave")
        elif record is None:
            title = self.tr("New conduct record")
        else:
            title = self.tr("Edit conduct record")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.person = QComboBox()
        self.person.setObjectName("person")
        if leave_request:
            self.person.addItem(ctx.actor.display_name or ctx.actor.username, ctx.actor.staff_id)
            self.person.setEnabled(False)
        else:
            # A manager does not record about themselves (app/conduct/scope.py).
            everyone = ctx.actor.can(ConductPermission.VIEW_ALL)
            for sid, name in ctx.services.conduct.people(ctx.actor):
                if everyone or sid != ctx.actor.staff_id:
                    self.person.addItem(name, sid)
        chosen = record.staff_id if record else staff_id
        if chosen is not None and self.person.findData(chosen) >= 0:
            self.person.setCurrentIndex(self.person.findData(chosen))

        self.day = QDateEdit()
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(qdate(record.occurred_on) if record else QDate.currentDate())
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in [LEAVE] if leave_request else SUBKINDS:
            self.kind.addItem(kind_label(kind), kind)
        if record:
            self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.subkind = QComboBox()
        self.subkind.setObjectName("subkind")
        self.rule_points = QCheckBox(self.tr("The rules' points"))
        self.rule_points.setObjectName("rulePoints")
        self.points = QDoubleSpinBox()
        self.points.setObjectName("points")
        self.points.setRange(-20, 20)
        self.points.setDecimals(1)
        self.points.setSingleStep(0.5)
        points_row = QHBoxLayout()
        points_row.addWidget(self.points)
        points_row.addWidget(self.rule_points)
        self.hours = QDoubleSpinBox()
        self.hours.setObjectName("hours")
        self.hours.setRange(0, 500)
        self.hours.setDecimals(1)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, 1440)
        self.ends = QDateEdit()
        self.ends.setObjectName("ends")
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd")
        self.has_end = QCheckBox(self.tr("Several days, until"))
        self.has_end.setObjectName("hasEnd")
        ends_row = QHBoxLayout()
        ends_row.addWidget(self.has_end)
        ends_row.addWidget(self.ends, 1)
        self.note = QPlainTextEdit(record.note if record else "")
        self.note.setObjectName("note")
        self.note.setFixedHeight(70)

        form.addRow(self.tr("&Staff member:"), self.person)
        form.addRow(self.tr("&Date:"), self.day)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Type:"), self.subkind)
        self.points_label = QLabel(self.tr("&Points:"))
        self.points_label.setBuddy(self.points)
        form.addRow(self.points_label, points_row)
        self.minutes_label = QLabel(self.tr("M&inutes late or early:"))
        self.minutes_label.setBuddy(self.minutes)
        form.addRow(self.minutes_label, self.minutes)
        self.hours_label = QLabel(self.tr("&Hours:"))
        self.hours_label.setBuddy(self.hours)
        form.addRow(self.hours_label, self.hours)
        self.ends_label = QLabel(self.tr("&Leave:"))
        self.ends_label.setBuddy(self.has_end)
        form.addRow(self.ends_label, ends_row)
        form.addRow(self.tr("N&ote:"), self.note)
        layout.addLayout(form)

        evidence = QHBoxLayout()
        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence")
        self.evidence.setFixedHeight(56)
        for attachment in record.attachments if record else ():
            self.evidence.addItem(attachment.filename)
        add_file = QPushButton(self.tr("Add &evidence..."))
        add_file.setObjectName("addEvidence")
        add_file.clicked.connect(self.choose_files)
        evidence.addWidget(self.evidence, 1)
        evidence.addWidget(add_file)
        layout.addWidget(QLabel(self.tr("Evidence (a photo, a scan, a sick note, a certificate):")))
        layout.addLayout(evidence)
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self.save, self.reject))

        self.kind.currentIndexChanged.connect(self._fill_subkinds)
        self.subkind.currentIndexChanged.connect(self._update)
        self.rule_points.toggled.connect(self._update)
        self.has_end.toggled.connect(self._update)
        self._fill_subkinds()
        if record:
            self.subkind.setCurrentIndex(self.subkind.findData(record.subkind))
            self.rule_points.setChecked(
                record.points == self.rules.points_for(record.kind, record.subkind)
            )
            self.points.setValue(record.points)
            self.hours.setValue(record.hours)
            self.minutes.setValue(record.minutes)
            self.has_end.setChecked(record.ends_on is not None)
            self.ends.setDate(qdate(record.ends_on or record.occurred_on))
            self.kind.setEnabled(record.kind != LEAVE)
        else:
            self.rule_points.setChecked(True)
            self.ends.setDate(self.day.date())
        self._update()
        self._fields = {
            "staff": self.person,
            "occurred_on": self.day,
            "kind": self.kind,
            "subkind": self.subkind,
            "points": self.points,
            "hours": self.hours,
            "minutes": self.minutes,
            "ends_on": self.ends,
            "note": self.note,
            "attachment": self.evidence,
        }

    def _fill_subkinds(self) -> None:
        kind = self.kind.currentData()
        current = self.subkind.currentData()
        self.subkind.blockSignals(True)
        self.subkind.clear()
        for subkind in SUBKINDS.get(kind, ()):
            self.subkind.addItem(subkind_label(subkind), subkind)
        found = self.subkind.findData(current)
        self.subkind.setCurrentIndex(max(0, found))
        self.subkind.blockSignals(False)
        self._update()

    def _update(self) -> None:
        kind, subkind = self.kind.currentData(), self.subkind.currentData()
        if self.rule_points.isChecked() and subkind:
            self.points.setValue(self.rules.points_for(kind, subkind))
        self.points.setEnabled(not self.rule_points.isChecked())
        shown = not self.leave_request
        self.points_label.setVisible(shown)
        self.points.setVisible(shown)
        self.rule_points.setVisible(shown)
        for widget in (self.minutes_label, self.minutes):
            widget.setVisible(kind == ATTENDANCE and subkind != "absence")
        for widget in (self.hours_label, self.hours):
            widget.setVisible(kind in (TRAINING, LEAVE))
        for widget in (self.ends_label, self.has_end, self.ends):
            widget.setVisible(kind == LEAVE)
        self.ends.setEnabled(self.has_end.isChecked())

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence"), "", self.tr("PDF or image (%s)") % EVIDENCE_PATTERN
        )
        for path in paths:
            self.files.append(Path(path))
            self.evidence.addItem(Path(path).name)

    def data(self) -> RecordInput:
        kind = self.kind.currentData()
        return RecordInput(
            staff_id=self.person.currentData() if self.person.currentData() is not None else 0,
            occurred_on=pydate(self.day.date()),
            kind=kind,
            subkind=self.subkind.currentData() or "",
            points=None if self.rule_points.isChecked() else self.points.value(),
            hours=self.hours.value() if kind in (TRAINING, LEAVE) else 0.0,
            minutes=self.minutes.value() if kind == ATTENDANCE else 0,
            ends_on=pydate(self.ends.date())
            if kind == LEAVE and self.has_end.isChecked()
            else None,
            note=self.note.toPlainText(),
        )

    def save(self) -> None:
        conduct, actor = self.ctx.services.conduct, self.ctx.actor
        try:
            if self.leave_request and self.saved is not None:
                saved = self.saved  # asked for already; only the files failed before
            elif self.leave_request:
                saved = conduct.request_leave(actor, self.data())
            elif self.record is None:
                saved = conduct.create_record(actor, self.data())
            else:
                saved = conduct.update_record(
                    actor, self.record.id, self.record.version, self.data()
                )
            self.record, self.saved = saved, saved
            self.ctx.bus.publish(saved.change)
            while self.files:
                path = self.files[0]
                attached = conduct.add_attachment(actor, saved.id, path.name, path.read_bytes())
                self.ctx.bus.publish(attached.change)
                self.files.pop(0)
        except ValidationError as exc:
            show_field_error(self.error, self._fields, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        except OSError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
