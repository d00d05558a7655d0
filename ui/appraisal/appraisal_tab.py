"""The 绩效考核 tab: runs, the ranked results, one person's scores (double-click:
the records behind a score, or a manual score), grade distribution, warnings and
honours candidates, a person's trend, the KPI library; printing and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.appraisal import report
from app.appraisal.periods import kind_label
from app.appraisal.permissions import AppraisalPermission as P
from app.appraisal.rows import KpiRow, ResultRow, RunRow, ScoreRow
from app.appraisal.units import figure_text, unit_label
from ui.appraisal.charts import GradeChart, TrendChart
from ui.appraisal.dialogs import ManualScoreDialog, TraceDialog, number
from ui.feature_tab import FeatureTab
from ui.widgets.dialogs import ask_reason, ask_save_path, run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.table_state import make_sortable
from ui.widgets.tables import record_table
from ui.widgets.tasks import run_with_progress
from ui.widgets.toolbars import add_action, toolbar


def previous_month(today: dt.date) -> str:
    """The month a run is usually made for: early next month, the month before."""
    first = today.replace(day=1) - dt.timedelta(days=1)
    return f"{first.year}-{first.month:02d}"


class AppraisalTab(FeatureTab):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run_rows: list[RunRow] = []
        self.results: list[ResultRow] = []
        self.ranks: dict[int, int] = {}
        layout = QVBoxLayout(self)
        bar = toolbar(layout)
        bar.addWidget(QLabel(self.tr("Run:")))
        self.run_box = QComboBox(self)
        self.run_box.setObjectName("runs")
        self.run_box.setMinimumWidth(220)
        self.run_box.currentIndexChanged.connect(self._load_results)
        bar.addWidget(self.run_box)
        can = ctx.actor.can
        self.act_new = add_action(self, bar, self.tr("&New run…"), "Ctrl+N", self.new_run)
        self.act_recompute = add_action(self, bar, self.tr("&Recompute"), "", self.recompute)
        self.act_finalize = add_action(self, bar, self.tr("&Finalize"), "", self.finalize)
        self.act_reopen = add_action(self, bar, self.tr("Re&open…"), "", self.reopen)
        for act, allowed in (
            (self.act_new, can(P.RUN)),
            (self.act_recompute, can(P.RUN)),
            (self.act_finalize, can(P.FINALIZE)),
            (self.act_reopen, can(P.REOPEN)),
        ):
            act.setVisible(allowed)
        self.act_edit_targets = add_action(self, bar, self.tr("&Targets…"), "", self.edit_targets)
        self.act_edit_targets.setVisible(can(P.EDIT_LIBRARY))
        self.act_targets = add_action(
            self, bar, self.tr("Import &targets…"), "", self.import_targets
        )
        self.act_targets.setVisible(can(P.EDIT_LIBRARY))
        self.act_templates = add_action(self, bar, self.tr("Te&mplates…"), "", self.templates)
        self.act_templates.setVisible(can(P.EDIT_LIBRARY))
        bar.addSeparator()  # one separator: Qt does not collapse two around hidden actions
        add_action(self, bar, self.tr("Person &PDF…"), "", lambda: self.export("person"))
        add_action(self, bar, self.tr("&Summary PDF…"), "", lambda: self.export("summary"))
        add_action(self, bar, self.tr("E&xport .xlsx…"), "", lambda: self.export("xlsx"))
        self.act_ack = add_action(self, bar, self.tr("&Acknowledge"), "", self.acknowledge)
        self.act_object = add_action(self, bar, self.tr("O&bject…"), "", self.object_to)

        self.status = QLabel(self)
        self.status.setObjectName("run-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(split, 1)
        self.result_model: RowTableModel[ResultRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Rank"),
                    lambda r: str(self.ranks.get(r.id, "")),
                    lambda r: self.ranks.get(r.id, 0),
                    True,
                ),
                Column(lambda: self.tr("Name"), lambda r: r.staff_name),
                Column(lambda: self.tr("Department"), lambda r: r.department),
                Column(lambda: self.tr("Position"), lambda r: r.position),
                Column(
                    lambda: self.tr("Total"), lambda r: number(r.total), lambda r: r.total, True
                ),
                Column(lambda: self.tr("Grade"), lambda r: r.grade),
                Column(
                    lambda: self.tr("Coefficient"),
                    lambda r: number(r.coefficient),
                    lambda r: r.coefficient,
                    True,
                ),
                Column(
                    lambda: self.tr("Conduct"),
                    lambda r: number(r.conduct_points),
                    lambda r: r.conduct_points,
                    True,
                ),
                Column(
                    lambda: self.tr("Warning"),
                    lambda r: self.tr("Verbal warning") if r.warning else "",
                ),
                Column(lambda: self.tr("Acknowledged"), self._ack_text),
            ],
            self,
        )
        self.result_view = record_table(
            self.result_model,
            "appraisal-results",
            (44, 80, 90, 90, 60, 46, 80, 60, 90),
            parent=self,
        )
        make_sortable(self.result_view)
        self.result_view.selectionModel().currentRowChanged.connect(self._person_changed)
        split.addWidget(self.result_view)

        self.pages = QTabWidget(self)
        split.addWidget(self.pages)
        split.setSizes([560, 520])
        self._build_scores_page()
        self._build_overview_page()
        self.trend = TrendChart(self)
        self.pages.addTab(self.trend, self.tr("Trend"))
        self._build_library_page()
        self.refresh()

    # --- pages ------------------------------------------------------------------------

    def _build_scores_page(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.person_label = QLabel(page)
        self.person_label.setWordWrap(True)
        box.addWidget(self.person_label)
        kinds = {"auto": self.tr("auto"), "manual": self.tr("manual")}
        self.score_model: RowTableModel[ScoreRow] = RowTableModel(
            [
                Column(lambda: self.tr("KPI"), lambda s: s.kpi_name),
                Column(lambda: self.tr("Kind"), lambda s: kinds.get(s.kind, s.kind)),
                Column(
                    lambda: self.tr("Actual"),
                    lambda s: figure_text(s.unit, s.actual),
                    align_right=True,
                ),
                Column(
                    lambda: self.tr("Target"),
                    lambda s: figure_text(s.unit, s.target),
                    align_right=True,
                ),
                Column(lambda: self.tr("Score"), lambda s: number(s.score), align_right=True),
                Column(lambda: self.tr("Weight"), lambda s: str(s.weight), align_right=True),
                Column(lambda: self.tr("Comment"), lambda s: s.comment),
            ],
            self,
        )
        self.score_view = record_table(
            self.score_model, "appraisal-scores", (150, 60, 80, 70, 60, 50), parent=page
        )
        self.score_view.doubleClicked.connect(self._score_activated)
        box.addWidget(self.score_view, 1)
        hint = QLabel(
            self.tr(
                "Double-click a score to see the records behind it; a manual score to enter it."
            ),
            page,
        )
        hint.setStyleSheet("color:#6b7280;")
        box.addWidget(hint)
        self.conduct_button = QLabel(page)
        self.conduct_button.setOpenExternalLinks(False)
        self.conduct_button.linkActivated.connect(lambda _link: self._trace_conduct())
        box.addWidget(self.conduct_button)
        self.pages.addTab(page, self.tr("Scores"))

    def _build_overview_page(self) -> None:
        page = QWidget(self)
        box = QVBoxLayout(page)
        self.grades = GradeChart(page)
        box.addWidget(self.grades, 1)
        self.overview = QLabel(page)
        self.overview.setObjectName("overview")
        self.overview.setWordWrap(True)
        self.overview.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.overview)
        self.pages.addTab(page, self.tr("Grades and honours"))

    def _build_library_page(self) -> None:
        directions = {
            "higher": self.tr("higher is better"),
            "lower": self.tr("lower is better"),
            "manual": self.tr("entered by a manager"),
        }
        self.kpi_model: RowTableModel[KpiRow] = RowTableModel(
            [
                Column(lambda: self.tr("KPI"), lambda k: k.name),
                Column(lambda: self.tr("Direction"), lambda k: directions.get(k.direction, "")),
                Column(lambda: self.tr("Unit"), lambda k: unit_label(k.unit)),
                Column(
                    lambda: self.tr("Default target"),
                    lambda k: figure_text(k.unit, k.default_target),
                ),
                Column(
                    lambda: self.tr("How it is computed"),
                    lambda k: k.query or self.tr("manual score 0-100"),
                ),
            ],
            self,
        )
        page = QWidget(self)
        box = QVBoxLayout(page)
        view = record_table(self.kpi_model, "appraisal-kpis", (150, 110, 70, 80), parent=page)
        box.addWidget(view, 1)
        about = QLabel(page)
        about.setObjectName("kpi-query")
        about.setWordWrap(True)
        box.addWidget(about)

        def show(current, _previous) -> None:
            kpi = self.kpi_model.row_at(current)
            about.setText(
                f"<b>{kpi.name}</b>: {kpi.query or self.tr('manual score 0-100')}" if kpi else ""
            )

        view.selectionModel().currentRowChanged.connect(show)
        self.pages.addTab(page, self.tr("KPI library"))

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        keep = self.current_run()
        self.run_rows = run(self, lambda: self.ctx.services.appraisal.runs(self.ctx.actor)) or []
        self.run_box.blockSignals(True)
        self.run_box.clear()
        for r in self.run_rows:
            status = self.tr("finalized") if r.status == "finalized" else self.tr("draft")
            self.run_box.addItem(f"{r.period}  {kind_label(r.kind)}  ({status})", r.id)
        index = next(
            (i for i, r in enumerate(self.run_rows) if keep and r.id == keep.id),
            0,
        )
        self.run_box.setCurrentIndex(index if self.run_rows else -1)
        self.run_box.blockSignals(False)
        self.kpi_model.set_rows(
            run(self, lambda: self.ctx.services.appraisal.list_kpis(self.ctx.actor)) or []
        )
        self._load_results()

    def title_suffix(self) -> str:
        return ""

    def current_run(self) -> RunRow | None:
        index = self.run_box.currentIndex() if hasattr(self, "run_box") else -1
        return self.run_rows[index] if 0 <= index < len(self.run_rows) else None

    def current_result(self) -> ResultRow | None:
        return self.result_model.row_at(self.result_view.currentIndex())

    def _load_results(self) -> None:
        current = self.current_run()
        selected = self.current_result()
        if current is None:
            self.results = []
        else:
            self.results = (
                run(self, lambda: self.ctx.services.appraisal.results(self.ctx.actor, current.id))
                or []
            )
        self.ranks = {r.id: rank for rank, r in report.ranked(self.results)}
        self.result_model.set_rows(self.results)
        again = next(
            (
                i
                for i, r in enumerate(self.result_model.rows())
                if selected and r.staff_id == selected.staff_id
            ),
            0,
        )
        if self.results:
            self.result_view.selectRow(again)
        self._show_run(current)
        self._show_overview()
        self._person_changed()

    def _show_run(self, current: RunRow | None) -> None:
        draft = current is not None and current.status == "draft"
        self.act_recompute.setEnabled(draft)
        self.act_finalize.setEnabled(draft)
        self.act_reopen.setEnabled(current is not None and not draft)
        if current is None:
            self.status.setText(
                self.tr("No appraisal run yet. A run is made early in the next month.")
            )
            return
        parts = [
            self.tr("%1 run %2: %3, %n people", "", current.people)
            .replace("%1", kind_label(current.kind))
            .replace("%2", current.period)
            .replace("%3", self.tr("finalized") if not draft else self.tr("draft (recomputable)"))
        ]
        if current.finalized_at is not None:
            parts.append(
                self.tr("finalized by %1 on %2")
                .replace("%1", current.finalized_by)
                .replace("%2", current.finalized_at.astimezone().strftime("%Y-%m-%d %H:%M"))
            )
        if current.reopen_reason:
            parts.append(self.tr("reopened: %1").replace("%1", current.reopen_reason))
        self.status.setText(" · ".join(parts))

    def _show_overview(self) -> None:
        self.grades.set_counts(report.distribution(self.results))
        warned = ", ".join(
            f"{r.staff_name} ({number(r.total)})" for r in report.warnings(self.results)
        )
        top = ", ".join(
            f"{r.staff_name} ({r.department})" for r in report.top_per_department(self.results)
        )
        best = report.best_department(self.results)
        lines = [
            "<b>{}</b> {}".format(self.tr("Verbal warning:"), warned or self.tr("none")),
            "<b>{}</b> {}".format(self.tr("Outstanding staff candidates:"), top or self.tr("none")),
            "<b>{}</b> {}".format(
                self.tr("Best team candidate:"),
                f"{best[0]} ({number(best[1])})" if best else self.tr("none"),
            ),
        ]
        self.overview.setText("<br>".join(lines))

    def _person_changed(self, *_args) -> None:
        result = self.current_result()
        own = result is not None and result.staff_id == self.ctx.actor.staff_id
        current = self.current_run()
        finalized = current is not None and current.status == "finalized"
        for act in (self.act_ack, self.act_object):
            act.setVisible(self.ctx.actor.can(P.ACKNOWLEDGE) and own)
            act.setEnabled(finalized)
        if result is None:
            self.score_model.set_rows([])
            self.person_label.setText("")
            self.conduct_button.setText("")
            self.trend.set_trend("", [], 60)
            return
        self.score_model.set_rows(result.scores)
        notes = [f"<b>{result.staff_name}</b> · {result.department} · {result.position}"]
        notes.append(
            self.tr("total %1, grade %2, coefficient %3")
            .replace("%1", number(result.total))
            .replace("%2", result.grade)
            .replace("%3", number(result.coefficient))
        )
        if result.unscored:
            notes.append(
                self.tr("left out of the total: %1").replace("%1", ", ".join(result.unscored))
            )
        if result.months:
            notes.append(self.tr("annual mean of the months %1").replace("%1", result.months))
        if result.acknowledgement == "objected":
            notes.append(self.tr("objection: %1").replace("%1", result.objection))
        self.person_label.setText("<br>".join(notes))
        self.conduct_button.setText(
            '<a href="#">{}</a>'.format(
                self.tr("Conduct points %1: show the records").replace(
                    "%1", number(result.conduct_points)
                )
            )
        )
        points = (
            run(self, lambda: self.ctx.services.appraisal.trend(self.ctx.actor, result.staff_id))
            or []
        )
        self.trend.set_trend(result.staff_name, points, 60)

    def _ack_text(self, r: ResultRow) -> str:
        return {
            "acknowledged": self.tr("acknowledged"),
            "objected": self.tr("objected"),
        }.get(r.acknowledgement, "")

    # --- actions ----------------------------------------------------------------------

    def _score_activated(self, index) -> None:
        result, score = self.current_result(), self.score_model.row_at(index)
        current = self.current_run()
        if result is None or score is None or current is None:
            return
        if score.kind == "manual":
            if current.status == "draft" and self.ctx.actor.can(P.RUN):
                ManualScoreDialog(
                    self.ctx, current.id, result.staff_id, result.staff_name, score, self
                ).exec()
            return
        query = next((k.query for k in self.kpi_model.rows() if k.id == score.kpi_id), "")
        TraceDialog(
            self.ctx,
            current.id,
            result.staff_id,
            score,
            result.staff_name,
            query=query,
            parent=self,
        ).exec()

    def _trace_conduct(self) -> None:
        result, current = self.current_result(), self.current_run()
        if result is not None and current is not None:
            TraceDialog(
                self.ctx, current.id, result.staff_id, None, result.staff_name, parent=self
            ).exec()

    def _compute(self, period: str) -> None:
        row = run(
            self,
            lambda: run_with_progress(
                self,
                self.tr("Computing the appraisal %1…").replace("%1", period),
                lambda control: self.ctx.services.appraisal.run(self.ctx.actor, period, control),
                title=self.tr("Appraisal run"),
            ),
        )
        if row is not None:
            self.ctx.bus.publish(row.change)
            self.refresh()
            self.run_box.setCurrentIndex(
                next(i for i, r in enumerate(self.run_rows) if r.id == row.id)
            )

    def new_run(self) -> None:
        period, ok = QInputDialog.getText(
            self,
            self.tr("New appraisal run"),
            self.tr("Period (a month 2026-10, a quarter 2026-Q3 or a year 2026):"),
            text=previous_month(dt.date.today()),
        )
        if ok and period.strip():
            self._compute(period.strip())

    def recompute(self) -> None:
        current = self.current_run()
        if current is not None:
            self._compute(current.period)

    def finalize(self) -> None:
        current = self.current_run()
        if current is None:
            return
        row = run(self, lambda: self.ctx.services.appraisal.finalize(self.ctx.actor, current.id))
        if row is not None:
            self.ctx.bus.publish(row.change)
            self.refresh()

    def reopen(self) -> None:
        current = self.current_run()
        if current is None:
            return
        reason = ask_reason(
            self,
            self.tr("Reopen the run"),
            self.tr(
                "Why is the finalized run %1 reopened? The reason is kept in the audit log."
            ).replace("%1", current.period),
        )
        if reason:
            row = run(
                self, lambda: self.ctx.services.appraisal.reopen(self.ctx.actor, current.id, reason)
            )
            if row is not None:
                self.ctx.bus.publish(row.change)
                self.refresh()

    def acknowledge(self) -> None:
        self._answer(None)

    def object_to(self) -> None:
        text = ask_reason(self, self.tr("Object to the result"), self.tr("What do you object to?"))
        if text:
            self._answer(text)

    def _answer(self, objection: str | None) -> None:
        result = self.current_result()
        if result is None:
            return
        row = run(
            self,
            lambda: self.ctx.services.appraisal.acknowledge(self.ctx.actor, result.id, objection),
        )
        if row is not None:
            self.ctx.bus.publish(row.change)
            self._load_results()

    def templates(self) -> None:
        from ui.appraisal.template_dialog import TemplateDialog

        TemplateDialog(self.ctx, self).exec()

    def edit_targets(self) -> None:
        from ui.appraisal.targets_dialog import TargetsDialog

        current = self.current_run()
        TargetsDialog(self.ctx, self, period=current.period if current else None).exec()

    def import_targets(self) -> None:
        settings = self.ctx.qsettings()
        folder = str(settings.value("appraisal/folder", ""))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import targets"), folder, self.tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        change = run(
            self, lambda: self.ctx.services.appraisal.import_targets(self.ctx.actor, Path(path))
        )
        if change is not None:
            self.ctx.bus.publish(change)
            QMessageBox.information(
                self,
                self.tr("Import targets"),
                self.tr(
                    "Targets imported. Recompute a draft run to use them; finalized runs do not change."  # noqa: E501
                ),
            )

    def export(self, kind: str) -> None:
        current, result = self.current_run(), self.current_result()
        if current is None or (kind == "person" and result is None):
            return
        names = {
            "person": (
                f"绩效考核-{current.period}-{result.staff_name if result else ''}.pdf",
                "PDF (*.pdf)",
                ".pdf",
            ),
            "summary": (f"绩效考核汇总-{current.period}.pdf", "PDF (*.pdf)", ".pdf"),
            "xlsx": (f"绩效考核-{current.period}.xlsx", "Excel (*.xlsx)", ".xlsx"),
        }
        default, pattern, suffix = names[kind]
        path = ask_save_path(
            self,
            self.ctx.qsettings(),
            "appraisal/folder",
            self.tr("Save as"),
            default,
            pattern,
            suffix,
        )
        if path is None:
            return
        staff_id = result.staff_id if result is not None else 0
        change = run(
            self,
            lambda: self.ctx.services.appraisal.export(
                self.ctx.actor, current.id, kind, path, staff_id
            ),
        )
        if change is not None:
            self.ctx.bus.publish(change)
