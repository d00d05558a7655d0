"""The channel evaluation tab (渠道评估): period and attribution model, the metrics
table with the previous period and year on year, findings, five charts, drill-down by
double-click, and exports (Excel, PDF, PNG)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.channel_eval.findings import GOOD, WARNING, Finding, findings
from app.channel_eval.periods import Period
from app.channel_eval.report import ChannelReport
from app.channel_eval.text import model_name
from app.errors import FileWriteError, ServiceError
from app.files import written_whole
from ui.channel_eval.charts import ALL, CHART_CLASSES, ChannelChart
from ui.channel_eval.drill import DrillDialog
from ui.channel_eval.models import ActivitiesModel, MetricsModel
from ui.channel_eval.periods import PeriodPicker
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets import dialogs, toolbars

FOLDER_KEY = "channel_eval/last_folder"
COST_COLUMNS = {MetricsModel.COST, MetricsModel.CPL, MetricsModel.CPA, MetricsModel.ROI}
_COLORS = {WARNING: "#b45309", GOOD: "#15803d"}


class ChannelEvalTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.report: ChannelReport | None = None
        self.findings: list[Finding] = []
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = self.toolbar = toolbars.toolbar(layout)
        self.picker = PeriodPicker(self.today)
        bar.addWidget(self.picker)
        bar.addWidget(QLabel(self.tr("  Attribution:")))
        self.model_box = QComboBox()
        self.model_box.setObjectName("attribution")
        for key in ("first", "last", "linear"):
            self.model_box.addItem(model_name(key), key)
        bar.addWidget(self.model_box)
        bar.addSeparator()

        def action(text: str, shortcut: str, slot):
            return toolbars.add_action(self, bar, text, shortcut, slot)

        self.drill_action = action(self.tr("Show records…"), "Ctrl+D", self.drill_down)
        self.xlsx_action = action(self.tr("Export to Excel…"), "Ctrl+E", self.export_xlsx)
        self.pdf_action = action(self.tr("Report as PDF…"), "Ctrl+Shift+F", self.export_pdf)
        self.png_action = action(self.tr("Save chart as PNG…"), "Ctrl+Shift+G", self.export_png)
        action(self.tr("Refresh"), "", self.refresh)
        self.picker.changed.connect(self.refresh)
        self.model_box.currentIndexChanged.connect(lambda _i: self.refresh())

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)

        self.model = MetricsModel(self)
        self.table = QTableView()
        self.table.setObjectName("channels")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # Headers on two lines ("Conversion / rate"), so that twelve columns fit.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(2 * self.table.fontMetrics().height() + 10)
        for col, width in enumerate((104, 60, 60, 78, 76, 96, 86, 92, 104, 60, 104, 96)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda _i: self.drill_down())
        self.table.activated.connect(lambda _i: self.drill_down())
        hint = QLabel(
            self.tr(
                "Double-click a figure to see the customers or cost records behind it. "
                "“—”: not computable (nothing to divide by)."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#6b7280;")
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.findings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(hint)
        self.activities_model = ActivitiesModel(self)
        self.activities_table = QTableView()
        self.activities_table.setObjectName("activities")
        self.activities_table.setModel(self.activities_model)
        self.activities_table.verticalHeader().hide()
        self.activities_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activities_table.doubleClicked.connect(lambda _i: self.drill_activity())
        self.activities_table.activated.connect(lambda _i: self.drill_activity())
        activity_header = self.activities_table.horizontalHeader()
        for col, width in enumerate((170, 86, 90, 80, 70, 96, 86, 92, 104, 62)):
            activity_header.resizeSection(col, width)
        self.tables = QTabWidget()
        self.tables.setObjectName("tables")
        self.tables.setDocumentMode(True)
        self.tables.addTab(left, self.tr("By channel"))
        self.tables.addTab(self.activities_table, self.tr("By activity"))
        findings_box = QScrollArea()
        findings_box.setWidgetResizable(True)
        findings_box.setFrameShape(QFrame.Shape.NoFrame)
        findings_box.setWidget(self.findings_label)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.tables)
        top.addWidget(findings_box)
        top.setSizes([1000, 300])

        self.charts: list[ChannelChart] = [cls() for cls in CHART_CLASSES]
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setObjectName("charts")
        self.chart_tabs.setDocumentMode(True)
        for chart in self.charts:
            self.chart_tabs.addTab(chart, chart.title())
            chart.figureActivated.connect(self.show_records)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.chart_tabs)
        splitter.setSizes([330, 380])
        layout.addWidget(splitter, 1)

    # --- data -----------------------------------------------------------------

    def period(self) -> Period | None:
        try:
            return self.picker.period()
        except ServiceError as exc:
            self.notice.setText(exc.message)
            self.notice.setVisible(True)
            return None

    def attribution(self) -> str:
        return str(self.model_box.currentData())

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        try:
            self.report = self.ctx.services.channel_eval.report(
                self.ctx.actor, period, self.attribution()
            )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return
        self.model.set_report(self.report)
        self.activities_model.set_rows(self.report.activities)
        self.tables.setTabText(
            1, self.tr("By activity (%1)").replace("%1", str(len(self.report.activities)))
        )
        for chart in self.charts:
            chart.set_report(self.report)
        self.findings = findings(self.report)
        self._show_findings()
        self.notice.setVisible(False)

    def _show_findings(self) -> None:
        heading = self.tr("Findings")
        title = f"<b>{html.escape(heading)}</b>"
        if not self.findings:
            body = html.escape(self.tr("Nothing stands out in this period."))
            self.findings_label.setText(f"{title}<p>{body}</p>")
            return
        items = "".join(
            f"<li style='color:{_COLORS.get(f.kind, '#374151')}'>{html.escape(f.text)}</li>"
            for f in self.findings
        )
        self.findings_label.setText(f"{title}<ul style='margin-left:-20px'>{items}</ul>")

    # --- drill-down -----------------------------------------------------------

    def drill_down(self) -> None:
        """The records behind the table cell that is current."""
        index = self.table.currentIndex()
        if not index.isValid() or self.report is None:
            return
        row = self.model.rows[index.row()]
        column = index.column()
        channel = ALL if row is None else row.channel_id
        if column in COST_COLUMNS:
            metric = "cost"
        else:
            metric = MetricsModel.CUSTOMER_COLUMNS.get(column, "leads")
        self.show_records(channel, metric, self.model.headers()[column])

    def drill_activity(self) -> None:
        """The customers captured at the current activity, or its cost records."""
        index = self.activities_table.currentIndex()
        if not index.isValid():
            return
        activity = self.activities_model.rows[index.row()]
        title = f"{activity.name} · {self.activities_model.headers()[index.column()]}"
        service, actor = self.ctx.services.channel_eval, self.ctx.actor
        if index.column() in ActivitiesModel.COST_COLUMNS:
            costs = dialogs.run(self, lambda: service.activity_costs(actor, activity.activity_id))
            if costs is not None:
                self.last_drill = DrillDialog.for_costs(title, costs, self)
                self.last_drill.exec()
            return
        customers = dialogs.run(
            self, lambda: service.activity_customers(actor, activity.activity_id)
        )
        if customers is not None:
            self.last_drill = DrillDialog.for_customers(title, customers, self)
            self.last_drill.exec()

    def show_records(self, channel: object, metric: str, what: str = "") -> None:
        """List the customers (leads, trials, conversions) or the cost records of a
        channel (ALL: every channel) in the period."""
        period = self.period()
        if period is None or self.report is None:
            return
        any_channel = channel == ALL
        channel_id = None if any_channel else channel
        row = None if any_channel else self.report.row(channel_id)  # type: ignore[arg-type]
        name = self.tr("All channels") if row is None else row.name
        title = f"{name} · {what or metric} · {period.label()}"
        service, actor = self.ctx.services.channel_eval, self.ctx.actor
        if metric == "cost":
            costs = dialogs.run(
                self,
                lambda: service.costs_behind(actor, period, channel_id, any_channel=any_channel),
            )
            if costs is not None:
                self.last_drill = DrillDialog.for_costs(title, costs, self)
                self.last_drill.exec()
            return
        customers = dialogs.run(
            self,
            lambda: service.customers_behind(
                actor, period, self.attribution(), channel_id, metric, any_channel=any_channel
            ),
        )
        if customers is not None:
            title += " · " + model_name(self.attribution())
            self.last_drill = DrillDialog.for_customers(title, customers, self)
            self.last_drill.exec()

    # --- exports --------------------------------------------------------------

    def _ask_path(self, title: str, name: str, pattern: str, suffix: str) -> Path | None:
        return dialogs.ask_save_path(
            self, self.ctx.qsettings(), FOLDER_KEY, title, name, pattern, suffix
        )

    def _stem(self) -> str:
        period = self.period()
        span = f"{period.start:%Y%m%d}-{period.end:%Y%m%d}" if period else ""
        return f"channels-{span}-{self.attribution()}"

    def export_xlsx(self) -> None:
        target = self._ask_path(
            self.tr("Export the channel report"),
            self._stem() + ".xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            ".xlsx",
        )
        if target is not None:
            self.write_file(target, "xlsx")

    def export_pdf(self) -> None:
        target = self._ask_path(
            self.tr("Channel report as PDF"),
            self._stem() + ".pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is not None:
            self.write_file(target, "pdf")

    def write_file(self, target: Path, kind: str) -> bool:
        period = self.period()
        if period is None:
            return False
        service = self.ctx.services.channel_eval
        write = service.export_pdf if kind == "pdf" else service.export_xlsx
        try:
            write(self.ctx.actor, period, self.attribution(), target)
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def export_png(self) -> None:
        chart = self.charts[self.chart_tabs.currentIndex()]
        target = self._ask_path(
            self.tr("Save chart as PNG"),
            f"{self._stem()}-{chart.key}.png",
            self.tr("PNG images (*.png)"),
            ".png",
        )
        if target is not None:
            self.write_png(chart, target)

    def write_png(self, chart: ChannelChart, target: Path) -> bool:
        """Save one chart; False, after saying why, when the file cannot be written."""
        try:
            with written_whole(target) as temp:
                if not chart.save_png(temp):
                    raise FileWriteError(
                        target, OSError(self.tr("the image could not be encoded as PNG"))
                    )
        except ServiceError as exc:
            dialogs.show_error(self, exc)
            return False
        return True
