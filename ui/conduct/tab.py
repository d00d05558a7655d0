"""The Conduct tab (员工行为): a period, a summary per person, the records of the
period (all people in view, or the one chosen), and what each role may do with them:
record, edit, withdraw, approve leave and import (managers); acknowledge, object and
ask for leave (everyone, for themselves); print a person's record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
)

from app.conduct.kinds import SUBKINDS, ack_label, kind_label, status_label, subkind_label
from app.conduct.permissions import ConductPermission
from app.conduct.records import RecordRow
from app.conduct.service import RecordFilter
from app.conduct.summary import PersonSummary, period_of
from app.errors import ServiceError
from app.validation import MAX_YEAR, MIN_YEAR
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.widgets.dialogs import ask_reason, ask_save_path, run
from ui.widgets.messages import show_error
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table
from ui.widgets.toolbars import add_action, toolbar


def _points(value: float) -> str:
    return f"{value:+g}" if value else "0"


class ConductTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.can_record = actor.can(ConductPermission.RECORD)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.span = QComboBox()
        self.span.setObjectName("span")
        self.span.addItem(self.tr("Month"), "month")
        self.span.addItem(self.tr("Quarter"), "quarter")
        self.span.addItem(self.tr("Year"), "year")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(MIN_YEAR, MAX_YEAR)
        today = dt.date.today()
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.part.setObjectName("part")
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.kind = QComboBox()
        self.kind.setObjectName("kindFilter")
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in SUBKINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.answer = QComboBox()
        self.answer.setObjectName("answerFilter")
        self.answer.addItem(self.tr("Any answer"), None)
        for state in ("pending", "objected", "acknowledged"):
            self.answer.addItem(ack_label(state), state)
        for label, widget in (
            (self.tr("Period:"), self.span),
            (None, self.year),
            (None, self.part),
            (self.tr("Staff:"), self.person),
            (self.tr("Kind:"), self.kind),
            (None, self.answer),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch()
        layout.addLayout(filters)

        bar = toolbar(layout)
        bar.setObjectName("conductToolbar")
        self.new_action = add_action(self, bar, self.tr("&New record"), "Ctrl+N", self.new)
        self.edit_action = add_action(self, bar, self.tr("&Edit"), "Ctrl+E", self.edit)
        self.leave_action = add_action(
            self, bar, self.tr("Ask for &leave"), "Ctrl+Shift+L", self.ask_leave
        )
        self.approve_action = add_action(self, bar, self.tr("&Approve leave"), "", self.approve)
        self.reject_action = add_action(self, bar, self.tr("&Reject leave"), "", self.reject_leave)
        self.ack_action = add_action(self, bar, self.tr("Ac&knowledge"), "Ctrl+K", self.acknowledge)
        self.object_action = add_action(self, bar, self.tr("&Object..."), "", self.object_to)
        self.void_action = add_action(self, bar, self.tr("&Withdraw..."), "", self.withdraw)
        self.open_action = add_action(self, bar, self.tr("Open e&vidence"), "", self.open_evidence)
        bar.addSeparator()
        self.import_action = add_action(
            self, bar, self.tr("&Import attendance..."), "Ctrl+I", self.import_attendance
        )
        self.print_action = add_action(
            self, bar, self.tr("&Print record..."), "Ctrl+P", self.print_record
        )
        self.rules_action = add_action(self, bar, self.tr("R&ules..."), "", self.show_rules)
        self.new_action.setVisible(self.can_record)
        self.edit_action.setVisible(self.can_record)
        self.void_action.setVisible(self.can_record)
        self.approve_action.setVisible(actor.can(ConductPermission.APPROVE_LEAVE))
        self.reject_action.setVisible(actor.can(ConductPermission.APPROVE_LEAVE))
        self.import_action.setVisible(actor.can(ConductPermission.IMPORT_ATTENDANCE))
        self.leave_action.setVisible(
            actor.can(ConductPermission.REQUEST_LEAVE) and actor.staff_id is not None
        )
        self.ack_action.setVisible(actor.staff_id is not None)
        self.object_action.setVisible(actor.staff_id is not None)

        self.summary_model: RowTableModel[PersonSummary] = RowTableModel(
            self._summary_columns(), self
        )
        self.summary_view = record_table(
            self.summary_model, "conductSummary", (90, 80, 50, 50, 70, 70, 75, 85, 70, 90, 60, 80)
        )
        self.summary_view.doubleClicked.connect(self._choose_person_from_summary)
        self.summary_view.setToolTip(self.tr("Double-click a person to see only their records."))
        self.records_model: RowTableModel[RecordRow] = RowTableModel(self._record_columns(), self)
        self.records_view = record_table(
            self.records_model, "conductRecords", (130, 80, 110, 190, 50, 80, 150, 80, 40)
        )
        self.records_view.doubleClicked.connect(self._open_record)
        self.records_view.selectionModel().currentRowChanged.connect(self._update_actions)
        self.detail = QLabel()
        self.detail.setObjectName("recordDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setStyleSheet("color: gray;")
        self.empty.setWordWrap(True)
        lower = QSplitter(Qt.Orientation.Vertical)
        lower.setObjectName("conductSplitter")
        lower.addWidget(self.summary_view)
        lower.addWidget(self.records_view)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        layout.addWidget(lower, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        self.rules = QLabel()
        self.rules.setObjectName("rulesLine")
        self.rules.setStyleSheet("color: gray;")
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)

        self._fill_parts(today)
        self._fill_people()
        self.span.currentIndexChanged.connect(lambda: (self._fill_parts(None), self.refresh()))
        for combo in (self.part, self.person, self.kind, self.answer):
            combo.currentIndexChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.refresh()

    # --- columns ---------------------------------------------------------------

    def _summary_columns(self) -> list[Column[PersonSummary]]:
        def number(title: str, get) -> Column[PersonSummary]:
            return Column(lambda: title, lambda s: f"{get(s):g}", get, align_right=True)

        return [
            Column(lambda: self.tr("Name"), lambda s: s.name),
            Column(lambda: self.tr("Department"), lambda s: s.department),
            number(self.tr("Lates"), lambda s: s.lates),
            number(self.tr("Early"), lambda s: s.early_leaves),
            number(self.tr("Absences"), lambda s: s.absences),
            number(self.tr("Leave (h)"), lambda s: s.leave_hours),
            number(self.tr("Discipline"), lambda s: s.discipline),
            number(self.tr("Demeanour"), lambda s: s.demeanor),
            number(self.tr("Honours"), lambda s: s.commendations),
            number(self.tr("Training (h)"), lambda s: s.training_hours),
            Column(
                lambda: self.tr("Points"), lambda s: _points(s.points), lambda s: s.points, True
            ),
            number(self.tr("To answer"), lambda s: s.pending),
            number(self.tr("Objections"), lambda s: s.objections),
        ]

    def _record_columns(self) -> list[Column[RecordRow]]:
        def day(r: RecordRow) -> str:
            if r.ends_on:
                return f"{r.occurred_on.isoformat()} – {r.ends_on.strftime('%m-%d')}"
            return r.occurred_on.isoformat()

        def item(r: RecordRow) -> str:
            text = subkind_label(r.subkind)
            if r.minutes:
                text += self.tr(" (%d min)") % r.minutes
            if r.hours:
                text += self.tr(" (%g h)") % r.hours
            return text

        def points(r: RecordRow) -> str:
            return _points(r.points) if r.status in ("recorded", "approved") else "—"

        def answer(r: RecordRow) -> str:
            # Nothing counts (yet, or any more): nothing to answer.
            if r.status in ("requested", "rejected", "voided"):
                return "—"
            return ack_label(r.ack_state)

        return [
            Column(lambda: self.tr("Date"), day, lambda r: (r.occurred_on, r.id)),
            Column(lambda: self.tr("Staff"), lambda r: r.staff_name),
            Column(lambda: self.tr("Kind"), lambda r: kind_label(r.kind)),
            Column(lambda: self.tr("Item"), item),
            Column(lambda: self.tr("Points"), points, lambda r: r.points, True),
            Column(lambda: self.tr("Status"), lambda r: status_label(r.status)),
            Column(lambda: self.tr("Answer"), answer),
            Column(lambda: self.tr("Recorded by"), lambda r: r.recorder_name),
            Column(lambda: self.tr("Files"), lambda r: str(len(r.attachments) or "")),
            Column(lambda: self.tr("Note"), lambda r: r.note.replace("\n", " ")),
        ]

    # --- filters ---------------------------------------------------------------

    def _fill_parts(self, today: dt.date | None) -> None:
        span = self.span.currentData()
        current = self.part.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if span == "month":
            for month in range(1, 13):
                self.part.addItem(QDate(2000, month, 1).toString("MMM"), month)
            wanted = today.month if today else current
        elif span == "quarter":
            for quarter in range(1, 5):
                self.part.addItem(self.tr("Q%d") % quarter, quarter)
            wanted = (today.month - 1) // 3 + 1 if today else 1
        else:
            wanted = None
        self.part.setVisible(span != "year")
        self.part.setCurrentIndex(max(0, self.part.findData(wanted)))
        self.part.blockSignals(False)

    def _fill_people(self) -> None:
        self.person.blockSignals(True)
        current = self.person.currentData()
        self.person.clear()
        people = self.ctx.services.conduct.people(self.ctx.actor)
        if len(people) != 1:
            self.person.addItem(self.tr("Everyone in view"), None)
        for staff_id, name in people:
            self.person.addItem(name, staff_id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        span, part, year = self.span.currentData(), self.part.currentData(), self.year.value()
        if span == "month":
            return period_of(year, month=part)
        if span == "quarter":
            return period_of(year, quarter=part)
        return period_of(year)

    # --- FeatureTab ------------------------------------------------------------

    def refresh(self) -> None:
        start, end = self.period()
        conduct, actor = self.ctx.services.conduct, self.ctx.actor
        person = self.person.currentData()
        summary = conduct.summary(actor, start, end)
        if person is not None:
            summary = [s for s in summary if s.staff_id == person]
        self.summary_model.set_rows(summary)
        current = self.current()
        records = conduct.list_records(
            actor,
            RecordFilter(
                start,
                end,
                staff_id=person,
                kind=self.kind.currentData(),
                ack_state=self.answer.currentData(),
            ),
        )
        self.records_model.set_rows(records)
        if current is not None:
            for row in range(self.records_model.rowCount()):
                index = self.records_model.index(row, 0)
                found = self.records_model.row_at(index)
                if found is not None and found.id == current.id:
                    self.records_view.setCurrentIndex(index)
                    break
        self.empty.setVisible(not records)
        self.empty.setText(
            self.tr("No conduct records in %s to %s.") % (start.isoformat(), end.isoformat())
            + (
                " " + self.tr("Add one with New record (Ctrl+N) or import attendance (Ctrl+I).")
                if self.can_record
                else ""
            )
        )
        rules = conduct.rules(actor)
        self.rules.setText(
            self.tr(
                "Rules: %d lates in a month count as one absence; the points of each kind of "
                "record are under Rules."
            )
            % rules.lates_per_absence
            if rules.lates_per_absence
            else self.tr("Rules: the points of each kind of record are under Rules.")
        )
        self._update_actions()

    def title_suffix(self) -> str:
        pending = sum(
            1
            for r in self.records_model.rows()
            if r.staff_id == self.ctx.actor.staff_id
            and r.ack_state == "pending"
            and r.status in ("recorded", "approved")
        )
        return str(pending) if pending else ""

    # --- selection -------------------------------------------------------------

    def current(self) -> RecordRow | None:
        return self.records_model.row_at(self.records_view.currentIndex())

    def _update_actions(self, *_args) -> None:
        r = self.current()
        mine = r is not None and r.staff_id == self.ctx.actor.staff_id
        live = r is not None and r.status in ("recorded", "approved")
        self.edit_action.setEnabled(live and (not mine or self._admin()))
        self.void_action.setEnabled(
            r is not None and r.status != "voided" and (not mine or self._admin())
        )
        requested = r is not None and r.status == "requested" and (not mine or self._admin())
        self.approve_action.setEnabled(requested)
        self.reject_action.setEnabled(requested)
        self.ack_action.setEnabled(
            mine and live and r is not None and r.ack_state != "acknowledged"
        )
        self.object_action.setEnabled(mine and live)
        self.open_action.setEnabled(r is not None and bool(r.attachments))
        self.print_action.setEnabled(self._print_person() is not None)
        self.detail.setText(self._detail(r) if r is not None else "")

    def _admin(self) -> bool:
        return self.ctx.actor.can(ConductPermission.VIEW_ALL)

    def _detail(self, r: RecordRow) -> str:
        parts = [
            f"{r.staff_name} · {r.occurred_on.isoformat()} · {kind_label(r.kind)} · "
            f"{subkind_label(r.subkind)} · {status_label(r.status)}"
        ]
        if r.note:
            parts.append(self.tr("Note: %s") % r.note)
        if r.decided_by:
            decision = self.tr("Decided by %s") % r.decided_by
            parts.append(decision + (f": {r.decision_note}" if r.decision_note else ""))
        if r.objection:
            parts.append(self.tr("Objection: %s") % r.objection)
        if r.attachments:
            parts.append(self.tr("Evidence: %s") % ", ".join(a.filename for a in r.attachments))
        return "\n".join(parts)

    def _choose_person_from_summary(self, index) -> None:
        row = self.summary_model.row_at(index)
        if row is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(row.staff_id)))

    def _print_person(self) -> int | None:
        person = self.person.currentData()
        if person is not None:
            return person
        chosen = self.summary_model.row_at(self.summary_view.currentIndex())
        if chosen is not None:
            return chosen.staff_id
        return self.ctx.actor.staff_id if self.person.count() == 1 else None

    # --- actions ---------------------------------------------------------------

    def new(self) -> None:
        from ui.conduct.record_dialog import RecordDialog

        if self.can_record:
            RecordDialog(self.ctx, None, self, staff_id=self.person.currentData()).exec()

    def edit(self) -> None:
        from ui.conduct.record_dialog import RecordDialog

        r = self.current()
        if r is not None and self.edit_action.isEnabled():
            RecordDialog(self.ctx, r, self).exec()

    def _open_record(self, *_args) -> None:
        if self.can_record and self.edit_action.isEnabled():
            self.edit()

    def ask_leave(self) -> None:
        from ui.conduct.record_dialog import RecordDialog

        RecordDialog(self.ctx, None, self, leave_request=True).exec()

    def _publish(self, result) -> None:
        if result is not None:
            self.ctx.bus.publish(result.change)

    def approve(self) -> None:
        r = self.current()
        if r is not None:
            conduct = self.ctx.services.conduct
            self._publish(
                run(self, lambda: conduct.decide_leave(self.ctx.actor, r.id, r.version, True))
            )

    def reject_leave(self) -> None:
        r = self.current()
        if r is None:
            return
        reason = ask_reason(self, self.tr("Reject leave"), self.tr("Why is the leave refused?"))
        if reason:
            conduct = self.ctx.services.conduct
            self._publish(
                run(
                    self,
                    lambda: conduct.decide_leave(self.ctx.actor, r.id, r.version, False, reason),
                )
            )

    def acknowledge(self) -> None:
        r = self.current()
        if r is not None:
            conduct = self.ctx.services.conduct
            self._publish(run(self, lambda: conduct.acknowledge(self.ctx.actor, r.id, r.version)))

    def object_to(self) -> None:
        r = self.current()
        if r is None:
            return
        reason = ask_reason(
            self,
            self.tr("Object to the record"),
            self.tr("What is wrong with this record? Your manager sees your objection."),
            self._detail(r),
        )
        if reason:
            conduct = self.ctx.services.conduct
            self._publish(
                run(self, lambda: conduct.object_to(self.ctx.actor, r.id, r.version, reason))
            )

    def withdraw(self) -> None:
        r = self.current()
        if r is None:
            return
        reason = ask_reason(
            self,
            self.tr("Withdraw the record"),
            self.tr("Why is the record withdrawn? It stays in the history and counts nothing."),
            self._detail(r),
        )
        if reason:
            conduct = self.ctx.services.conduct
            self._publish(
                run(self, lambda: conduct.void_record(self.ctx.actor, r.id, r.version, reason))
            )

    def open_evidence(self) -> None:
        import tempfile
        from pathlib import Path

        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        r = self.current()
        if r is None or not r.attachments:
            return
        try:
            name, _mime, data = self.ctx.services.conduct.attachment_data(
                self.ctx.actor, r.attachments[0].id
            )
        except ServiceError as exc:
            show_error(self, exc)
            return
        folder = Path(tempfile.mkdtemp(prefix="marketdesk-evidence-"))
        path = folder / name
        path.write_bytes(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def import_attendance(self) -> None:
        from ui.conduct.import_dialog import AttendanceImportDialog

        if self.import_action.isVisible():
            AttendanceImportDialog(self.ctx, self).exec()

    def show_rules(self) -> None:
        from ui.conduct.rules_dialog import ConductRulesDialog

        ConductRulesDialog(self.ctx, self).exec()

    def print_record(self) -> None:
        staff_id = self._print_person()
        if staff_id is None:
            return
        start, end = self.period()
        name = self.person.itemText(max(0, self.person.findData(staff_id)))
        target = ask_save_path(
            self,
            self.ctx.qsettings(),
            "conduct/print_folder",
            self.tr("Save the conduct record"),
            f"员工行为记录表-{name}-{start.isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is None:
            return
        conduct = self.ctx.services.conduct
        self._publish_change(
            run(self, lambda: conduct.print_record(self.ctx.actor, staff_id, start, end, target))
        )

    def _publish_change(self, change) -> None:
        if change is not None:
            self.ctx.bus.publish(change)
