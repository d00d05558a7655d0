"""The Budget vs spend tab: year / month / view, table, charts, drill-down, exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.budget.report import BudgetReport
from app.errors import FileWriteError, ServiceError
from app.files import written_whole
from app.money import format_money
from ui.budget.charts import BudgetCharts
from ui.budget.report_models import DrillModel, ReportModel
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets import dates, dialogs, toolbars

FOLDER_KEY = "budget/last_folder"


class DrillDownDialog(QDialog):
    """The claim lines and direct expenses behind one cell of the report."""

    def __init__(self, ctx: UiContext, title: str, rows, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        self.model = DrillModel(rows, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col, width in enumerate((95, 90, 110, 100, 260, 150, 100)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(DrillModel.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_claim)
        self.table.activated.connect(self.open_claim)
        self.ctx = ctx
        layout.addWidget(self.table)
        spend = sum(r.amount_fen for r in rows if not r.committed)
        committed = sum(r.amount_fen for r in rows if r.committed)
        summary = QLabel(
            self.tr("%1 rows · spend %2 · committed %3")
            .replace("%1", str(len(rows)))
            .replace("%2", format_money(spend))
            .replace("%3", format_money(committed))
            if rows
            else self.tr("Nothing was spent here.")
        )
        layout.addWidget(summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_claim(self, index) -> None:
        """Open the claim behind a claim line (read-only unless it is the user's draft)."""
        row = self.model.rows[index.row()]
        if row.claim_id is None:
            return
        from ui.claims.editor import ClaimEditor

        dialogs.run(self, lambda: ClaimEditor(self.ctx, row.claim_id, self).exec())


class BudgetReportTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.report: BudgetReport | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = self.toolbar = toolbars.toolbar(layout)
        today = self.today or dt.date.today()
        self.year = toolbars.year_spin(self, bar, today.year)
        bar.addWidget(QLabel(self.tr(" Month:")))
        self.month = QComboBox()
        self.month.setObjectName("month")
        for m, name in enumerate(dates.month_names(), start=1):
            self.month.addItem(name, m)
        self.month.setCurrentIndex(today.month - 1)
        bar.addWidget(self.month)
        self.view = QComboBox()
        self.view.setObjectName("view")
        self.view.addItem(self.tr("Monthly"), False)
        self.view.addItem(self.tr("Cumulative (year to date)"), True)
        bar.addWidget(self.view)
        bar.addSeparator()

        def action(text: str, shortcut, slot) -> QAction:
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.drill_action = action(self.tr("Show rows…"), "Ctrl+D", self.drill_down)
        self.xlsx_action = action(self.tr("Export to Excel…"), "Ctrl+E", self.export_xlsx)
        self.png_action = action(self.tr("Save charts as PNG…"), "Ctrl+Shift+G", self.export_png)
        self.pdf_action = action(self.tr("Report as PDF…"), "Ctrl+Shift+F", self.export_pdf)
        self.refresh_action = action(self.tr("Refresh"), "", self.refresh)
        for signal in (
            self.year.valueChanged,
            self.month.currentIndexChanged,
            self.view.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self.refresh())

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color:#92400e;")
        layout.addWidget(self.notice)
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setObjectName("report")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(9):
            header.resizeSection(col, 118)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.table.activated.connect(lambda _i: self.drill_down())
        legend = QLabel(
            self.tr(
                "Red: over budget (spend + committed above the effective "
                "budget). Amber: spending ahead of the time-prorated budget. "
                "Double-click a row to see the claim lines and expenses."
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color:#6b7280;")
        self.charts = BudgetCharts()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(legend)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.charts)
        splitter.setSizes([330, 360])
        layout.addWidget(splitter, 1)

    # --- data -----------------------------------------------------------------

    def selection(self) -> tuple[int, int, bool]:
        return self.year.value(), int(self.month.currentData()), bool(self.view.currentData())

    def refresh(self) -> None:
        year, month, cumulative = self.selection()
        try:
            self.report = self.ctx.services.budget_report.budget_vs_spend(
                self.ctx.actor, year, month, cumulative=cumulative, today=self.today
            )
            plan = self.ctx.services.budget_plans.get_plan(self.ctx.actor, year)
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_report(self.report)
        self.charts.set_report(self.report)
        if plan is None:
            self.notice.setText(
                self.tr(
                    "There is no budget plan for %1 yet: every expense counts as over budget."
                ).replace("%1", str(year))
            )
        elif plan.status != "approved":
            self.notice.setText(
                self.tr(
                    "The %1 budget plan is not approved yet: only approved plans count."
                ).replace("%1", str(year))
            )
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))

    # --- actions --------------------------------------------------------------

    def drill_down(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.report is None:
            return
        row = self.model.row_at(index.row())
        year, month, cumulative = self.selection()
        rows = dialogs.run(
            self,
            lambda: self.ctx.services.budget_report.drill_down(
                self.ctx.actor, year, month, row.category_id, cumulative=cumulative
            ),
        )
        if rows is None:
            return
        # The spend column shows what was spent, the committed column what is committed.
        if index.column() == ReportModel.SPEND:
            rows = [r for r in rows if not r.committed]
        elif index.column() == ReportModel.COMMITTED:
            rows = [r for r in rows if r.committed]
        period = (
            (self.tr("%1, January–%2") if cumulative else self.tr("%1-%2"))
            .replace("%1", str(year))
            .replace("%2", f"{month:02d}" if not cumulative else str(month))
        )
        all_categories = self.tr("All categories")
        title = f"{row.category_name or all_categories} · {period}"
        DrillDownDialog(self.ctx, title, rows, self).exec()

    def _ask_path(self, title: str, name: str, pattern: str, suffix: str) -> Path | None:
        return dialogs.ask_save_path(
            self, self.ctx.qsettings(), FOLDER_KEY, title, name, pattern, suffix
        )

    def export_xlsx(self) -> None:
        year, month, _cumulative = self.selection()
        target = self._ask_path(
            self.tr("Export budget vs spend"),
            f"budget-{year}-{month:02d}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if target is not None:
            self.write_xlsx(target)

    def write_xlsx(self, target: Path) -> bool:
        year, month, cumulative = self.selection()
        try:
            self.ctx.services.budget_report.export_xlsx(
                self.ctx.actor, year, month, target, cumulative=cumulative, today=self.today
            )
        except ServiceError as exc:  # FileWriteError too: the path and the reason
            dialogs.show_error(self, exc)
            return False
        return True

    def export_png(self) -> None:
        year, month, _cumulative = self.selection()
        target = self._ask_path(
            self.tr("Save charts as PNG"),
            f"budget-chart-{year}-{month:02d}.png",
            self.tr("PNG images (*.png)"),
            ".png",
        )
        if target is not None:
            self.write_png(target)

    def write_png(self, target: Path) -> bool:
        """Save the charts; False, after telling the user why (the path and the
        system's reason), when the file cannot be written. An earlier file of that
        name is then kept as it was."""
        try:
            with written_whole(target) as temp:
                if not self.charts.grab().save(str(temp), "PNG"):
                    raise FileWriteError(
                        target, OSError(self.tr("the image could not be encoded as PNG"))
                    )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def export_pdf(self) -> None:
        from ui.printing.budget_report import save_budget_report_pdf

        year, month, cumulative = self.selection()
        save_budget_report_pdf(self, self.ctx, year, month, cumulative=cumulative)
