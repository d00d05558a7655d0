"""Targets typed in for one period: a grid of people by KPI (the .xlsx import fills
the same grid from a sheet). An empty cell is "no target": that KPI is left out of
the person's total, as the formulas say. A money KPI's cells are yuan amounts
("12,345.60" or "12345.6"), parsed into fen by app/money.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.appraisal.units import Figure, edit_text, parse_figure, unit_label
from app.errors import ValidationError
from ui.widgets.dialogs import run

# The columns before the KPIs.
FIXED = 2


def _previous_month(today: dt.date) -> str:
    """Early each month the office appraises the month before."""
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year}-{first.month:02d}"


class TargetsDialog(QDialog):
    def __init__(self, ctx, parent=None, *, period: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Appraisal targets"))
        self.resize(900, 560)
        services, actor = ctx.services, ctx.actor
        kpis = run(self, lambda: services.appraisal.list_kpis(actor)) or []
        # A manual KPI is scored by a manager; it has no target.
        self.kpis = [k for k in kpis if k.kind != "manual"]
        self.people = run(self, lambda: services.appraisal.visible_staff(actor)) or []
        self.loaded: dict[tuple[int, int], Figure] = {}

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period = QLineEdit(period or _previous_month(dt.date.today()), self)
        self.period.setObjectName("period")
        self.period.setPlaceholderText(self.tr("2026-10, 2026-Q3 or 2026"))
        self.period.editingFinished.connect(self.load)
        form.addRow(self.tr("Period:"), self.period)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("Empty cell: no target (the KPI is left out of that person's total)."), self
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.table = QTableWidget(len(self.people), FIXED + len(self.kpis), self)
        self.table.setObjectName("targets")
        headers = [self.tr("Staff"), self.tr("Department")]
        headers += [f"{k.name} ({unit_label(k.unit)})" if k.unit else k.name for k in self.kpis]
        self.table.setHorizontalHeaderLabels(headers)
        for column, kpi in enumerate(self.kpis, start=FIXED):
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setToolTip(kpi.description)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        for row, (_staff_id, name, department) in enumerate(self.people):
            for column, text in ((0, name), (1, department)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()
        # A small grid (people by KPIs): the headers, with their units, read whole.
        self.table.resizeColumnsToContents()

    def load(self) -> None:
        period = self.period.text().strip()
        found = run(self, lambda: self.ctx.services.appraisal.targets(self.ctx.actor, period))
        if found is None:
            return
        self.loaded = dict(found)
        for row, (staff_id, _name, _department) in enumerate(self.people):
            for column, kpi in enumerate(self.kpis, start=FIXED):
                text = edit_text(kpi.unit, self.loaded.get((staff_id, kpi.id)))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)

    def entries(self) -> list[tuple[int, int, str, Figure | None]] | None:
        """The changed cells as service entries (money in fen); None, after a message
        naming the cell and the problem, when a cell cannot be read."""
        period = self.period.text().strip()
        out: list[tuple[int, int, str, Figure | None]] = []
        for row, (staff_id, name, _department) in enumerate(self.people):
            for column, kpi in enumerate(self.kpis, start=FIXED):
                item = self.table.item(row, column)
                text = item.text() if item is not None else ""
                try:
                    value = parse_figure(kpi.unit, text)
                except ValidationError as exc:
                    self.table.setCurrentCell(row, column)
                    QMessageBox.warning(
                        self,
                        self.windowTitle(),
                        self.tr("%1, %2: %3")
                        .replace("%1", name)
                        .replace("%2", kpi.name)
                        .replace("%3", exc.message),
                    )
                    return None
                if value != self.loaded.get((staff_id, kpi.id)):
                    out.append((staff_id, kpi.id, period, value))
        return out

    def save(self) -> None:
        entries = self.entries()
        if entries is None:
            return
        if entries:
            change = run(
                self, lambda: self.ctx.services.appraisal.set_targets(self.ctx.actor, entries)
            )
            if change is None:
                return
            self.ctx.bus.publish(change)
        self.load()
