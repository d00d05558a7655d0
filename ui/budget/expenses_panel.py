"""Direct expenses: finance records spending outside claims, and reverses mistakes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.budget.expenses import ExpenseInput, ExpenseRow
from app.budget.invoices import display_invoice
from app.budget.permissions import BudgetPermission
from app.errors import ServiceError
from app.money import format_money, parse_money
from app.service import Change
from ui.budget.table_model import ROW_ROLE, ColoredRowTableModel, Column, setup_table
from ui.context import UiContext
from ui.widgets import dates, dialogs, toolbars
from ui.widgets.forms import dialog_buttons


class ExpenseDialog(QDialog):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.change = Change()  # what the accepted dialog recorded, for the change bus
        self.setWindowTitle(self.tr("Record a direct expense"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("&Date:"), self.date)
        self.category = QComboBox()
        for c in ctx.services.expense_categories.list_categories(ctx.actor, include_inactive=False):
            self.category.addItem(c.name, c.id)
        form.addRow(self.tr("&Category:"), self.category)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        form.addRow(self.tr("&Amount (yuan):"), self.amount)
        self.payee = QLineEdit()
        self.payee.setObjectName("payee")
        form.addRow(self.tr("&Payee:"), self.payee)
        # Picked from the channel catalogue, so the cost counts for the channel by id.
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItem(self.tr("(no channel)"), None)
        for c in ctx.services.channels.list_channels(ctx.actor):
            self.channel.addItem(c.name, c.id)
        form.addRow(self.tr("C&hannel:"), self.channel)
        self.invoice_code = QLineEdit()
        self.invoice_code.setPlaceholderText(
            self.tr("10 or 12 digits; empty for an all-electronic invoice")
        )
        form.addRow(self.tr("Invoice &code:"), self.invoice_code)
        self.invoice_number = QLineEdit()
        self.invoice_number.setObjectName("invoiceNumber")
        self.invoice_number.setPlaceholderText(
            self.tr("8 digits, or the 20-digit all-electronic number")
        )
        form.addRow(self.tr("Invoice &number:"), self.invoice_number)
        self.note = QLineEdit()
        form.addRow(self.tr("N&ote:"), self.note)
        form.addRow(dialog_buttons(self.accept, self.reject, save=False))
        self.resize(480, 340)

    def accept(self) -> None:
        try:
            data = ExpenseInput(
                expense_date=dates.pydate(self.date.date()),
                category_id=int(self.category.currentData()),
                amount_fen=parse_money(self.amount.text(), "amount", allow_zero=False),
                channel_id=self.channel.currentData(),
                payee=self.payee.text(),
                invoice_code=self.invoice_code.text(),
                invoice_number=self.invoice_number.text(),
                note=self.note.text(),
            )
            self.change = self.ctx.services.direct_expenses.record(self.ctx.actor, data).change
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


class ExpensesPanel(QWidget):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = toolbars.toolbar(layout)
        self.year = toolbars.year_spin(self, bar, dt.date.today().year)
        self.month = QComboBox()
        self.month.addItem(self.tr("Whole year"), None)
        for m, name in enumerate(dates.month_names(), start=1):
            self.month.addItem(name, m)
        bar.addWidget(self.month)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addSeparator()

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.record_action = action(
            self.tr("Record expense…"), QKeySequence.StandardKey.New, self.record
        )
        self.reverse_action = action(self.tr("Reverse…"), "Ctrl+Shift+R", self.reverse)
        may_record = ctx.actor.can(BudgetPermission.RECORD_DIRECT_EXPENSE)
        self.record_action.setVisible(may_record)
        self.reverse_action.setVisible(may_record)
        self.model = ColoredRowTableModel(
            [
                Column(lambda: self.tr("Date"), lambda r: r.expense_date.isoformat()),
                Column(lambda: self.tr("Category"), lambda r: r.category_name),
                Column(
                    lambda: self.tr("Amount"),
                    lambda r: format_money(r.amount_fen),
                    align_right=True,
                ),
                Column(lambda: self.tr("Payee"), lambda r: r.payee),
                Column(lambda: self.tr("Channel"), lambda r: r.channel),
                Column(
                    lambda: self.tr("Invoice"),
                    lambda r: display_invoice(r.invoice_code, r.invoice_number),
                ),
                Column(
                    lambda: self.tr("Note"),
                    lambda r: (
                        (
                            self.tr("Reversal of #%1: ").replace("%1", str(r.reversal_of_id))
                            if r.reversal_of_id
                            else ""
                        )
                        + r.note
                        + (self.tr(" (reversed)") if r.reversed else "")
                    ),
                ),
                Column(lambda: self.tr("Recorded by"), lambda r: r.recorded_by_name),
            ],
            color=lambda r: "#9ca3af" if r.reversed or r.reversal_of_id else None,
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("expenses")
        setup_table(self.table, self.model, (90, 96, 110, 200, 90, 200, 220, 90), 6)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.ctx.services.direct_expenses.list_expenses(
                self.ctx.actor, self.year.value(), self.month.currentData()
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        if rows:
            self.summary.setText(
                self.tr("%1 entries, net %2")
                .replace("%1", str(len(rows)))
                .replace("%2", format_money(sum(r.amount_fen for r in rows)))
            )
        else:
            self.summary.setText(
                self.tr(
                    "No direct expenses in this period. Finance records "
                    "spending that does not come through a claim here "
                    "(Ctrl+N)."
                )
            )
        self._selection()

    def current(self) -> ExpenseRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _selection(self) -> None:
        row = self.current()
        self.reverse_action.setEnabled(
            row is not None and not row.reversed and row.reversal_of_id is None
        )

    def record(self) -> None:
        dialog = ExpenseDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.publish(dialog.change)
            self.refresh()

    def reverse(self) -> None:
        row = self.current()
        if row is None:
            return
        reason = dialogs.ask_reason(
            self,
            self.tr("Reverse the expense"),
            self.tr("A reversing entry of %1 is booked; the original stays. Why?").replace(
                "%1", format_money(-row.amount_fen)
            ),
        )
        if not reason:
            return
        reversal = dialogs.run(
            self,
            lambda: self.ctx.services.direct_expenses.reverse(self.ctx.actor, row.id, reason),
        )
        if reversal is not None:
            self.ctx.bus.publish(reversal.change)
            self.refresh()
