"""Expense categories and reimbursement standards (administrators edit)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.budget.categories import CategoryInput, CategoryRow
from app.budget.permissions import BudgetPermission
from app.errors import ServiceError
from app.money import format_money, parse_money
from app.service import Change
from ui.budget.table_model import ROW_ROLE, ColoredRowTableModel, Column, setup_table
from ui.context import UiContext
from ui.widgets import dialogs, toolbars
from ui.widgets.forms import dialog_buttons


class CategoryDialog(QDialog):
    def __init__(self, ctx: UiContext, row: CategoryRow | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.change = Change()  # what the accepted dialog saved, for the change bus
        self.setWindowTitle(self.tr("Expense category") if row else self.tr("New expense category"))
        form = QFormLayout(self)
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("name")
        form.addRow(self.tr("&Name:"), self.name)
        self.claim_cap = QLineEdit(
            format_money(row.claim_cap_fen, symbol=False) if row and row.claim_cap_fen else ""
        )
        self.claim_cap.setPlaceholderText(self.tr("empty = no limit"))
        form.addRow(self.tr("Limit per &claim (yuan):"), self.claim_cap)
        self.line_cap = QLineEdit(
            format_money(row.line_cap_fen, symbol=False) if row and row.line_cap_fen else ""
        )
        self.line_cap.setPlaceholderText(self.tr("empty = no limit"))
        form.addRow(self.tr("Limit per &line (yuan):"), self.line_cap)
        self.note = QLineEdit(row.standard_note if row else "")
        form.addRow(self.tr("&Standard:"), self.note)
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(row.active if row else True)
        form.addRow("", self.active)
        form.addRow(dialog_buttons(self.accept, self.reject, save=False))
        self.resize(440, 240)

    def accept(self) -> None:
        try:

            def cap(edit: QLineEdit, field: str) -> int | None:
                text = edit.text().strip()
                return parse_money(text, field, allow_zero=False) if text else None

            data = CategoryInput(
                self.name.text(),
                cap(self.claim_cap, "claim_cap"),
                cap(self.line_cap, "line_cap"),
                self.note.text(),
                self.active.isChecked(),
            )
            service = self.ctx.services.expense_categories
            if self.row is None:
                saved = service.create_category(self.ctx.actor, data)
            else:
                saved = service.update_category(self.ctx.actor, self.row.id, self.row.version, data)
            self.change = saved.change
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


class CategoriesPanel(QWidget):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = toolbars.toolbar(layout)

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.add_action = action(self.tr("New category…"), QKeySequence.StandardKey.New, self.add)
        self.edit_action = action(self.tr("Edit…"), "Ctrl+Shift+E", self.edit)
        may = ctx.actor.can(BudgetPermission.MANAGE_EXPENSE_CATEGORIES)
        self.add_action.setVisible(may)
        self.edit_action.setVisible(may)
        bar.setVisible(may)
        no_limit = self.tr("no limit")
        self.model = ColoredRowTableModel(
            [
                Column(lambda: self.tr("Category"), lambda r: r.name),
                Column(
                    lambda: self.tr("Limit per claim"),
                    lambda r: format_money(r.claim_cap_fen) if r.claim_cap_fen else no_limit,
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Limit per line"),
                    lambda r: format_money(r.line_cap_fen) if r.line_cap_fen else no_limit,
                    align_right=True,
                ),
                Column(lambda: self.tr("Standard"), lambda r: r.standard_note),
                Column(
                    lambda: self.tr("In use"),
                    lambda r: self.tr("yes") if r.active else self.tr("no"),
                ),
            ],
            color=lambda r: None if r.active else "#9ca3af",
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("categories")
        setup_table(self.table, self.model, (140, 130, 130, 300, 70), 3)
        if may:
            self.table.doubleClicked.connect(lambda _i: self.edit())
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Lines over a category's limit are flagged on the claim and "
                "confirmed when it is submitted and approved."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#6b7280;")
        layout.addWidget(hint)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.services.expense_categories.list_categories(self.ctx.actor))

    def current(self) -> CategoryRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def add(self) -> None:
        dialog = CategoryDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.publish(dialog.change)
            self.refresh()

    def edit(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = CategoryDialog(self.ctx, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.publish(dialog.change)
            self.refresh()
