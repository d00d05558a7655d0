"""The conduct rules, one line per kind of record: the points each counts and how many
lates in a month count as one absence. The administrator changes them (they are office
settings, saved through the office settings service and audited there); everyone
else sees them read-only, so staff know what a record costs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from app.conduct.kinds import SUBKINDS, kind_label, subkind_label
from app.conduct.rules import KIND_POINTS_KEY, LATES_KEY, SUBKIND_POINTS_KEY
from app.errors import ServiceError
from app.office.options import CONDUCT_KINDS, CONDUCT_SUBKIND_POINTS
from app.permissions import PlatformPermission
from ui.context import UiContext
from ui.widgets.forms import error_label, show_inline


class ConductRulesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(PlatformPermission.MANAGE_SETTINGS)
        office = ctx.services.office_settings.current(ctx.actor)
        kind_points = office.get(KIND_POINTS_KEY)
        subkind_points = office.get(SUBKIND_POINTS_KEY)
        self.setWindowTitle(self.tr("Conduct rules"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Points a new record counts (a manager may set others on a record).")
            if self.editable
            else self.tr("Points a new record counts; only the administrator changes them.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind_boxes: dict[str, QSpinBox] = {}
        self.subkind_boxes: dict[str, QSpinBox] = {}
        for kind in CONDUCT_KINDS:
            others = [s for s in SUBKINDS.get(kind, ()) if s not in CONDUCT_SUBKIND_POINTS]
            label = kind_label(kind)
            if others:
                label += self.tr(" (%s)") % ", ".join(subkind_label(s) for s in others)
            self.kind_boxes[kind] = self._box(f"kind_{kind}", kind_points[kind])
            form.addRow(label + ":", self.kind_boxes[kind])
            for subkind in SUBKINDS.get(kind, ()):
                if subkind in CONDUCT_SUBKIND_POINTS:
                    box = self._box(f"subkind_{subkind}", subkind_points[subkind])
                    self.subkind_boxes[subkind] = box
                    form.addRow("    " + subkind_label(subkind) + ":", box)
        for subkind in CONDUCT_SUBKIND_POINTS:  # leave, which has no kind points
            if subkind not in self.subkind_boxes:
                box = self._box(f"subkind_{subkind}", subkind_points[subkind])
                self.subkind_boxes[subkind] = box
                form.addRow(subkind_label(subkind) + ":", box)
        self.lates = QSpinBox()
        self.lates.setObjectName("latesPerAbsence")
        self.lates.setRange(0, 31)
        self.lates.setValue(office.get(LATES_KEY))
        self.lates.setSpecialValueText(self.tr("never"))
        self.lates.setReadOnly(not self.editable)
        form.addRow(self.tr("Lates in a month that count as one absence:"), self.lates)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if self.editable
            else QDialogButtonBox.StandardButton.Close
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _box(self, name: str, value: int) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(-20, 20)
        box.setValue(value)
        box.setReadOnly(not self.editable)
        return box

    def values(self) -> dict[str, object]:
        return {
            KIND_POINTS_KEY: {k: box.value() for k, box in self.kind_boxes.items()},
            SUBKIND_POINTS_KEY: {k: box.value() for k, box in self.subkind_boxes.items()},
            LATES_KEY: self.lates.value(),
        }

    def save(self) -> None:
        try:
            saved = self.ctx.services.office_settings.save(self.ctx.actor, self.values())
        except ServiceError as exc:
            show_inline(self.error, exc.message)
            return
        self.ctx.bus.publish(saved.change)
        self.accept()
