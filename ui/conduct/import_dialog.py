"""Importing a monthly attendance export (DingTalk, WeCom, a time clock): choose the
source and the file, check the columns and the month, look at the preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.conduct.attendance import FIELDS, SOURCES
from app.conduct.importer import STATES, AttendancePreview, Planned, source_label, state_label
from app.conduct.kinds import subkind_label
from app.errors import ServiceError
from ui.context import UiContext
from ui.widgets.dates import pydate, qdate
from ui.widgets.messages import show_error
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table

PREVIEW_ROWS = 2000  # shown; the import takes every row


class AttendanceImportDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None, *, path: str | Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: AttendancePreview | None = None
        self.imported = 0
        self.setWindowTitle(self.tr("Import attendance"))
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.source = QComboBox()
        self.source.setObjectName("source")
        for source in SOURCES:
            self.source.addItem(source_label(source), source)
        file_row = QHBoxLayout()
        self.path = QLineEdit(str(path) if path else "")
        self.path.setObjectName("path")
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose file..."))
        browse.setObjectName("browse")
        browse.clicked.connect(self.choose)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setDate(QDate.currentDate().addMonths(-1))
        top.addRow(self.tr("&Source:"), self.source)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(browse)  # a row holding a layout gets no buddy by itself
        top.addRow(file_label, file_row)
        top.addRow(self.tr("&Month:"), self.month)
        layout.addLayout(top)

        columns = QGroupBox(self.tr("Columns (remembered for this source)"))
        grid = QGridLayout(columns)
        self.fields: dict[str, QComboBox] = {}
        for index, key in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"field_{key}")
            combo.setMinimumWidth(150)
            self.fields[key] = combo
            row, column = divmod(index, 4)
            grid.addWidget(QLabel(self._field_title(key)), row, 2 * column)
            grid.addWidget(combo, row, 2 * column + 1)
        layout.addWidget(columns)

        self.model: RowTableModel[Planned] = RowTableModel(
            [
                Column(lambda: self.tr("Row"), lambda p: str(p.event.row), lambda p: p.event.row),
                Column(lambda: self.tr("Name"), lambda p: p.event.name),
                Column(lambda: self.tr("Department"), lambda p: p.event.department),
                Column(lambda: self.tr("Date"), lambda p: p.event.day.isoformat()),
                Column(lambda: self.tr("Type"), lambda p: subkind_label(p.event.subkind)),
                Column(lambda: self.tr("In the sheet"), lambda p: p.event.text),
                Column(lambda: self.tr("Result"), lambda p: state_label(p.state)),
            ],
            self,
        )
        self.view = record_table(self.model, "attendancePreview", (50, 90, 90, 90, 100, 150))
        layout.addWidget(self.view, 1)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            self.tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.setObjectName("previewButton")
        self.import_button.setObjectName("importButton")
        self.preview_button.clicked.connect(lambda: self.load(keep_mapping=True))
        self.import_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.source.currentIndexChanged.connect(lambda: self.load(keep_mapping=False))
        self._update()
        if path:
            self.load(keep_mapping=False)

    def _field_title(self, key: str) -> str:
        return {
            "name": self.tr("Name:"),
            "department": self.tr("Department:"),
            "date": self.tr("Date:"),
            "results": self.tr("Results:"),
            "late_minutes": self.tr("Minutes late:"),
            "early_minutes": self.tr("Minutes early:"),
            "absent": self.tr("Absence:"),
        }[key]

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attendance export"), "", self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        )
        if path:
            self.path.setText(path)
            self.load(keep_mapping=False)

    def mapping(self) -> dict[str, str]:
        return {k: combo.currentData() for k, combo in self.fields.items() if combo.currentData()}

    def load(self, keep_mapping: bool) -> None:
        if not self.path.text():
            return
        month = pydate(self.month.date()).replace(day=1) if keep_mapping else None
        try:
            self.preview = self.ctx.services.conduct_import.preview(
                self.ctx.actor,
                self.path.text(),
                self.source.currentData(),
                mapping=self.mapping() if keep_mapping else None,
                month=month,
            )
        except ServiceError as exc:
            self.preview = None
            show_error(self, exc)
            self._update()
            return
        self._fill_fields(self.preview)
        if self.preview.month is not None:
            self.month.setDate(qdate(self.preview.month))
        self.model.set_rows(self.preview.planned[:PREVIEW_ROWS])
        self._update()

    def _fill_fields(self, preview: AttendancePreview) -> None:
        for key, combo in self.fields.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), "")
            chosen = preview.mapping.get(key, "")
            if chosen and chosen not in preview.columns:
                combo.addItem(chosen, chosen)  # several result columns together
            for column in preview.columns:
                if column and ("/" not in column or key == "results"):
                    combo.addItem(column, column)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _update(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText(self.tr("Choose the source and the exported file."))
            self.import_button.setEnabled(False)
            return
        counts = preview.counts()
        parts = [f"{state_label(s)}: {counts[s]}" for s in STATES if counts[s]]
        text = "; ".join(parts) or self.tr("No lates, early leaves, absences or leave found.")
        if preview.problems:
            text += "\n" + "\n".join(preview.problems[:5])
        self.summary.setText(text)
        self.import_button.setEnabled(counts["new"] > 0)

    def run(self) -> None:
        if self.preview is None:
            return
        try:
            change = self.ctx.services.conduct_import.run(self.ctx.actor, self.preview)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(change)
        self.imported = int(change.result or 0)
        self.accept()
