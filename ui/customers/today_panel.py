"""Today panel: the logged-in user's due and overdue follow-ups and trials."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.customers.pipeline import complaint_label, method_label
from app.customers.rows import TodayItems
from ui.context import UiContext

CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1
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
        today = self.items.today
        follow_ups = QTreeWidgetItem([self.tr("Follow-ups (%d)") % len(self.items.follow_ups)])
        trials = QTreeWidgetItem([self.tr("Trial classes (%d)") % len(self.items.trials)])
        for f in self.items.follow_ups:
            overdue = today is not None and f.due_on < today
            due = f.due_on.strftime("%m-%d")
            item = QTreeWidgetItem([due, f.customer_name,
                                    method_label(f.method) + (f": {f.content}" if f.content
                                                              else "")])
            if overdue:
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("Overdue since %s") % f.due_on.isoformat())
            item.setData(0, CUSTOMER_ROLE, f.customer_id)
            follow_ups.addChild(item)
        for t in self.items.trials:
            local = t.scheduled_at.astimezone()
            overdue = today is not None and local.date() < today
            item = QTreeWidgetItem([local.strftime("%m-%d %H:%M"), t.customer_name,
                                    t.course_name or self.tr("Trial class")])
            if overdue:
                item.setForeground(0, QBrush(OVERDUE))
                item.setToolTip(0, self.tr("The outcome of this trial was never recorded."))
            item.setData(0, CUSTOMER_ROLE, t.customer_id)
            trials.addChild(item)
        groups = [follow_ups, trials]
        if self.items.complaints:
            complaints = QTreeWidgetItem([self.tr("Complaints (%d)") % len(self.items.complaints)])
            now = dt.datetime.now(dt.UTC)
            for c in self.items.complaints:
                deadline = c.response_deadline.astimezone()
                item = QTreeWidgetItem([deadline.strftime("%m-%d %H:%M"), c.customer_name,
                                        f"{complaint_label(c.status)}: {c.content}"])
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
        self.title.setText(self.tr("Today: %d due, %d overdue") % (count,
                                                                    self.items.overdue_count))
        self.tree.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.countChanged.emit(count)

    def _activated(self, item: QTreeWidgetItem) -> None:
        customer_id = item.data(0, CUSTOMER_ROLE)
        if customer_id is not None:
            self.openCustomer.emit(customer_id)
