"""The KPI weights of a department and position (a template); they must total 100."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from ui.widgets.dialogs import run


class TemplateDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Appraisal templates"))
        self.resize(560, 620)
        services, actor = ctx.services, ctx.actor
        self.templates = run(self, lambda: services.appraisal.list_templates(actor)) or []
        self.kpis = run(self, lambda: services.appraisal.list_kpis(actor)) or []
        departments = run(self, lambda: services.staff.list_departments(actor)) or []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.department = QComboBox(self)
        self.department.setObjectName("department")
        for d in departments:
            self.department.addItem(d.name, d.id)
        self.position = QLineEdit(self)
        self.position.setObjectName("position")
        self.position.setPlaceholderText(self.tr("empty: every other position of the department"))
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Position:"), self.position)
        layout.addLayout(form)
        self.table = QTableWidget(len(self.kpis), 2, self)
        self.table.setObjectName("weights")
        self.table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Weight")])
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(0, 330)
        self.spins: dict[int, QSpinBox] = {}
        for row, kpi in enumerate(self.kpis):
            self.table.setCellWidget(row, 0, QLabel(kpi.name))
            spin = QSpinBox(self)
            spin.setRange(0, 100)
            spin.valueChanged.connect(self._total_changed)
            self.table.setCellWidget(row, 1, spin)
            self.spins[kpi.id] = spin
        layout.addWidget(self.table, 1)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        layout.addWidget(self.total)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.department.currentIndexChanged.connect(self._load)
        self.position.editingFinished.connect(self._load)
        if self.templates:
            first = self.templates[0]
            self.department.setCurrentIndex(max(self.department.findData(first.department_id), 0))
            self.position.setText(first.position)
        self._load()

    def weights(self) -> dict[int, int]:
        return {kpi_id: spin.value() for kpi_id, spin in self.spins.items() if spin.value() > 0}

    def _load(self) -> None:
        found = next(
            (
                t
                for t in self.templates
                if t.department_id == self.department.currentData()
                and t.position == self.position.text().strip()
            ),
            None,
        )
        weights = {kpi_id: w for kpi_id, _name, w in found.items} if found else {}
        for kpi_id, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(weights.get(kpi_id, 0))
            spin.blockSignals(False)
        self._total_changed()

    def _total_changed(self) -> None:
        total = sum(self.weights().values())
        colour = "#2e7d32" if total == 100 else "#c62828"
        self.total.setText(
            f"<span style='color:{colour}'>"
            + self.tr("Total %1 (must be 100)").replace("%1", str(total))
            + "</span>"
        )

    def save(self) -> None:
        department_id = self.department.currentData()
        if department_id is None:
            return
        change = run(
            self,
            lambda: self.ctx.services.appraisal.save_template(
                self.ctx.actor, department_id, self.position.text(), self.weights()
            ),
        )
        if change is not None:
            self.ctx.bus.publish(change)
            self.templates = self.ctx.services.appraisal.list_templates(self.ctx.actor)
            self.accept()
