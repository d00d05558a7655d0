"""The Workbench tab (工作台): what needs the user today, in sections (app/work_items.py
Section) with a count each; overdue items in red; Enter or a double-click opens the
record behind an item through its feature's opener (ui.features.open_record), or,
when no feature opens that kind, shows the tab that lists it.
"""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.work_items import Section, WorkItem
from app.workbench.service import Workbench
from ui.context import UiContext
from ui.feature_tab import FeatureTab

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the WorkItem of a row (None: a section or empty)
OVERDUE = QColor("#b00020")
QUIET = QColor("#808080")
# Shown again after this long, the tab reloads by itself (complaints pass their
# response time, follow-ups fall due at midnight).
STALE_AFTER_S = 300


class WorkbenchTab(FeatureTab):
    # The day the workbench is for (tests fix it).
    today_func = staticmethod(dt.date.today)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workbench = Workbench(())
        self.today = self.today_func()
        self._loaded_at = 0.0
        self._collapsed: set[str] = set()

        self.heading = QLabel()
        self.heading.setObjectName("workbenchHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.reload = QToolButton()
        self.reload.setObjectName("workbenchRefresh")
        self.reload.setText(self.tr("Refresh"))
        self.reload.setToolTip(self.tr("Load the workbench again (F5)"))
        self.reload.clicked.connect(self.refresh)
        self.failed = QLabel()
        self.failed.setObjectName("workbenchFailed")
        self.failed.setWordWrap(True)
        self.failed.setStyleSheet("color: #a05000;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("workbenchTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Due"), self.tr("Details")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 460)
        self.tree.setColumnWidth(1, 96)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemCollapsed.connect(lambda item: self._fold(item, True))
        self.tree.itemExpanded.connect(lambda item: self._fold(item, False))
        hint = QLabel(
            self.tr("Press Enter or double-click an item to open it. Overdue items are in red.")
        )
        hint.setStyleSheet("color: gray;")

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.failed)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        # The items load once the tab has painted: they read every feature's records
        # (their models and queries), which the first window must not wait for. A
        # zero timer from here would run before the first paint on Windows (the
        # system sends WM_PAINT only when nothing else is queued). Anything that
        # needs the items first loads them at once (ensure_loaded).
        self._loaded = False
        self._load_scheduled = False
        self.heading.setText(self.tr("Loading your workbench..."))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(0, self.ensure_loaded)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()
            self.title_changed.emit()

    def loading(self) -> bool:
        return not self._loaded

    # --- labels ------------------------------------------------------------------

    def section_title(self, section: Section) -> str:
        return {
            Section.APPROVALS: self.tr("Approvals waiting"),
            Section.DUE: self.tr("Follow-ups and trial classes due"),
            Section.COMPLAINTS: self.tr("Complaints past their response time"),
            Section.ACTIONS: self.tr("Meeting action items"),
            Section.REPORTS: self.tr("Plans and reports due"),
            Section.WARNINGS: self.tr("Risk warnings"),
        }.get(section, str(section))

    def empty_text(self, section: Section) -> str:
        return {
            Section.APPROVALS: self.tr("Nothing waits for your approval today."),
            Section.DUE: self.tr("No follow-ups or trial classes due today."),
            Section.COMPLAINTS: self.tr("No complaint is past its response time."),
            Section.ACTIONS: self.tr("No open action items."),
            Section.REPORTS: self.tr("No plans or reports due."),
            Section.WARNINGS: self.tr("No warnings."),
        }.get(section, self.tr("Nothing to do today."))

    def due_text(self, due: dt.date) -> str:
        if due == self.today:
            return self.tr("Today")
        if due == self.today + dt.timedelta(days=1):
            return self.tr("Tomorrow")
        return due.strftime("%m-%d") if due.year == self.today.year else due.isoformat()

    # --- FeatureTab --------------------------------------------------------------

    def refresh(self) -> None:
        self._loaded = True
        self.today = self.today_func()
        self.workbench = self.ctx.services.workbench.collect(self.ctx.actor, self.today)
        self._loaded_at = time.monotonic()
        self._fill()

    def refresh_if_stale(self) -> None:
        if not self._loaded:
            self.ensure_loaded()
        elif self.today_func() != self.today or time.monotonic() - self._loaded_at > STALE_AFTER_S:
            self.refresh()

    def title_suffix(self) -> str:
        count = len(self.workbench.items)
        return str(count) if count else ""

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue("collapsed", sorted(self._collapsed))

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        value = settings.value("collapsed", [])
        if isinstance(value, str):  # QSettings gives one value back as a plain string
            value = [value]
        self._collapsed = {str(v) for v in value or []}
        if self._loaded:
            self._fill()

    # --- the tree ----------------------------------------------------------------

    def _fill(self) -> None:
        items = self.workbench.items
        overdue = sum(1 for i in items if i.overdue)
        self.heading.setText(
            self.tr("Today, %s: %d to do, %d overdue")
            % (self.today.isoformat(), len(items), overdue)
            if items
            else self.tr("Today, %s: nothing to do. Well done!") % self.today.isoformat()
        )
        self.failed.setVisible(bool(self.workbench.failed))
        self.failed.setText(
            self.tr(
                "Some items could not be loaded, so this list may be incomplete. "
                "The details are in the log file (Help > Open log folder)."
            )
        )
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in Section:
            found = self.workbench.section(section)
            head = QTreeWidgetItem([f"{self.section_title(section)} ({len(found)})"])
            head.setData(0, Qt.ItemDataRole.UserRole, str(section))
            head.setFont(0, bold)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            if not found:
                empty = QTreeWidgetItem([self.empty_text(section)])
                empty.setForeground(0, QBrush(QUIET))
                empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.addChild(empty)
                empty.setFirstColumnSpanned(True)
            for item in found:
                head.addChild(self._row(item))
            head.setExpanded(str(section) not in self._collapsed)

    def _row(self, item: WorkItem) -> QTreeWidgetItem:
        due = self.due_text(item.due) if item.due else ""
        row = QTreeWidgetItem([item.title, due, item.detail])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(0, item.title)
        row.setToolTip(2, item.detail)
        if item.overdue:
            for column in range(3):
                row.setForeground(column, QBrush(OVERDUE))
            if item.due is not None:
                row.setToolTip(1, self.tr("Overdue since %s") % item.due.isoformat())
        elif item.record_id is None and not item.due:
            # "and N more": a pointer to the tab that lists them.
            row.setForeground(0, QBrush(QUIET))
        return row

    def _fold(self, head: QTreeWidgetItem, collapsed: bool) -> None:
        section = head.data(0, Qt.ItemDataRole.UserRole)
        if head.parent() is not None or not section:
            return
        if collapsed:
            self._collapsed.add(section)
        else:
            self._collapsed.discard(section)

    def items_shown(self) -> list[WorkItem]:
        """The items in the tree, in display order (for tests and the tour)."""
        self.ensure_loaded()
        found = []
        for n in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(n)
            for m in range(head.childCount()):
                item = head.child(m).data(0, ITEM_ROLE)
                if item is not None:
                    found.append(item)
        return found

    # --- opening -------------------------------------------------------------------

    def _activated(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        item = row.data(0, ITEM_ROLE)
        if isinstance(item, WorkItem):
            self.open_item(item)

    def open_item(self, item: WorkItem) -> None:
        """Open the record behind `item` through its feature's opener; without one
        (or without a single record) show the tab that lists its kind."""
        from ui.record_links import open_or_show

        if item.kind:
            open_or_show(self.ctx, self, item.kind, item.record_id, besides="workbench")
