"""Which plan or report to start: kind, personal or the department's, the month or
the year (a manager's department; annual plans are the department's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from app.validation import MAX_YEAR, MIN_YEAR
from app.worklogs.rows import ReportKey


class NewReportDialog(QDialog):
    def __init__(self, department: bool, parent=None, *, kind: str = "plan") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan or report"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Plan"), "plan")
        self.kind.addItem(self.tr("Report (summary)"), "report")
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.scope = QComboBox()
        self.scope.setObjectName("scope")
        self.scope.addItem(self.tr("My own"), "person")
        if department:
            self.scope.addItem(self.tr("My department's"), "department")
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItem(self.tr("Month"), "month")
        if department:
            self.period.addItem(self.tr("Year (department)"), "year")
        today = dt.date.today()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(today.year)
        self.month = QSpinBox()
        self.month.setObjectName("month")
        self.month.setRange(1, 12)
        self.month.setValue(today.month)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Whose:"), self.scope)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Month:"), self.month)
        self.period.currentIndexChanged.connect(self._period_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _period_changed(self) -> None:
        yearly = self.period.currentData() == "year"
        self.month.setEnabled(not yearly)
        if yearly:
            self.scope.setCurrentIndex(max(0, self.scope.findData("department")))

    def key(self) -> ReportKey:
        yearly = self.period.currentData() == "year"
        return ReportKey(
            kind=self.kind.currentData(),
            scope="department" if yearly else self.scope.currentData(),
            period=self.period.currentData(),
            year=self.year.value(),
            month=0 if yearly else self.month.value(),
        )
