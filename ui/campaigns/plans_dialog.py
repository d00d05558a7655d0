"""Marketing plans (营销计划): the list, the editor (period, goals, budget per expense
category against the approved budget) and the plan against what MarketDesk recorded."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.permissions import CampaignPermission
from app.campaigns.plans import period_kind_label, period_label
from app.campaigns.rows import PlanActual, PlanInput, PlanRow
from app.campaigns.workflow import (
    PLAN_EDITABLE,
    action_label,
    available_plan_actions,
    plan_status_label,
)
from app.campaigns.workflow import (
    status_label as activity_status_label,
)
from app.errors import ServiceError, ValidationError
from app.money import format_money, parse_money
from db.models.campaigns import PlanPeriod
from ui.context import UiContext
from ui.widgets import dialogs
from ui.widgets.forms import error_label, show_field_error, show_inline
from ui.widgets.messages import show_error


def _cell(text: str, *, right: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(labels: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(labels))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


def _ratio(actual: int, goal: int) -> str:
    return f"{actual * 100 / goal:.0f}%" if goal else "—"


class PlansDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plansDialog")
        self.setWindowTitle(self.tr("Marketing plans"))
        self.ctx = ctx
        self.plans: list[PlanRow] = []
        self.current: PlanRow | None = None
        self._activity_ids: list[int] = []
        self.categories = {
            c.id: c.name
            for c in ctx.services.expense_categories.list_categories(
                ctx.actor, include_inactive=False
            )
        }
        self.list = _table([self.tr("Plan"), self.tr("Period"), self.tr("Status")], "plansList")
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.list.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.list.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton(self.tr("New plan"))
        self.new_button.clicked.connect(self._new)
        self.new_button.setVisible(ctx.actor.can(CampaignPermission.EDIT_PLANS))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.new_button)

        self.name = QLineEdit()
        self.period_kind = QComboBox()
        for kind in PlanPeriod.ALL:
            self.period_kind.addItem(period_kind_label(kind), kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.period = QComboBox()
        self.period_kind.currentIndexChanged.connect(self._fill_periods)
        self.goal_leads, self.goal_trials, self.goal_enrollments = (
            QSpinBox(),
            QSpinBox(),
            QSpinBox(),
        )
        for spin in (self.goal_leads, self.goal_trials, self.goal_enrollments):
            spin.setRange(0, 10_000_000)
        self.goal_revenue = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(60)
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Name"), self.name)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_kind)
        period_row.addWidget(self.year)
        period_row.addWidget(self.period)
        form.addRow(self.tr("Period"), period_row)
        form.addRow(self.tr("Goal: leads"), self.goal_leads)
        form.addRow(self.tr("Goal: trial classes"), self.goal_trials)
        form.addRow(self.tr("Goal: enrollments"), self.goal_enrollments)
        form.addRow(self.tr("Goal: revenue (yuan)"), self.goal_revenue)
        form.addRow(self.tr("Note"), self.note)
        self.budget = _table(
            [self.tr("Expense category"), self.tr("Planned (yuan)"), self.tr("Approved budget"),
             self.tr("Over")],
            "planBudget",
        )  # fmt: skip
        self.budget.itemChanged.connect(self._budget_edited)
        self.check_button = QPushButton(self.tr("Check against the approved budget"))
        self.check_button.clicked.connect(self._check_budget)
        editor = QGroupBox(self.tr("Plan"))
        editor_layout = QVBoxLayout(editor)
        editor_layout.addLayout(form)
        editor_layout.addWidget(QLabel(self.tr("Budget per expense category")))
        editor_layout.addWidget(self.budget, 1)
        editor_layout.addWidget(self.check_button)

        self.actual = _table(
            [self.tr("Figure"), self.tr("Plan"), self.tr("Actual"), self.tr("Reached")],
            "planActual",
        )
        self.actual.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actual.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        actual_box = QGroupBox(self.tr("Plan against actual"))
        actual_layout = QVBoxLayout(actual_box)
        self.actual_period = QLabel()
        actual_layout.addWidget(self.actual_period)
        actual_layout.addWidget(self.actual, 1)
        self.activities = _table(
            [self.tr("Activity"), self.tr("Starts"), self.tr("Status"), self.tr("Budget")],
            "planActivities",
        )
        self.activities.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.activities.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.activities.cellDoubleClicked.connect(self._open_activity)
        self.activities_total = QLabel()
        self.activities_total.setWordWrap(True)
        actual_layout.addWidget(QLabel(self.tr("Planned activities (double-click to open)")))
        actual_layout.addWidget(self.activities, 1)
        actual_layout.addWidget(self.activities_total)

        right = QWidget()
        right_layout = QHBoxLayout(right)
        right_layout.addWidget(editor, 1)
        right_layout.addWidget(actual_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([300, 980])

        self.error = error_label()
        self.actions_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save plan"))
        self.save_button.setObjectName("savePlan")
        self.save_button.clicked.connect(self._save)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addLayout(self.actions_row)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self.fields = {
            "name": self.name, "period_kind": self.period_kind, "period": self.period,
            "goal_leads": self.goal_leads, "goal_trials": self.goal_trials,
            "goal_enrollments": self.goal_enrollments, "goal_revenue_fen": self.goal_revenue,
            "note": self.note, "budgets": self.budget,
        }  # fmt: skip
        self.resize(1280, 720)
        self._refresh()

    # -- the list ---------------------------------------------------------------------------
    def _refresh(self, select_id: int | None = None) -> None:
        self.plans = self.ctx.services.marketing_plans.list_plans(self.ctx.actor)
        self.list.blockSignals(True)
        self.list.setRowCount(0)
        for plan in self.plans:
            row = self.list.rowCount()
            self.list.insertRow(row)
            self.list.setItem(row, 0, _cell(plan.name))
            self.list.setItem(row, 1, _cell(period_label(plan.period_kind, plan.year, plan.period)))
            self.list.setItem(row, 2, _cell(plan_status_label(plan.status)))
        self.list.blockSignals(False)
        ids = [p.id for p in self.plans]
        if select_id in ids:
            self.list.selectRow(ids.index(select_id))
        elif self.plans:
            self.list.selectRow(0)
        else:
            self._new()

    def _selected(self) -> None:
        rows = {i.row() for i in self.list.selectedIndexes()}
        if rows:
            self._show(self.plans[min(rows)])

    # -- the editor ---------------------------------------------------------------------
    def _fill_periods(self) -> None:
        kind = self.period_kind.currentData()
        self.period.clear()
        if kind == PlanPeriod.QUARTERLY:
            for q in range(1, 5):
                self.period.addItem(self.tr("Q%1").replace("%1", str(q)), q)
        elif kind == PlanPeriod.MONTHLY:
            for m in range(1, 13):
                self.period.addItem(self.tr("Month %1").replace("%1", str(m)), m)
        self.period.setVisible(kind != PlanPeriod.ANNUAL)

    def _new(self) -> None:
        self.list.clearSelection()
        today = dt.date.today()
        self._load_input(
            PlanInput(self.tr("New plan"), PlanPeriod.MONTHLY, today.year, today.month), None
        )

    def _show(self, plan: PlanRow) -> None:
        self._load_input(plan.as_input(), plan)
        self._show_actual(plan)
        self._show_activities(plan)

    def _load_input(self, data: PlanInput, plan: PlanRow | None) -> None:
        self.current = plan
        show_inline(self.error, "")
        self.name.setText(data.name)
        self.period_kind.setCurrentIndex(max(self.period_kind.findData(data.period_kind), 0))
        self._fill_periods()
        self.year.setValue(data.year)
        self.period.setCurrentIndex(max(self.period.findData(data.period), 0))
        self.goal_leads.setValue(data.goal_leads)
        self.goal_trials.setValue(data.goal_trials)
        self.goal_enrollments.setValue(data.goal_enrollments)
        self.goal_revenue.setText(format_money(data.goal_revenue_fen, symbol=False))
        self.note.setPlainText(data.note)
        self.budget.blockSignals(True)
        self.budget.setRowCount(0)
        for category_id, name in self.categories.items():
            row = self.budget.rowCount()
            self.budget.insertRow(row)
            label = _cell(name)
            label.setData(Qt.ItemDataRole.UserRole, category_id)
            self.budget.setItem(row, 0, label)
            fen = data.budgets.get(category_id, 0)
            self.budget.setItem(
                row, 1, _cell(format_money(fen, symbol=False) if fen else "", right=True,
                              editable=True)
            )  # fmt: skip
            self.budget.setItem(row, 2, _cell("", right=True))
            self.budget.setItem(row, 3, _cell("", right=True))
        self.budget.blockSignals(False)
        if plan is None:
            self.status.setText(self.tr("New (not saved)"))
            self.actual.setRowCount(0)
            self.actual_period.setText("")
            self._show_activities(None)
        else:
            text = plan_status_label(plan.status)
            if plan.return_reason and plan.status == "returned":
                text += " — " + plan.return_reason
            if plan.approved_by_name and plan.status == "approved":
                text += " — " + self.tr("approved by %1").replace("%1", plan.approved_by_name)
            self.status.setText(text)
        editable = self._editable(plan)
        for widget in (self.name, self.goal_revenue):
            widget.setReadOnly(not editable)
        self.note.setReadOnly(not editable)
        for widget in (self.period_kind, self.year, self.period, self.goal_leads,
                       self.goal_trials, self.goal_enrollments):  # fmt: skip
            widget.setEnabled(editable)
        self.budget.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.save_button.setVisible(editable)
        self.check_button.setEnabled(True)
        self._actions(plan)
        self._check_budget(quiet=True)

    def _editable(self, plan: PlanRow | None) -> bool:
        if not self.ctx.actor.can(CampaignPermission.EDIT_PLANS):
            return False
        return plan is None or plan.status in PLAN_EDITABLE

    def _actions(self, plan: PlanRow | None) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget():
                item.widget().hide()  # out of the layout: not shown till it is deleted
                item.widget().deleteLater()
        if plan is None:
            return
        for action in available_plan_actions(self.ctx.actor, plan.status):
            button = QPushButton(action_label(action))
            button.setObjectName(f"plan_{action}")
            button.clicked.connect(lambda _=False, a=action: self._act(a))
            self.actions_row.addWidget(button)

    def _read(self) -> PlanInput:
        budgets: dict[int, int] = {}
        for row in range(self.budget.rowCount()):
            category_id = self.budget.item(row, 0).data(Qt.ItemDataRole.UserRole)
            text = self.budget.item(row, 1).text().strip()
            if text:
                budgets[category_id] = parse_money(text, "budgets")
        kind = self.period_kind.currentData()
        return PlanInput(
            name=self.name.text(),
            period_kind=kind,
            year=self.year.value(),
            period=0 if kind == PlanPeriod.ANNUAL else (self.period.currentData() or 0),
            goal_leads=self.goal_leads.value(),
            goal_trials=self.goal_trials.value(),
            goal_enrollments=self.goal_enrollments.value(),
            goal_revenue_fen=parse_money(self.goal_revenue.text() or "0", "goal_revenue_fen"),
            note=self.note.toPlainText(),
            owner_id=self.current.owner_id if self.current else self.ctx.actor.staff_id,
            budgets=budgets,
        )

    def _budget_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            self._check_budget(quiet=True)

    def _check_budget(self, quiet: bool = False) -> None:
        try:
            data = self._read()
            approved = self.ctx.services.marketing_plans.approved_budget(
                self.ctx.actor, data.period_kind, data.year, data.period
            )
        except ServiceError as exc:
            if not quiet:
                show_inline(self.error, exc.message)
            return
        self.budget.blockSignals(True)
        over_total = 0
        for row in range(self.budget.rowCount()):
            category_id = self.budget.item(row, 0).data(Qt.ItemDataRole.UserRole)
            planned = data.budgets.get(category_id, 0)
            limit = approved.get(category_id, 0)
            over = max(0, planned - limit)
            over_total += over
            self.budget.item(row, 2).setText(format_money(limit))
            cell = self.budget.item(row, 3)
            cell.setText(format_money(over) if over else "")
            cell.setForeground(Qt.GlobalColor.red if over else Qt.GlobalColor.black)
        self.budget.blockSignals(False)
        if not quiet:
            show_inline(
                self.error,
                self.tr("Over the approved budget by %1 in total.").replace(
                    "%1", format_money(over_total)
                )
                if over_total
                else "",
            )

    def _save(self) -> PlanRow | None:
        plans, actor = self.ctx.services.marketing_plans, self.ctx.actor
        try:
            data = self._read()
            plan = self.current
            saved = plans.save_plan(actor, plan.id if plan else None, data,
                                    plan.version if plan else None)  # fmt: skip
        except ValidationError as exc:
            show_field_error(self.error, self.fields, exc)
            return None
        except ServiceError as exc:
            show_error(self, exc)
            return None
        self.ctx.bus.publish(saved.change)
        self._refresh(saved.id)
        return saved

    def _act(self, action: str) -> None:
        plan = self.current
        if plan is None:
            return
        if action == "submit" and self._editable(plan):
            saved = self._save()
            if saved is None:
                return
            plan = saved
        reason = ""
        if action == "return":
            asked = dialogs.ask_reason(self, action_label(action), self.tr("Why is it returned?"))
            if asked is None:
                return
            reason = asked
        moved = dialogs.run(
            self,
            lambda: self.ctx.services.marketing_plans.transition(
                self.ctx.actor, plan.id, plan.version, action, reason
            ),
        )
        if moved is not None:
            self.ctx.bus.publish(moved.change)
            self._refresh(moved.id)

    # -- its activities -------------------------------------------------------------------
    def _show_activities(self, plan: PlanRow | None) -> None:
        self._activity_ids: list[int] = []
        self.activities.setRowCount(0)
        self.activities_total.setText("")
        if plan is None:
            return
        rows = (
            dialogs.run(
                self, lambda: self.ctx.services.campaigns.plan_activities(self.ctx.actor, plan.id)
            )
            or []
        )
        held = 0
        for activity in rows:
            row = self.activities.rowCount()
            self.activities.insertRow(row)
            self.activities.setItem(row, 0, _cell(activity.name))
            self.activities.setItem(row, 1, _cell(f"{activity.starts_at:%Y-%m-%d}"))
            self.activities.setItem(row, 2, _cell(activity_status_label(activity.status)))
            self.activities.setItem(row, 3, _cell(format_money(activity.budget_fen), right=True))
            self._activity_ids.append(activity.id)
            if activity.status not in ("cancelled", "rejected"):
                held += activity.budget_fen
        self.activities_total.setText(
            self.tr("Budgets of its activities: %1 of the plan's %2")
            .replace("%1", format_money(held))
            .replace("%2", format_money(plan.budget_total_fen))
        )

    def _open_activity(self, row: int, _column: int) -> None:
        from ui.campaigns.activity_dialog import ActivityDialog

        if 0 <= row < len(self._activity_ids):
            ActivityDialog(self.ctx, self._activity_ids[row], self).exec()
            if self.current is not None:
                self._show(self.current)

    # -- plan against actual --------------------------------------------------------------
    def _show_actual(self, plan: PlanRow) -> None:
        actual: PlanActual | None = dialogs.run(
            self, lambda: self.ctx.services.marketing_plans.actual(self.ctx.actor, plan.id)
        )
        self.actual.setRowCount(0)
        if actual is None:
            return
        last = actual.end - dt.timedelta(days=1)
        self.actual_period.setText(
            self.tr("%1 to %2")
            .replace("%1", actual.start.isoformat())
            .replace("%2", last.isoformat())
        )
        spent = sum(actual.spend_by_category.get(c, 0) for c in plan.budgets)
        rows = [
            (self.tr("Leads"), str(plan.goal_leads), str(actual.leads),
             _ratio(actual.leads, plan.goal_leads)),
            (self.tr("Trial classes attended"), str(plan.goal_trials), str(actual.trials),
             _ratio(actual.trials, plan.goal_trials)),
            (self.tr("Enrollments"), str(plan.goal_enrollments), str(actual.enrollments),
             _ratio(actual.enrollments, plan.goal_enrollments)),
            (self.tr("Revenue"), format_money(plan.goal_revenue_fen),
             format_money(actual.revenue_fen),
             _ratio(actual.revenue_fen, plan.goal_revenue_fen)),
            (self.tr("Budget spent"), format_money(plan.budget_total_fen), format_money(spent),
             _ratio(spent, plan.budget_total_fen)),
            (self.tr("Activities held"), str(actual.activities_planned),
             str(actual.activities_completed),
             _ratio(actual.activities_completed, actual.activities_planned)),
            (self.tr("Leads from its activities"), "", str(actual.activity_leads), ""),
        ]  # fmt: skip
        for texts in rows:
            row = self.actual.rowCount()
            self.actual.insertRow(row)
            for column, text in enumerate(texts):
                self.actual.setItem(row, column, _cell(text, right=column > 0))
