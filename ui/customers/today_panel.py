"""Today panel: the logged-in user's due and overdue follow-ups and trials (and open
complaints for customer service); right-click records what happened."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QToolButton,
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
    """Folds to a narrow strip (its toggle button) on request, and by itself while it has
    nothing to show, so that the customers table keeps the width."""

    openCustomer = Signal(int)
    countChanged = Signal(int)
    collapsedChanged = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.items = TodayItems()
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.toggle = QToolButton()
        self.toggle.setAutoRaise(True)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self.collapsed, by_user=True))
        self.collapsed = False
        self._user_choice: bool | None = None  # collapsed by hand (True) or opened (False)
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
        header = QHBoxLayout()
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addStretch(0)
        self._show_state()

    def set_collapsed(self, collapsed: bool, *, by_user: bool = False) -> None:
        """Fold the panel to its toggle button (or open it). A choice made by hand holds
        until the next one; otherwise the panel is folded exactly while it is empty."""
        if by_user:
            self._user_choice = collapsed
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self._show_state()
        self.collapsedChanged.emit(collapsed)

    def _show_state(self) -> None:
        count = self.items.count
        self.title.setVisible(not self.collapsed)
        self.tree.setVisible(not self.collapsed and count > 0)
        self.empty.setVisible(not self.collapsed and count == 0)
        self.toggle.setArrowType(
            Qt.ArrowType.LeftArrow if self.collapsed else Qt.ArrowType.RightArrow
        )
        self.toggle.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextUnderIcon
            if self.collapsed
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        self.toggle.setText(str(count) if count else "")
        self.toggle.setToolTip(
            self.title.text() + "\n" + (self.tr("Show") if self.collapsed else self.tr("Hide"))
        )
        # Folded: as wide as the toggle, so a splitter gives the rest to the table.
        self.setMaximumWidth(self.toggle.sizeHint().width() if self.collapsed else 16_777_215)

    def refresh(self) -> None:
        self.items = self.ctx.services.customers.today(self.ctx.actor)
        self.tree.clear()
        follow_ups = QTreeWidgetItem([self.tr("Follow-ups (%d)") % len(self.items.follow_ups)])
        trials = QTreeWidgetItem([self.tr("Trial classes (%d)") % len(self.items.trials)])
        for f in self.items.follow_ups:
            item = QTreeWidgetItem(
                [
                    self.items.day_text(f.due_on),
                    f.customer_name,
                    method_label(f.method) + (f": {f.content}" if f.content else ""),
                ]
            )
            if self.items.overdue(f):
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("Overdue since %s") % f.due_on.isoformat())
            item.setData(0, CUSTOMER_ROLE, f.customer_id)
            item.setData(0, RECORD_ROLE, f)
            follow_ups.addChild(item)
        for t in self.items.trials:
            item = QTreeWidgetItem(
                [
                    self.items.time_text(t.scheduled_at),
                    t.customer_name,
                    t.course_name or self.tr("Trial class"),
                ]
            )
            if self.items.overdue(t):
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("The outcome of this trial was never recorded."))
            item.setData(0, CUSTOMER_ROLE, t.customer_id)
            item.setData(0, RECORD_ROLE, t)
            trials.addChild(item)
        groups = [follow_ups, trials]
        if self.items.complaints:
            complaints = QTreeWidgetItem([self.tr("Complaints (%d)") % len(self.items.complaints)])
            for c in self.items.complaints:
                deadline = c.response_deadline.astimezone()
                item = QTreeWidgetItem(
                    [
                        self.items.time_text(c.response_deadline),
                        c.customer_name,
                        f"{complaint_label(c.status)}: {c.content}",
                    ]
                )
                item.setToolTip(0, self.tr("Respond by %s") % deadline.strftime("%Y-%m-%d %H:%M"))
                if self.items.overdue(c):
                    item.setForeground(0, QBrush(OVERDUE))
                item.setData(0, CUSTOMER_ROLE, c.customer_id)
                complaints.addChild(item)
            groups.append(complaints)
        self.tree.addTopLevelItems(groups)
        for group in groups:
            group.setFirstColumnSpanned(True)  # only works once the item is in the tree
        self.tree.expandAll()
        # Dates with a time, or with a year when not this year's: as wide as they need
        # (the panel holds at most a few hundred items).
        self.tree.resizeColumnToContents(0)
        count = self.items.count
        self.title.setText(self.tr("Today: %d due, %d overdue") % (count, self.items.overdue_count))
        if self._user_choice is None:
            self.set_collapsed(count == 0)
        self._show_state()
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
