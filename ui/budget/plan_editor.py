"""The annual plan editor: grid, spread evenly, paste from Excel, submit / approve / return."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.budget.grid import parse_pasted_grid
from app.budget.permissions import BudgetPermission
from app.budget.plans import PlanView, plan_status_label
from app.errors import ServiceError, ValidationError
from app.money import format_money, parse_money
from ui.budget.plan_model import PURPOSE_COL, TOTAL_COL, PlanGridModel
from ui.context import UiContext
from ui.widgets import dialogs, toolbars


class PlanEditor(QWidget):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: PlanView | None = None
        self.dirty = False
        self._build()
        self.load()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = toolbars.toolbar(layout)
        self.year = toolbars.year_spin(self, bar, dt.date.today().year, "planYear")
        self.year.valueChanged.connect(self._year_changed)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        bar.addWidget(self.status)
        bar.addSeparator()

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.save_action = action(self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        self.spread_action = action(self.tr("Spread evenly…"), "Ctrl+Shift+E", self.spread)
        self.paste_action = action(
            self.tr("Paste from Excel"), QKeySequence.StandardKey.Paste, self.paste
        )
        bar.addSeparator()
        self.submit_action = action(self.tr("Submit for approval"), "Ctrl+Return", self.submit)
        self.approve_action = action(self.tr("Approve"), "Ctrl+Shift+Y", self.approve)
        self.return_action = action(self.tr("Return…"), "Ctrl+Shift+R", self.return_plan)
        self.reload_action = action(self.tr("Reload"), "", self.reload)

        self.banner = QLabel()
        self.banner.setObjectName("planBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fef3c7;color:#92400e;padding:6px;")
        layout.addWidget(self.banner)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note:")))
        self.note = QLineEdit()
        self.note.setObjectName("planNote")
        self.note.setPlaceholderText(
            self.tr("What the plan is based on (annual marketing plan, enrolment targets…)")
        )
        self.note.textEdited.connect(self._mark_dirty)
        note_row.addWidget(self.note)
        layout.addLayout(note_row)

        self.model = PlanGridModel(self)
        self.model.edited.connect(self._mark_dirty)
        self.model.invalid.connect(
            lambda message: QMessageBox.warning(self, self.tr("Not an amount"), message)
        )
        self.table = QTableView()
        self.table.setObjectName("planGrid")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 96)
        for col in range(1, 13):
            header.resizeSection(col, 84)
        header.resizeSection(TOTAL_COL, 100)
        header.resizeSection(PURPOSE_COL, 240)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(
            self.tr(
                "Amounts in yuan. Type into a cell, paste a block copied from Excel (Ctrl+V) "
                "at the selected cell, or spread a yearly amount evenly over the months."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#6b7280;")
        layout.addWidget(self.hint)

    # --- state ----------------------------------------------------------------

    def _year_changed(self, _year: int) -> None:
        if self.dirty and not self._confirm_discard():
            self.year.blockSignals(True)
            self.year.setValue(self.plan.year if self.plan else self._loaded_year)
            self.year.blockSignals(False)
            return
        self.load()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The plan has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def reload(self) -> None:
        if self.dirty and not self._confirm_discard():
            return
        self.load()

    def refresh(self) -> None:
        if not self.dirty:
            self.load()

    def load(self) -> None:
        self._loaded_year = self.year.value()
        try:
            categories = self.ctx.services.expense_categories.list_categories(self.ctx.actor)
            self.plan = self.ctx.services.budget_plans.get_plan(self.ctx.actor, self._loaded_year)
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        plan = self.plan
        can_edit = self.ctx.actor.can(BudgetPermission.EDIT_BUDGET_PLAN)
        editable = can_edit and (plan is None or plan.status == "draft")
        self.model.load(
            categories, plan.amounts if plan else {}, plan.purposes if plan else {}, editable
        )
        self.note.setText(plan.note if plan else "")
        self.note.setReadOnly(not editable)
        if plan is None:
            self.status.setText("  " + self.tr("No plan yet"))
        else:
            text = "  " + plan_status_label(plan.status)
            if plan.status == "approved":
                text += " · " + self.tr("approved by %1 on %2").replace(
                    "%1", plan.approved_by_name
                ).replace(
                    "%2",
                    plan.approved_at.astimezone().strftime("%Y-%m-%d") if plan.approved_at else "",
                )
            self.status.setText(text)
        self.banner.setVisible(bool(plan and plan.status == "draft" and plan.return_reason))
        if plan and plan.return_reason:
            self.banner.setText(
                self.tr("Returned by finance: %1").replace("%1", plan.return_reason)
            )
        for act in (self.save_action, self.spread_action, self.paste_action):
            act.setEnabled(editable)
        status = plan.status if plan else None
        self.submit_action.setEnabled(can_edit and status == "draft")
        may_approve = self.ctx.actor.can(BudgetPermission.APPROVE_BUDGET_PLAN)
        self.approve_action.setEnabled(may_approve and status == "submitted")
        self.return_action.setEnabled(may_approve and status == "submitted")
        self.dirty = False

    def _mark_dirty(self, *_args) -> None:
        self.dirty = True

    # --- actions --------------------------------------------------------------

    def save(self) -> bool:
        if not self.model.editable:
            return True
        self.table.setFocus()
        try:
            self.plan = self.ctx.services.budget_plans.save_plan(
                self.ctx.actor,
                self.year.value(),
                self.plan.version if self.plan else None,
                self.model.amounts,
                self.model.purposes,
                self.note.text(),
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return False
        self.ctx.bus.publish(self.plan.change)
        self.load()
        return True

    def _selected_row(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.is_total_row(index.row()):
            return None
        return index.row()

    def spread(self) -> None:
        row = self._selected_row()
        if row is None:
            QMessageBox.information(
                self, self.tr("Spread evenly"), self.tr("Select a category row first.")
            )
            return
        category = self.model.categories[row]
        current = self.model.row_total(category.id)
        text, ok = QInputDialog.getText(
            self,
            self.tr("Spread evenly"),
            self.tr("Yearly amount for %1, spread over the twelve months:").replace(
                "%1", category.name
            ),
            QLineEdit.EchoMode.Normal,
            format_money(current, symbol=False) if current else "",
        )
        if not ok:
            return
        self.spread_amount(row, text)

    def spread_amount(self, row: int, text: str) -> bool:
        try:
            fen = parse_money(text, "amount")
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return False
        self.model.spread(row, fen)
        return True

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        index = self.table.currentIndex()
        if not text.strip() or not index.isValid() or self.model.is_total_row(index.row()):
            return 0
        try:
            grid = parse_pasted_grid(text)
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return 0
        return self.model.paste(index.row(), index.column(), grid)

    def _transition(self, action: str, reason: str = "") -> None:
        if self.plan is None:
            return
        if action == "submit" and self.dirty and not self.save():
            return
        plans = self.ctx.services.budget_plans
        result = dialogs.run(
            self,
            lambda: plans.transition(
                self.ctx.actor, self.plan.id, self.plan.version, action, reason
            ),
        )
        if result is not None:
            self.ctx.bus.publish(result.change)
            self.load()

    def submit(self) -> None:
        if self.plan is None and not self.save():
            return
        self._transition("submit")

    def approve(self) -> None:
        if self.plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Approve the plan"),
            self.tr(
                "Approve the %1 budget plan of %2? It cannot be changed afterwards; "
                "changes then go through adjustments."
            )
            .replace("%1", str(self.plan.year))
            .replace("%2", format_money(self.plan.total_fen)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._transition("approve")

    def return_plan(self) -> None:
        reason = dialogs.ask_reason(
            self, self.tr("Return the plan"), self.tr("Why is the plan returned to its editor?")
        )
        if reason:
            self._transition("return", reason)
