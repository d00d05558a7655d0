"""The customer detail dialog: profile editor, timeline, quick actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.pipeline import ComplaintStatus, TrialStatus, status_label
from app.customers.rows import CustomerRow, TimelineEntry
from app.errors import ServiceError, ValidationError
from app.service import Change
from app.staff.permissions import StaffPermission
from ui.context import UiContext
from ui.customers.action_dialogs import (
    ComplaintDialog,
    ComplaintStepDialog,
    EnrollmentDialog,
    FollowUpDialog,
    PlanFollowUpDialog,
    StatusDialog,
    TrialDialog,
)
from ui.customers.profile_form import ProfileForm

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerDialog(QDialog):
    """Open with a customer id, or None for a new customer. Saves through the service;
    closing with unsaved edits asks first."""

    saved = Signal(int)
    openCustomer = Signal(int)

    def __init__(
        self, ctx: UiContext, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row: CustomerRow | None = None
        self._dirty = False
        self.resize(860, 600)

        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.status_button = QPushButton()
        self.status_button.setToolTip(self.tr("Change the pipeline status"))
        self.status_button.clicked.connect(self.change_status)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.status_button)

        self.form = ProfileForm(ctx)
        self.form.changed.connect(self._mark_dirty)
        self.form.openCustomer.connect(self.openCustomer)
        self.timeline = QTreeWidget()
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 90)
        self.timeline.itemActivated.connect(self._timeline_activated)
        self.timeline_empty = QLabel(self.tr("No history yet."))
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        actions = QHBoxLayout()
        can = ctx.actor.can
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text, slot, permission in (
            (
                "follow_up",
                self.tr("Record follow-up…"),
                self.add_follow_up,
                CustomerPermission.EDIT_FOLLOW_UPS,
            ),
            (
                "plan",
                self.tr("Plan follow-up…"),
                self.plan_follow_up,
                CustomerPermission.EDIT_FOLLOW_UPS,
            ),
            ("trial", self.tr("Book trial…"), self.book_trial, CustomerPermission.EDIT_TRIALS),
            (
                "enrollment",
                self.tr("Enrollment…"),
                self.add_enrollment,
                CustomerPermission.EDIT_ENROLLMENTS,
            ),
            (
                "complaint",
                self.tr("Complaint…"),
                self.add_complaint,
                CustomerPermission.EDIT_COMPLAINTS,
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            button.setVisible(can(permission))
            actions.addWidget(button)
            self.action_buttons[key] = button
        actions.addStretch(1)
        self.timeline_hint = QLabel(
            self.tr(
                "Double-click a trial, a planned follow-up or a complaint to record what happened."
            )
        )
        self.timeline_hint.setWordWrap(True)
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.addLayout(actions)
        history_layout.addWidget(self.timeline, 1)
        history_layout.addWidget(self.timeline_empty)
        history_layout.addWidget(self.timeline_hint)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Profile"))
        self.tabs.addTab(history, self.tr("History"))

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self, activated=lambda: self.add_follow_up())
        self.load(customer_id)

    # --- loading ---------------------------------------------------------------------

    def load(self, customer_id: int | None) -> None:
        self.row = (
            self.ctx.services.customers.get_customer(self.ctx.actor, customer_id)
            if customer_id is not None
            else None
        )
        self.form.load(self.row)
        self._dirty = False
        existing = self.row is not None
        self.tabs.setTabEnabled(1, existing)
        self.status_button.setVisible(existing)
        editable = self.ctx.actor.can(CustomerPermission.EDIT_CUSTOMERS) and not (
            self.row is not None and self.row.masked
        )
        self.save_button.setEnabled(editable)
        if existing:
            self.setWindowTitle(self.tr("Customer %s") % self.row.name)
            self.header.setText(f"{self.row.name}  ·  #{self.row.id}")
            self.status_button.setText(self.tr("Status: %s ▾") % status_label(self.row.status))
            self.status_button.setEnabled(editable)
            self.refresh_timeline()
        else:
            self.setWindowTitle(self.tr("New customer"))
            self.header.setText(self.tr("New customer"))
        self.form.name.setFocus()

    def refresh_timeline(self) -> None:
        self.timeline.clear()
        entries = self.ctx.services.customers.timeline(self.ctx.actor, self.row.id)
        kinds = {
            "status": self.tr("Status"),
            "follow_up": self.tr("Follow-up"),
            "trial": self.tr("Trial class"),
            "enrollment": self.tr("Enrollment"),
            "complaint": self.tr("Complaint"),
        }
        # What is planned stands apart from what happened (a trial next week is not the
        # newest event): two groups when there is anything planned.
        planned = [e for e in entries if e.planned]
        parent = self.timeline.invisibleRootItem()
        groups = (
            [(self.tr("Planned"), planned), (self.tr("History"), entries[len(planned) :])]
            if planned
            else [("", entries)]
        )
        for title, group in groups:
            target = parent
            if title:
                target = QTreeWidgetItem([title])
                target.setFirstColumnSpanned(True)
                font = target.font(0)
                font.setBold(True)
                target.setFont(0, font)
                target.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.addChild(target)
                target.setExpanded(True)
            for entry in group:
                when = (
                    entry.when.astimezone().date().isoformat()
                    if entry.date_only
                    else entry.when.astimezone().strftime("%Y-%m-%d %H:%M")
                )
                item = QTreeWidgetItem([when, kinds.get(entry.kind, entry.kind), entry.summary])
                item.setData(0, RECORD_ROLE, entry)
                item.setToolTip(2, entry.summary)
                target.addChild(item)
        self.timeline.setRootIsDecorated(bool(planned))
        # The groups indent their items: the time column grows by that much.
        self.timeline.setColumnWidth(0, 130 + (2 * self.timeline.indentation() if planned else 0))
        self.timeline_empty.setVisible(not entries)
        self.timeline.setVisible(bool(entries))

    def _mark_dirty(self) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    # --- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        self.form.clear_errors()
        service = self.ctx.services.customers
        try:
            if self.row is None:
                row = service.create_customer(self.ctx.actor, self.form.value())
            else:
                row = service.update_customer(
                    self.ctx.actor, self.row.id, self.row.version, self.form.value()
                )
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            self.form.show_error(exc)
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return False
        self.ctx.bus.publish(row.change)
        self.saved.emit(row.id)
        self.load(row.id)
        return True

    def _after_action(self, change: Change) -> None:
        """A quick action changed the customer: reload (keeping unsaved profile edits)."""
        self.ctx.bus.publish(change)
        if self._dirty:
            self.row = self.ctx.services.customers.get_customer(self.ctx.actor, self.row.id)
            self.status_button.setText(self.tr("Status: %s ▾") % status_label(self.row.status))
            self.refresh_timeline()
        else:
            self.load(self.row.id)
        self.tabs.setCurrentIndex(1)

    def closeEvent(self, event) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this customer before closing?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        self.close()

    # --- quick actions ---------------------------------------------------------------

    def _run_dialog(self, dialog) -> bool:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_action(dialog.change)
            return True
        return False

    def add_follow_up(self, planned=None) -> None:
        if self.row is None or not self.ctx.actor.can(CustomerPermission.EDIT_FOLLOW_UPS):
            return
        service, actor, cid = self.ctx.services.customers, self.ctx.actor, self.row.id

        def run(method, content, **kw):
            if planned is not None:
                kw.update(planned_id=planned.id, planned_version=planned.version)
            return service.record_follow_up(actor, cid, method, content, **kw)

        self._run_dialog(FollowUpDialog(run, self, method=planned.method if planned else "phone"))

    def plan_follow_up(self) -> None:
        service, actor, cid = self.ctx.services.customers, self.ctx.actor, self.row.id
        self._run_dialog(
            PlanFollowUpDialog(
                lambda due, method, note: service.plan_follow_up(actor, cid, due, method, note),
                self,
            )
        )

    def book_trial(self) -> None:
        service, actor, cid = self.ctx.services.customers, self.ctx.actor, self.row.id
        self._run_dialog(
            TrialDialog(
                lambda when, **kw: service.book_trial(actor, cid, when, **kw),
                service.list_courses(actor),
                self,
            )
        )

    def add_enrollment(self) -> None:
        service, actor, cid = self.ctx.services.customers, self.ctx.actor, self.row.id
        self._run_dialog(
            EnrollmentDialog(
                lambda data: service.add_enrollment(actor, cid, data),
                service.list_courses(actor),
                self,
                sellers=self._staff_choices(),
                seller_id=self.row.owner_id,
            )
        )

    def _staff_choices(self) -> list[tuple[int, str]]:
        if not self.ctx.actor.can(StaffPermission.VIEW_STAFF):
            return []
        return [
            (s.id, s.name)
            for s in self.ctx.services.staff.list_staff(self.ctx.actor, include_inactive=False)
        ]

    def add_complaint(self) -> None:
        service, actor, cid = self.ctx.services.customers, self.ctx.actor, self.row.id
        self._run_dialog(
            ComplaintDialog(
                lambda content, **kw: service.receive_complaint(actor, cid, content, **kw),
                self,
                handlers=self._staff_choices(),
            )
        )

    def change_status(self) -> None:
        service, actor, row = self.ctx.services.customers, self.ctx.actor, self.row
        self._run_dialog(
            StatusDialog(
                row.status,
                lambda target, reason: service.change_status(
                    actor, row.id, row.version, target, reason
                ),
                self,
            )
        )

    def _timeline_activated(self, item: QTreeWidgetItem) -> None:
        entry: TimelineEntry | None = item.data(0, RECORD_ROLE)
        if entry is None:  # a group title
            return
        service, actor = self.ctx.services.customers, self.ctx.actor
        try:
            if entry.kind == "follow_up" and entry.status == "planned":
                planned = next(
                    f
                    for f in service.list_follow_ups(actor, self.row.id)
                    if f.id == entry.record_id
                )
                self.add_follow_up(planned)
            elif entry.kind == "trial" and entry.status == TrialStatus.BOOKED:
                self._trial_outcome(entry.record_id)
            elif entry.kind == "complaint" and entry.status != ComplaintStatus.CLOSED:
                complaint = next(
                    c
                    for c in service.list_complaints(actor, self.row.id)
                    if c.id == entry.record_id
                )
                self._run_dialog(
                    ComplaintStepDialog(
                        complaint.status,
                        lambda target, text: service.set_complaint_status(
                            actor, complaint.id, complaint.version, target, text
                        ),
                        self,
                    )
                )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)

    def _trial_outcome(self, trial_id: int) -> None:
        service, actor = self.ctx.services.customers, self.ctx.actor
        trial = next(t for t in service.list_trials(actor, self.row.id) if t.id == trial_id)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Trial class"))
        box.setText(
            self.tr("What happened at the trial class on %s?")
            % trial.scheduled_at.astimezone().strftime("%Y-%m-%d %H:%M")
        )
        choices = {
            box.addButton(
                self.tr("Attended"), QMessageBox.ButtonRole.AcceptRole
            ): TrialStatus.ATTENDED,
            box.addButton(
                self.tr("No-show"), QMessageBox.ButtonRole.AcceptRole
            ): TrialStatus.NO_SHOW,
            box.addButton(
                self.tr("Cancelled"), QMessageBox.ButtonRole.AcceptRole
            ): TrialStatus.CANCELLED,
        }
        box.addButton(self.tr("Back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        target = choices.get(box.clickedButton())
        if target is not None:
            row = service.set_trial_status(actor, trial.id, trial.version, target)
            self._after_action(row.change)
