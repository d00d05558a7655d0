"""Today panel: the logged-in user's due and overdue follow-ups and trials (and open
complaints for customer service); right-click records what happened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers.permissions import CustomerPermission
from app.customers.pipeline import (
    TRIAL_FLOW,
    TrialStatus,
    complaint_label,
    method_label,
    trial_label,
)
from app.customers.rows import FollowUpRow, TodayItems, TrialRow
from app.errors import ServiceError
from ui.context import UiContext
from ui.customers.action_dialogs import FollowUpDialog

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2  # the FollowUpRow / TrialRow of the item
OVERDUE = QColor("#b00020")


class TodayPanel(QWidget):
    openCustomer = Signal(int)
    countChanged = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = TodayItems()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Due"), self.tr("Customer"), self.tr("Task")])
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 96)
        self.tree.setColumnWidth(1, 80)
        self.tree.itemActivated.connect(self._activated)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.empty = QLabel(self.tr("Nothing due today. Well done!"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)

    def refresh(self) -> None:
        self.items = self.ctx.services.customers.today(self.ctx.actor)
        self.tree.clear()
        follow_ups = QTreeWidgetItem([self.tr("Follow-ups (%d)") % len(self.items.follow_ups)])
        trials = QTreeWidgetItem([self.tr("Trial classes (%d)") % len(self.items.trials)])
        for f in self.items.follow_ups:
            item = QTreeWidgetItem(
                [
                    f.due_on.strftime("%m-%d"),
                    f.customer_name,
                    method_label(f.method) + (f": {f.content}" if f.content else ""),
                ]
            )
            if self.items.follow_up_overdue(f):
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("Overdue since %s") % f.due_on.isoformat())
            item.setData(0, CUSTOMER_ROLE, f.customer_id)
            item.setData(0, RECORD_ROLE, f)
            follow_ups.addChild(item)
        for t in self.items.trials:
            item = QTreeWidgetItem(
                [
                    t.scheduled_at.astimezone().strftime("%m-%d %H:%M"),
                    t.customer_name,
                    t.course_name or self.tr("Trial class"),
                ]
            )
            if self.items.trial_overdue(t):
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("The outcome of this trial was never recorded."))
            item.setData(0, CUSTOMER_ROLE, t.customer_id)
            item.setData(0, RECORD_ROLE, t)
            trials.addChild(item)
        groups = [follow_ups, trials]
        if self.items.complaints:
            complaints = QTreeWidgetItem([self.tr("Complaints (%d)") % len(self.items.complaints)])
            now = dt.datetime.now(dt.UTC)
            for c in self.items.complaints:
                deadline = c.response_deadline.astimezone()
                item = QTreeWidgetItem(
                    [
                        deadline.strftime("%m-%d %H:%M"),
                        c.customer_name,
                        f"{complaint_label(c.status)}: {c.content}",
                    ]
                )
                item.setToolTip(0, self.tr("Respond by %s") % deadline.strftime("%Y-%m-%d %H:%M"))
                if c.overdue(now):
                    item.setForeground(0, QBrush(OVERDUE))
                item.setData(0, CUSTOMER_ROLE, c.customer_id)
                complaints.addChild(item)
            groups.append(complaints)
        self.tree.addTopLevelItems(groups)
        for group in groups:
            group.setFirstColumnSpanned(True)  # only works once the item is in the tree
        self.tree.expandAll()
        count = self.items.count
        self.title.setText(self.tr("Today: %d due, %d overdue") % (count, self.items.overdue_count))
        self.tree.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.countChanged.emit(count)

    def _activated(self, item: QTreeWidgetItem) -> None:
        customer_id = item.data(0, CUSTOMER_ROLE)
        if customer_id is not None:
            self.openCustomer.emit(customer_id)

    # --- quick actions (right-click) -------------------------------------------------

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        record = item.data(0, RECORD_ROLE) if item is not None else None
        if record is None:
            return
        menu = QMenu(self)
        menu.addAction(
            self.tr("Open customer"), lambda: self.openCustomer.emit(item.data(0, CUSTOMER_ROLE))
        )
        for text, run in self.actions_for(record):
            menu.addAction(text, run)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def actions_for(self, record) -> list[tuple[str, object]]:
        """(label, callable) quick actions for a follow-up or trial of the panel."""
        if isinstance(record, FollowUpRow):
            if not self.ctx.actor.can(CustomerPermission.EDIT_FOLLOW_UPS):
                return []
            return [(self.tr("Record follow-up…"), lambda: self.record_follow_up(record))]
        if not self.ctx.actor.can(CustomerPermission.EDIT_TRIALS):
            return []
        return [
            (trial_label(status), lambda status=status: self.set_trial(record, status))
            for status in sorted(TRIAL_FLOW[TrialStatus.BOOKED], key=list(TrialStatus).index)
        ]

    def record_follow_up(self, planned: FollowUpRow) -> bool:
        service, actor = self.ctx.services.customers, self.ctx.actor

        def run(method, content, **kw):
            return service.record_follow_up(
                actor,
                planned.customer_id,
                method,
                content,
                planned_id=planned.id,
                planned_version=planned.version,
                **kw,
            )

        dialog = FollowUpDialog(run, self, method=planned.method)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.bus.publish(dialog.change)
            return True
        return False

    def set_trial(self, trial: TrialRow, status: str) -> None:
        try:
            row = self.ctx.services.customers.set_trial_status(
                self.ctx.actor, trial.id, trial.version, status
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        self.ctx.bus.publish(row.change)
