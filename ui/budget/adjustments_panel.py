"""Budget adjustments: the history of a year, request, approve, reject."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.budget.adjustments import AdjustmentRow, adjustment_status_label
from app.budget.permissions import BudgetPermission
from app.errors import ServiceError
from app.money import format_money, parse_money
from ui.budget.table_model import ROW_ROLE, ColoredRowTableModel, Column, setup_table
from ui.context import UiContext
from ui.widgets import dates, dialogs, toolbars
from ui.widgets.forms import dialog_buttons

_COLORS = {"pending": "#1d4ed8", "rejected": "#9ca3af"}


class AdjustmentDialog(QDialog):
    """Request an adjustment: category, month, ± amount, reason."""

    def __init__(self, ctx: UiContext, year: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.result_row: AdjustmentRow | None = None
        self.setWindowTitle(self.tr("Request a budget adjustment for %1").replace("%1", str(year)))
        form = QFormLayout(self)
        self.category = QComboBox()
        for c in ctx.services.expense_categories.list_categories(ctx.actor, include_inactive=False):
            self.category.addItem(c.name, c.id)
        form.addRow(self.tr("&Category:"), self.category)
        self.month = QComboBox()
        for m, name in enumerate(dates.month_names(), start=1):
            self.month.addItem(name, m)
        today = dt.date.today()
        self.month.setCurrentIndex(today.month - 1 if today.year == year else 0)
        form.addRow(self.tr("&Month:"), self.month)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("e.g. 5,000 to add, -2,000 to reduce"))
        form.addRow(self.tr("&Amount (yuan):"), self.amount)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumHeight(70)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(dialog_buttons(self.accept, self.reject, save=False))
        self.resize(440, 300)

    def accept(self) -> None:
        try:
            amount = parse_money(self.amount.text(), "amount", allow_negative=True)
            self.result_row = self.ctx.services.budget_adjustments.request(
                self.ctx.actor,
                self.year,
                int(self.month.currentData()),
                int(self.category.currentData()),
                amount,
                self.reason.toPlainText(),
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


class AdjustmentsPanel(QWidget):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = toolbars.toolbar(layout)
        self.year = toolbars.year_spin(self, bar, dt.date.today().year)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.status = QComboBox()
        self.status.addItem(self.tr("All"), None)
        for s in ("pending", "approved", "rejected"):
            self.status.addItem(adjustment_status_label(s), s)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.status)
        bar.addSeparator()

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.request_action = action(
            self.tr("Request adjustment…"), QKeySequence.StandardKey.New, self.request
        )
        self.approve_action = action(self.tr("Approve"), "Ctrl+Shift+Y", self.approve)
        self.reject_action = action(self.tr("Reject…"), "Ctrl+Shift+R", self.reject)
        self.request_action.setVisible(ctx.actor.can(BudgetPermission.REQUEST_BUDGET_ADJUSTMENT))
        for act in (self.approve_action, self.reject_action):
            act.setVisible(ctx.actor.can(BudgetPermission.APPROVE_BUDGET_ADJUSTMENT))
        months = dates.month_names()
        self.model = ColoredRowTableModel(
            [
                Column(
                    lambda: self.tr("Requested"),
                    lambda r: r.created_at.astimezone().strftime("%Y-%m-%d"),
                ),
                Column(lambda: self.tr("Month"), lambda r: months[r.month - 1]),
                Column(lambda: self.tr("Category"), lambda r: r.category_name),
                Column(
                    lambda: self.tr("Amount"),
                    lambda r: format_money(r.amount_fen),
                    align_right=True,
                ),
                Column(lambda: self.tr("Reason"), lambda r: r.reason),
                Column(lambda: self.tr("Requested by"), lambda r: r.requested_by_name),
                Column(lambda: self.tr("Status"), lambda r: adjustment_status_label(r.status)),
                Column(
                    lambda: self.tr("Decided by"),
                    lambda r: " ".join(
                        x
                        for x in (
                            r.decided_by_name,
                            r.decided_at.astimezone().strftime("%Y-%m-%d") if r.decided_at else "",
                        )
                        if x
                    ),
                ),
                Column(lambda: self.tr("Decision note"), lambda r: r.decision_note),
            ],
            color=lambda r: _COLORS.get(r.status),
            parent=self,
        )
        self.table = QTableView()
        self.table.setObjectName("adjustments")
        setup_table(self.table, self.model, (90, 60, 96, 100, 240, 90, 80, 140, 160), 4)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setStyleSheet("color:#6b7280;")
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.ctx.services.budget_adjustments.list_adjustments(
                self.ctx.actor, self.year.value(), self.status.currentData()
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.empty.setText(
            ""
            if rows
            else self.tr(
                "No adjustments for this year. Once the plan is approved, a change of budget is "
                "requested here (Ctrl+N) and approved by a manager."
            )
        )
        self.empty.setVisible(not rows)
        self._selection()

    def current(self) -> AdjustmentRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    def _selection(self) -> None:
        row = self.current()
        pending = row is not None and row.status == "pending"
        self.approve_action.setEnabled(pending)
        self.reject_action.setEnabled(pending)

    def request(self) -> None:
        dialog = AdjustmentDialog(self.ctx, self.year.value(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.ctx.bus.publish(dialog.result_row.change)
            self.refresh()

    def approve(self) -> None:
        row = self.current()
        if row is None:
            return
        approved = dialogs.run(
            self,
            lambda: self.ctx.services.budget_adjustments.approve(
                self.ctx.actor, row.id, row.version
            ),
        )
        if approved is not None:
            self.ctx.bus.publish(approved.change)
        self.refresh()

    def reject(self) -> None:
        row = self.current()
        if row is None:
            return
        note = dialogs.ask_reason(
            self, self.tr("Reject the adjustment"), self.tr("Why is the adjustment rejected?")
        )
        rejected = None
        if note:
            rejected = dialogs.run(
                self,
                lambda: self.ctx.services.budget_adjustments.reject(
                    self.ctx.actor, row.id, row.version, note
                ),
            )
        if rejected is not None:
            self.ctx.bus.publish(rejected.change)
        self.refresh()
