"""The Research tab (市场调研): research plans (new, edit, submit, approve, return
with a reason) with the report of an approved plan and its files; and the
competitor register with each entry's dated history and "add observation"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_money
from app.research.kinds import status_label
from app.research.permissions import ResearchPermission as P
from app.research.rows import CompetitorRow, ObservationRow, PlanRow
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets.dialogs import ask_reason, run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table
from ui.widgets.toolbars import add_action, toolbar


class ResearchTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("researchPages")
        self.pages.addTab(self._plans_page(), self.tr("Research plans"))
        self.pages.addTab(self._competitors_page(), self.tr("Competitors"))
        QVBoxLayout(self).addWidget(self.pages)
        self.refresh()

    # --- plans -------------------------------------------------------------------

    def _plans_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = toolbar(layout)
        bar.setObjectName("researchToolbar")
        self.new_action = add_action(self, bar, self.tr("&New plan..."), "Ctrl+N", self.new_plan)
        self.edit_action = add_action(self, bar, self.tr("&Edit..."), "", self.edit_plan)
        self.submit_action = add_action(self, bar, self.tr("S&ubmit"), "", self.submit)
        self.approve_action = add_action(self, bar, self.tr("&Approve"), "", self.approve)
        self.return_action = add_action(self, bar, self.tr("&Return..."), "", self.return_)
        self.new_action.setVisible(self.ctx.actor.can(P.PROPOSE))
        self.approve_action.setVisible(self.ctx.actor.can(P.APPROVE))
        self.return_action.setVisible(self.ctx.actor.can(P.APPROVE))
        self.plans: RowTableModel[PlanRow] = RowTableModel(
            [
                Column(lambda: self.tr("Plan"), lambda r: r.title),
                Column(
                    lambda: self.tr("From"),
                    lambda r: r.starts_on.isoformat(),
                    lambda r: r.starts_on,
                ),
                Column(lambda: self.tr("To"), lambda r: r.ends_on.isoformat(), lambda r: r.ends_on),
                Column(
                    lambda: self.tr("Budget"),
                    lambda r: format_money(r.budget_fen),
                    lambda r: r.budget_fen,
                ),
                Column(lambda: self.tr("Author"), lambda r: r.author_name),
                Column(lambda: self.tr("State"), lambda r: status_label(r.status)),
            ],
            self,
        )
        self.plan_view = record_table(self.plans, "researchPlans", (200, 90, 90, 90, 80))
        self.plan_view.selectionModel().currentRowChanged.connect(self._show_plan)
        detail = QWidget()
        right = QVBoxLayout(detail)
        self.plan_text = QLabel()
        self.plan_text.setObjectName("planDetail")
        self.plan_text.setWordWrap(True)
        self.plan_text.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        right.addWidget(self.plan_text)
        right.addWidget(QLabel(self.tr("Report: findings")))
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("findings")
        right.addWidget(self.findings, 1)
        right.addWidget(QLabel(self.tr("Files")))
        self.files = QListWidget()
        self.files.setObjectName("reportFiles")
        self.files.setMaximumHeight(90)
        self.files.setToolTip(self.tr("Double-click a file to save a copy."))
        self.files.itemDoubleClicked.connect(self.save_file)
        right.addWidget(self.files)
        buttons = QHBoxLayout()
        self.save_report_button = QPushButton(self.tr("Save report"))
        self.save_report_button.clicked.connect(self.save_report)
        self.attach_button = QPushButton(self.tr("Attach file..."))
        self.attach_button.clicked.connect(self.attach)
        buttons.addWidget(self.save_report_button)
        buttons.addWidget(self.attach_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.plan_view)
        split.addWidget(detail)
        split.setSizes([620, 560])
        layout.addWidget(split, 1)
        return page

    def current_plan(self) -> PlanRow | None:
        return self.plans.row_at(self.plan_view.currentIndex())

    def _show_plan(self, *_args) -> None:
        r = self.current_plan()
        if r is not None:
            r = self.ctx.services.research.get_plan(self.ctx.actor, r.id)
        actor = self.ctx.actor
        mine = r is not None and self.ctx.services.research.may_write(actor, r)
        self.edit_action.setEnabled(mine and r is not None and r.status in ("draft", "returned"))
        self.submit_action.setEnabled(self.edit_action.isEnabled())
        decide = r is not None and r.status == "submitted" and actor.can(P.APPROVE)
        decide = decide and r is not None and r.author_user_id != actor.user_id
        self.approve_action.setEnabled(decide)
        self.return_action.setEnabled(decide)
        reporting = mine and r is not None and r.status == "approved"
        self.findings.setReadOnly(not reporting)
        self.save_report_button.setEnabled(reporting)
        self.attach_button.setEnabled(reporting)
        self.files.clear()
        if r is None:
            self.plan_text.setText(self.tr("Choose a research plan, or start one with New plan."))
            self.findings.setPlainText("")
            return
        lines = [
            f"<b>{r.title}</b> · {status_label(r.status)}",
            self.tr("Purpose: %s") % r.purpose,
            self.tr("Method: %s") % r.method,
            self.tr("Sample: %s") % r.sample,
            self.tr("Budget: %s") % format_money(r.budget_fen),
        ]
        if r.status == "returned":
            lines.append(self.tr("Returned by %s: %s") % (r.decided_by, r.decision_note))
        elif r.status == "approved":
            lines.append(self.tr("Approved by %s") % r.decided_by)
        self.plan_text.setText("<br>".join(lines))
        self.findings.setPlainText(r.findings)
        for a in r.attachments:
            item = QListWidgetItem(f"{a.filename} ({a.size // 1024 + 1} KB)")
            item.setData(Qt.UserRole, a.id)
            self.files.addItem(item)

    def _publish(self, result) -> None:
        if result is not None:
            self.ctx.bus.publish(result.change)

    def new_plan(self) -> None:
        from ui.research.dialogs import PlanDialog

        dialog = PlanDialog(parent=self)
        if dialog.exec() and dialog.data is not None:
            data = dialog.data
            self._publish(
                run(self, lambda: self.ctx.services.research.create_plan(self.ctx.actor, data))
            )
            self.refresh()

    def edit_plan(self) -> None:
        from ui.research.dialogs import PlanDialog

        r = self.current_plan()
        if r is None:
            return
        dialog = PlanDialog(r, self)
        if dialog.exec() and dialog.data is not None:
            data = dialog.data
            s = self.ctx.services.research
            self._publish(run(self, lambda: s.update_plan(self.ctx.actor, r.id, r.version, data)))
            self.refresh()

    def submit(self) -> None:
        r = self.current_plan()
        if r is not None:
            s = self.ctx.services.research
            self._publish(run(self, lambda: s.submit(self.ctx.actor, r.id, r.version)))
            self.refresh()

    def approve(self) -> None:
        r = self.current_plan()
        if r is not None:
            s = self.ctx.services.research
            self._publish(run(self, lambda: s.approve(self.ctx.actor, r.id, r.version)))
            self.refresh()

    def return_(self) -> None:
        r = self.current_plan()
        if r is None:
            return
        reason = ask_reason(self, self.tr("Return the plan"), self.tr("Why is it returned?"))
        if reason:
            s = self.ctx.services.research
            self._publish(run(self, lambda: s.return_plan(self.ctx.actor, r.id, r.version, reason)))
            self.refresh()

    def save_report(self) -> None:
        r = self.current_plan()
        if r is not None:
            s, text = self.ctx.services.research, self.findings.toPlainText()
            self._publish(run(self, lambda: s.save_report(self.ctx.actor, r.id, r.version, text)))
            self.refresh()

    def attach(self) -> None:
        r = self.current_plan()
        if r is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file to the report"))
        if path:
            data = Path(path).read_bytes()
            s = self.ctx.services.research
            self._publish(
                run(self, lambda: s.add_attachment(self.ctx.actor, r.id, Path(path).name, data))
            )
            self.refresh()

    def save_file(self, item: QListWidgetItem) -> None:
        """A copy of a report file, where the user chooses (viewing it is their apps' job)."""
        s = self.ctx.services.research
        found = run(self, lambda: s.attachment_data(self.ctx.actor, item.data(Qt.UserRole)))
        if found is None:
            return
        name, _mime, data = found
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the file"), name)
        if path:
            Path(path).write_bytes(data)

    # --- competitors -----------------------------------------------------------------

    def _competitors_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = toolbar(layout)
        bar.setObjectName("competitorToolbar")
        self.add_competitor_action = add_action(
            self, bar, self.tr("New &competitor..."), "", self.add_competitor
        )
        self.observe_action = add_action(
            self, bar, self.tr("Add &observation..."), "", self.observe
        )
        self.add_competitor_action.setVisible(self.ctx.actor.can(P.OBSERVE))
        self.observe_action.setVisible(self.ctx.actor.can(P.OBSERVE))
        self.competitors: RowTableModel[CompetitorRow] = RowTableModel(
            [
                Column(lambda: self.tr("Institution"), lambda r: r.name),
                Column(lambda: self.tr("District"), lambda r: r.district),
                Column(lambda: self.tr("Courses"), lambda r: r.courses),
                Column(
                    lambda: self.tr("Price"),
                    lambda r: "" if r.price_fen is None else format_money(r.price_fen),
                    lambda r: r.price_fen or 0,
                ),
                Column(lambda: self.tr("Promotions"), lambda r: r.promotions),
                Column(
                    lambda: self.tr("Last seen"),
                    lambda r: r.last_observed.isoformat() if r.last_observed else "",
                ),
            ],
            self,
        )
        self.competitor_view = record_table(
            self.competitors, "competitors", (170, 70, 150, 90, 150)
        )
        self.competitor_view.selectionModel().currentRowChanged.connect(self._show_history)
        history = QWidget()
        right = QVBoxLayout(history)
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: bold;")
        right.addWidget(self.history_title)
        self.history: RowTableModel[ObservationRow] = RowTableModel(
            [
                Column(lambda: self.tr("Date"), lambda r: r.observed_on.isoformat()),
                Column(lambda: self.tr("By"), lambda r: r.observer_name),
                # Captured at a campus booth (app/booth/competitors.py): its event.
                Column(lambda: self.tr("Booth"), lambda r: r.booth_event),
                Column(
                    lambda: self.tr("What was seen"),
                    lambda r: " · ".join(x for x in (r.what, r.note) if x),
                ),
            ],
            self,
        )
        self.history_view = record_table(self.history, "competitorHistory", (90, 70, 110))
        self.history_view.setWordWrap(True)
        right.addWidget(self.history_view, 1)
        # The table's rows are one line high: the chosen observation is shown whole here.
        self.history_detail = QLabel()
        self.history_detail.setObjectName("observationDetail")
        self.history_detail.setWordWrap(True)
        right.addWidget(self.history_detail)
        self.history_view.selectionModel().currentRowChanged.connect(self._show_observation)
        split = QSplitter()
        split.addWidget(self.competitor_view)
        split.addWidget(history)
        split.setSizes([700, 480])
        layout.addWidget(split, 1)
        return page

    def current_competitor(self) -> CompetitorRow | None:
        return self.competitors.row_at(self.competitor_view.currentIndex())

    def _show_history(self, *_args) -> None:
        c = self.current_competitor()
        self.observe_action.setEnabled(c is not None)
        if c is None:
            self.history_title.setText(self.tr("Choose a competitor to see its history."))
            self.history.set_rows([])
            self._show_observation()
            return
        self.history_title.setText(self.tr("History of %s (newest first)") % c.name)
        self.history.set_rows(self.ctx.services.research.history(self.ctx.actor, c.id))
        if self.history.rowCount():
            self.history_view.setCurrentIndex(self.history.index(0, 0))

    def _observer(self, o: ObservationRow) -> str:
        """Who observed it, and the booth it was captured at (app/booth/competitors.py)."""
        if not o.booth_event:
            return o.observer_name
        return self.tr("%s, at the booth of %s") % (o.observer_name, o.booth_event)

    def _show_observation(self, *_args) -> None:
        o = self.history.row_at(self.history_view.currentIndex())
        if o is None:
            self.history_detail.setText("")
            return
        text = f"{o.observed_on.isoformat()} · {self._observer(o)}\n{o.what}"
        self.history_detail.setText(text + (f"\n{o.note}" if o.note else ""))

    def add_competitor(self) -> None:
        from ui.research.dialogs import ObservationDialog

        dialog = ObservationDialog(None, self)
        if dialog.exec() and dialog.data is not None:
            data, day = dialog.data, dialog.observed_on()
            s = self.ctx.services.research
            self._publish(run(self, lambda: s.add_competitor(self.ctx.actor, data, day)))
            self.refresh()

    def observe(self) -> None:
        from ui.research.dialogs import ObservationDialog

        c = self.current_competitor()
        if c is None:
            return
        dialog = ObservationDialog(c, self)
        if dialog.exec() and dialog.data is not None:
            data, day, note = dialog.data, dialog.observed_on(), dialog.note_text()
            s = self.ctx.services.research
            self._publish(
                run(
                    self,
                    lambda: s.record_observation(self.ctx.actor, c.id, c.version, data, day, note),
                )
            )
            self.refresh()

    # --- FeatureTab ----------------------------------------------------------------------

    def refresh(self) -> None:
        s, actor = self.ctx.services.research, self.ctx.actor
        self._reload(self.plans, self.plan_view, s.list_plans(actor), self.current_plan())
        self._show_plan()
        self._reload(
            self.competitors,
            self.competitor_view,
            s.list_competitors(actor),
            self.current_competitor(),
        )
        self._show_history()

    def _reload(self, model, view, rows, current) -> None:
        model.set_rows(rows)
        chosen = None
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            found = model.row_at(index)
            if current is not None and found is not None and found.id == current.id:
                chosen = index
                break
        if chosen is None and model.rowCount():
            chosen = model.index(0, 0)
        if chosen is not None:
            view.setCurrentIndex(chosen)
