"""The Plans and reports tab (工作计划): one's plans and reports with their state and
the figures MarketDesk filled in beside the author's text; submit, approve, return
with a reason, print; the daily sales log (销售日志) pre-filled from the day's
follow-ups and trials, and for a manager the team's day at a glance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.validation import MAX_YEAR, MIN_YEAR
from app.worklogs.figures import Figures
from app.worklogs.kinds import period_label, status_label, title_label
from app.worklogs.permissions import WorklogsPermission
from app.worklogs.rows import DaySheet, LogInput, ReportRow, prefill
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets.dialogs import ask_reason, ask_save_path, run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table
from ui.widgets.toolbars import add_action, toolbar

FIGURES = (
    "new_leads",
    "follow_ups",
    "trials_attended",
    "enrollments",
    "enrollment_fen",
    "spend_fen",
    "logged_days",
    "logged_calls",
    "logged_wechats",
    "logged_visits",
)


class WorklogsTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._owed = 0
        self.pages = QTabWidget()
        self.pages.setObjectName("worklogsPages")
        self.pages.addTab(self._reports_page(), self.tr("Plans and reports"))
        self.pages.addTab(self._log_page(), self.tr("Daily sales log"))
        QVBoxLayout(self).addWidget(self.pages)
        self.refresh()

    # --- plans and reports -------------------------------------------------------

    def _reports_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        actor = self.ctx.actor
        top = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        self.due = QLabel()
        self.due.setObjectName("dueLine")
        self.due.setWordWrap(True)
        top.addWidget(self.due, 1)
        layout.addLayout(top)
        bar = toolbar(layout)
        bar.setObjectName("worklogsToolbar")
        self.new_action = add_action(self, bar, self.tr("&New..."), "Ctrl+N", self.new)
        self.save_action = add_action(self, bar, self.tr("&Save"), "Ctrl+S", self.save)
        self.submit_action = add_action(self, bar, self.tr("S&ubmit"), "", self.submit)
        self.approve_action = add_action(self, bar, self.tr("&Approve"), "", self.approve)
        self.return_action = add_action(self, bar, self.tr("&Return..."), "", self.return_)
        self.print_action = add_action(self, bar, self.tr("&Print..."), "Ctrl+P", self.print_)
        self.new_action.setVisible(actor.can(WorklogsPermission.WRITE_OWN))
        self.approve_action.setVisible(actor.can(WorklogsPermission.APPROVE))
        self.return_action.setVisible(actor.can(WorklogsPermission.APPROVE))

        self.model: RowTableModel[ReportRow] = RowTableModel(
            [
                Column(
                    lambda: self.tr("Period"),
                    lambda r: period_label(r.year, r.month),
                    lambda r: (r.year, r.month),
                ),
                Column(lambda: self.tr("What"), lambda r: title_label(r.kind, r.period, r.scope)),
                Column(lambda: self.tr("Whose"), lambda r: r.owner_name),
                Column(lambda: self.tr("State"), lambda r: status_label(r.status)),
                Column(lambda: self.tr("Decided by"), lambda r: r.decided_by),
            ],
            self,
        )
        self.view = record_table(self.model, "worklogsReports", (70, 170, 80, 70, 80))
        self.view.selectionModel().currentRowChanged.connect(self._show_current)

        editor = QWidget()
        form = QVBoxLayout(editor)
        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        form.addWidget(self.heading)
        row = QHBoxLayout()
        box = QGroupBox(self.tr("From MarketDesk's data"))
        box.setObjectName("figuresBox")
        numbers = QFormLayout(box)
        self.figure_labels: dict[str, QLabel] = {}
        for name, title in zip(FIGURES, self._figure_titles(), strict=True):
            label = QLabel("—")
            label.setObjectName(f"figure_{name}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            numbers.addRow(title, label)
            self.figure_labels[name] = label
        self.figures_note = QLabel()
        self.figures_note.setWordWrap(True)
        self.figures_note.setStyleSheet("color: gray;")
        numbers.addRow(self.figures_note)
        row.addWidget(box)
        texts = QVBoxLayout()
        self.body_label = QLabel(self.tr("Goals and measures"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.assessment_label = QLabel(self.tr("Self-assessment"))
        self.assessment = QPlainTextEdit()
        self.assessment.setObjectName("selfAssessment")
        for widget in (self.body_label, self.body, self.assessment_label, self.assessment):
            texts.addWidget(widget)
        row.addLayout(texts, 1)
        form.addLayout(row, 1)
        self.decision = QLabel()
        self.decision.setObjectName("decision")
        self.decision.setWordWrap(True)
        form.addWidget(self.decision)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("worklogsSplitter")
        split.addWidget(self.view)
        split.addWidget(editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([520, 780])
        layout.addWidget(split, 1)
        return page

    def _figure_titles(self) -> list[str]:
        return [
            self.tr("New leads"),
            self.tr("Follow-ups done"),
            self.tr("Trials attended"),
            self.tr("Enrollments"),
            self.tr("Enrolled amount"),
            self.tr("Spend (approved claims)"),
            self.tr("Days logged"),
            self.tr("Calls (logged)"),
            self.tr("WeChat (logged)"),
            self.tr("Visits (logged)"),
        ]

    def current(self) -> ReportRow | None:
        return self.model.row_at(self.view.currentIndex())

    def _show_current(self, *_args) -> None:
        r = self.current()
        mine = r is not None and self._may_write(r)
        editable = mine and r is not None and r.status in ("draft", "returned")
        self.body.setReadOnly(not editable)
        self.assessment.setReadOnly(not editable)
        self.save_action.setEnabled(editable)
        self.submit_action.setEnabled(editable)
        decide = (
            r is not None
            and r.status == "submitted"
            and self.ctx.actor.can(WorklogsPermission.APPROVE)
            and self.ctx.services.worklogs.may_decide(self.ctx.actor, r.id)
        )
        self.approve_action.setEnabled(decide)
        self.return_action.setEnabled(decide)
        self.print_action.setEnabled(r is not None)
        if r is None:
            self.heading.setText(self.tr("Choose a plan or report, or start one with New."))
            self.body.setPlainText("")
            self.assessment.setPlainText("")
            self.decision.setText("")
            self._set_figures(None)
            return
        self.heading.setText(
            f"{title_label(r.kind, r.period, r.scope)} · {r.owner_name} · "
            f"{period_label(r.year, r.month)} · {status_label(r.status)}"
        )
        report = r.kind == "report"
        self.body_label.setText(
            self.tr("Summary of the work") if report else self.tr("Goals and measures")
        )
        self.assessment_label.setVisible(report)
        self.assessment.setVisible(report)
        self.body.setPlainText(r.body)
        self.assessment.setPlainText(r.self_assessment)
        if r.figures is not None:
            self._set_figures(r.figures)
            self.figures_note.setText(self.tr("As submitted."))
        else:
            self._set_figures(self.ctx.services.worklogs.live_figures(self.ctx.actor, r.id))
            self.figures_note.setText(self.tr("As the data stands now; fixed when submitted."))
        decision = ""
        if r.status == "returned":
            decision = self.tr("Returned by %s: %s") % (r.decided_by, r.decision_note)
        elif r.status == "approved":
            decision = self.tr("Approved by %s") % r.decided_by
            if r.decision_note:
                decision += f": {r.decision_note}"
        self.decision.setText(decision)

    def _set_figures(self, figures: Figures | None) -> None:
        for name, label in self.figure_labels.items():
            if figures is None:
                label.setText("—")
                continue
            value = getattr(figures, name)
            label.setText(format_money(value) if name.endswith("_fen") else str(value))

    def _may_write(self, r: ReportRow) -> bool:
        if r.scope == "person":
            return r.staff_id is not None and r.staff_id == self.ctx.actor.staff_id
        return self.ctx.actor.can(WorklogsPermission.WRITE_DEPARTMENT)

    def _publish(self, result) -> None:
        if result is not None:
            self.ctx.bus.publish(result.change)

    def new(self) -> None:
        from ui.worklogs.report_dialog import NewReportDialog

        dialog = NewReportDialog(self.ctx.actor.can(WorklogsPermission.WRITE_DEPARTMENT), self)
        if dialog.exec():
            key = dialog.key()
            row = run(self, lambda: self.ctx.services.worklogs.create_report(self.ctx.actor, key))
            self._publish(row)
            if row is not None:
                self.year.setValue(row.year)
                self._select(row.id)

    def save(self) -> None:
        r = self.current()
        if r is not None:
            w, body, text = (
                self.ctx.services.worklogs,
                self.body.toPlainText(),
                self.assessment.toPlainText(),
            )
            self._publish(
                run(self, lambda: w.save_text(self.ctx.actor, r.id, r.version, body, text))
            )
            self._select(r.id)

    def submit(self) -> None:
        r = self.current()
        if r is None:
            return
        w, actor = self.ctx.services.worklogs, self.ctx.actor
        body, text = self.body.toPlainText(), self.assessment.toPlainText()
        if body != r.body or text != r.self_assessment:
            saved = run(self, lambda: w.save_text(actor, r.id, r.version, body, text))
            if saved is None:
                return
            r = saved
        done = run(self, lambda: w.submit(actor, r.id, r.version))
        self._publish(done)
        self._select(r.id)

    def approve(self) -> None:
        r = self.current()
        if r is not None:
            w = self.ctx.services.worklogs
            self._publish(run(self, lambda: w.approve(self.ctx.actor, r.id, r.version)))
            self._select(r.id)

    def return_(self) -> None:
        r = self.current()
        if r is None:
            return
        reason = ask_reason(
            self,
            self.tr("Return to the author"),
            self.tr("What should the author change? They see your reason."),
        )
        if reason:
            w = self.ctx.services.worklogs
            self._publish(
                run(self, lambda: w.return_report(self.ctx.actor, r.id, r.version, reason))
            )
            self._select(r.id)

    def print_(self) -> None:
        r = self.current()
        if r is None:
            return
        target = ask_save_path(
            self,
            self.ctx.qsettings(),
            "worklogs/print_folder",
            self.tr("Save the plan or report"),
            f"{title_label(r.kind, r.period, r.scope)}-{r.owner_name}-"
            f"{period_label(r.year, r.month)}.pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is not None:
            w = self.ctx.services.worklogs
            change = run(self, lambda: w.print_report(self.ctx.actor, r.id, target))
            if change is not None:
                self.ctx.bus.publish(change)

    def _select(self, report_id: int) -> None:
        self.refresh()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            found = self.model.row_at(index)
            if found is not None and found.id == report_id:
                self.view.setCurrentIndex(index)
                break
        self._show_current()

    # --- the daily sales log -----------------------------------------------------

    def _log_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("logDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDate(QDate.currentDate())
        self.day.setMaximumDate(QDate.currentDate())
        self.day.dateChanged.connect(self.refresh)
        top.addWidget(QLabel(self.tr("Day:")))
        top.addWidget(self.day)
        top.addStretch()
        layout.addLayout(top)
        bar = toolbar(layout)
        bar.setObjectName("logToolbar")
        self.fill_action = add_action(
            self, bar, self.tr("&Fill from the day's records"), "", self.fill_log
        )
        self.save_log_action = add_action(self, bar, self.tr("Save &log"), "", self.save_log)
        mine = QGroupBox(self.tr("My log of the day"))
        mine.setObjectName("myLog")
        form = QFormLayout(mine)
        self.calls, self.wechats, self.visits = QSpinBox(), QSpinBox(), QSpinBox()
        for name, spin, title in (
            ("calls", self.calls, self.tr("Calls:")),
            ("wechats", self.wechats, self.tr("WeChat contacts:")),
            ("visits", self.visits, self.tr("Visits:")),
        ):
            spin.setObjectName(name)
            spin.setRange(0, 1000)
            form.addRow(title, spin)
        self.results = QPlainTextEdit()
        self.results.setObjectName("results")
        self.results.setPlaceholderText(self.tr("Whom you contacted and what came of it"))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Problems, ideas, what tomorrow needs"))
        form.addRow(self.tr("Results:"), self.results)
        form.addRow(self.tr("Notes:"), self.notes)
        self.day_line = QLabel()
        self.day_line.setObjectName("dayLine")
        self.day_line.setWordWrap(True)
        self.day_line.setStyleSheet("color: gray;")
        form.addRow(self.day_line)
        self.team_model: RowTableModel[DaySheet] = RowTableModel(
            [
                Column(lambda: self.tr("Name"), lambda s: s.name),
                self._count(self.tr("Phone"), lambda s: s.figures.by_method.get("phone", 0)),
                self._count(self.tr("WeChat"), lambda s: s.figures.by_method.get("wechat", 0)),
                self._count(self.tr("Visit"), lambda s: s.figures.by_method.get("visit", 0)),
                self._count(self.tr("Trials"), lambda s: s.figures.trials_attended),
                self._count(self.tr("No-shows"), lambda s: s.figures.trials_no_show),
                self._count(self.tr("Enrolled"), lambda s: s.figures.enrollments),
                Column(
                    lambda: self.tr("Amount"),
                    lambda s: format_money(s.figures.enrollment_fen),
                    lambda s: s.figures.enrollment_fen,
                    True,
                ),
                self._count(self.tr("Calls (log)"), lambda s: s.log.calls if s.log else 0),
                self._count(self.tr("Visits (log)"), lambda s: s.log.visits if s.log else 0),
                Column(
                    lambda: self.tr("Log"),
                    lambda s: self.tr("written") if s.log else self.tr("missing"),
                ),
            ],
            self,
        )
        self.team_view = record_table(
            self.team_model, "worklogsTeamDay", (90, 50, 55, 50, 50, 60, 60, 90, 70, 70, 60)
        )
        self.team_box = QGroupBox(self.tr("The team's day"))
        self.team_box.setObjectName("teamDay")
        QVBoxLayout(self.team_box).addWidget(self.team_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("logSplitter")
        split.addWidget(mine)
        split.addWidget(self.team_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self._sheet: DaySheet | None = None
        return page

    def _count(self, title: str, get) -> Column[DaySheet]:
        return Column(lambda: title, lambda s: str(get(s)), get, align_right=True)

    def _log_day(self) -> dt.date:
        return self.day.date().toPython()

    def _show_log(self) -> None:
        actor, w = self.ctx.actor, self.ctx.services.worklogs
        day = self._log_day()
        team = w.team_day(actor, day)
        self.team_model.set_rows(team)
        self.team_box.setVisible(len(team) > 1)
        self._sheet = next((s for s in team if s.staff_id == actor.staff_id), None)
        can_write = actor.can(WorklogsPermission.WRITE_OWN) and self._sheet is not None
        self.save_log_action.setEnabled(can_write)
        self.fill_action.setEnabled(can_write)
        sheet = self._sheet
        if sheet is None:
            self.day_line.setText(self.tr("Your account is not linked to a staff member."))
            return
        f = sheet.figures
        self.day_line.setText(
            self.tr(
                "Recorded that day: %d follow-ups (phone %d, WeChat %d, visit %d), "
                "%d trials attended, %d no-shows, %d enrollments (%s)."
            )
            % (
                f.follow_ups,
                f.by_method.get("phone", 0),
                f.by_method.get("wechat", 0),
                f.by_method.get("visit", 0),
                f.trials_attended,
                f.trials_no_show,
                f.enrollments,
                format_money(f.enrollment_fen),
            )
        )
        data = (
            LogInput(
                sheet.log.calls,
                sheet.log.wechats,
                sheet.log.visits,
                sheet.log.results,
                sheet.log.notes,
            )
            if sheet.log is not None
            else prefill(f)
        )
        self._fill(data)

    def _fill(self, data: LogInput) -> None:
        self.calls.setValue(data.calls)
        self.wechats.setValue(data.wechats)
        self.visits.setValue(data.visits)
        self.results.setPlainText(data.results)
        self.notes.setPlainText(data.notes)

    def fill_log(self) -> None:
        if self._sheet is not None:
            notes = self.notes.toPlainText()
            data = prefill(self._sheet.figures)
            data.notes = notes
            self._fill(data)

    def save_log(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        data = LogInput(
            self.calls.value(),
            self.wechats.value(),
            self.visits.value(),
            self.results.toPlainText(),
            self.notes.toPlainText(),
        )
        version = sheet.log.version if sheet.log is not None else None
        day, w = self._log_day(), self.ctx.services.worklogs
        self._publish(run(self, lambda: w.save_log(self.ctx.actor, day, data, version)))

    # --- FeatureTab --------------------------------------------------------------

    def refresh(self) -> None:
        w, actor = self.ctx.services.worklogs, self.ctx.actor
        current = self.current()
        self.model.set_rows(w.list_reports(actor, self.year.value()))
        chosen = None
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            found = self.model.row_at(index)
            if found is not None and current is not None and found.id == current.id:
                chosen = index
                break
        if chosen is None and self.model.rowCount():
            chosen = self.model.index(0, 0)  # the newest, so the editor shows something
        if chosen is not None:
            self.view.setCurrentIndex(chosen)
        self._show_current()
        due = w.due_items(actor, dt.date.today())
        write = [i for i in due if i.action == "write"]
        decide = [i for i in due if i.action == "decide"]
        parts = [self._due_text(i) for i in write]
        if decide:
            parts.append(self.tr("%d waiting for your decision") % len(decide))
        self._owed = len(due)
        self.due.setText(" · ".join(parts))
        self.due.setStyleSheet("color: #b00020;" if any(i.overdue for i in write) else "")
        self._show_log()

    def _due_text(self, item) -> str:
        what = f"{title_label(item.kind, item.period, item.scope)} "
        what += period_label(item.year, item.month)
        if item.overdue:
            return self.tr("Overdue: %s") % what
        return self.tr("Due by %s: %s") % (item.due_on.isoformat(), what)

    def title_suffix(self) -> str:
        """How many plans and reports the user owes or must decide."""
        return str(self._owed) if self._owed else ""
