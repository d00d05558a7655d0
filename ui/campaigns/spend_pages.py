"""The activity editor's pages about what it cost and what it brought: the linked
claim lines and direct expenses, and the post-activity summary (leads, notes,
photos, cost per lead and ROI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.campaigns.rows import ActivityView, CostLine
from app.claims.workflow import status_label as claim_status_label
from app.errors import os_reason
from app.money import format_money
from app.service import Change
from ui.campaigns.figures import figure_lines
from ui.context import UiContext
from ui.widgets import dialogs

PHOTO_MIME = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}


def _cost_table(name: str, labels: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(labels))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(labels)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate((95, 90, 260, 100)):
        table.setColumnWidth(column, width)
    return table


class CostsPage(QWidget):
    """Spend linked to the activity, and what could be linked (within a month of it,
    in its expense category). Each change is saved at once."""

    changed = Signal(object)  # the Change to publish

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id: int | None = None
        self._linked: list[CostLine] = []
        self._offered: list[CostLine] = []
        labels = [self.tr("Date"), self.tr("Source"), self.tr("Description"),
                  self.tr("Amount"), self.tr("Status")]  # fmt: skip
        self.linked = _cost_table("linkedCosts", labels)
        self.offered = _cost_table("linkableCosts", labels)
        self.total = QLabel()
        self.total.setObjectName("costTotal")
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.link_button = QPushButton(self.tr("Link to this activity"))
        self.unlink_button.clicked.connect(self._unlink)
        self.link_button.clicked.connect(self._link)
        top = QGroupBox(self.tr("Linked claim lines and expenses"))
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.total)
        top_layout.addWidget(self.linked)
        row = QHBoxLayout()
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        top_layout.addLayout(row)
        bottom = QGroupBox(self.tr("Not linked yet (within a month, same expense category)"))
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.offered)
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addStretch(1)
        bottom_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(top, 3)
        layout.addWidget(bottom, 2)

    def _status(self, line: CostLine) -> str:
        if line.source == "claim":
            if line.status == "deleted":
                return self.tr("Deleted (not counted)")
            return claim_status_label(line.status)
        return self.tr("Reversed") if line.status == "reversed" else self.tr("Recorded")

    def _source(self, line: CostLine) -> str:
        return self.tr("Claim") if line.source == "claim" else self.tr("Expense")

    def _fill(self, table: QTableWidget, lines: list[CostLine]) -> None:
        table.setRowCount(0)
        for line in lines:
            row = table.rowCount()
            table.insertRow(row)
            amount = QTableWidgetItem(format_money(line.amount_fen))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((
                QTableWidgetItem(line.date.isoformat()),
                QTableWidgetItem(self._source(line)),
                QTableWidgetItem(line.description),
                amount,
                QTableWidgetItem(self._status(line)),
            )):  # fmt: skip
                table.setItem(row, column, item)

    def load(self, view: ActivityView, editable: bool) -> None:
        self.activity_id = view.id
        self._linked = list(view.costs)
        self._fill(self.linked, self._linked)
        total = (
            self.tr("Spent %1 of a budget of %2")
            .replace("%1", format_money(view.figures.cost_fen))
            .replace("%2", format_money(view.row.budget_fen))
        )
        if view.figures.committed_fen:
            # Spend counts a claim once finance approves it (app.campaigns.spend).
            total += self.tr("; %1 more in claims awaiting finance").replace(
                "%1", format_money(view.figures.committed_fen)
            )
        self.total.setText(total)
        self._offered = []
        if editable:
            self._offered = (
                dialogs.run(
                    self,
                    lambda: self.ctx.services.campaigns.linkable_costs(self.ctx.actor, view.id),
                )
                or []
            )
        self._fill(self.offered, self._offered)
        self.link_button.setEnabled(editable)
        self.unlink_button.setEnabled(editable)
        self.offered.setEnabled(editable)

    def _selected(self, table: QTableWidget, lines: list[CostLine]) -> CostLine | None:
        rows = {i.row() for i in table.selectedIndexes()}
        return lines[min(rows)] if rows else None

    def _run(self, call: Callable[[], Change]) -> None:
        change = dialogs.run(self, call)
        if change is not None:
            self.changed.emit(change)

    def _link(self) -> None:
        line = self._selected(self.offered, self._offered)
        if line is None or self.activity_id is None:
            return
        activity_id, campaigns, actor = (
            self.activity_id,
            self.ctx.services.campaigns,
            self.ctx.actor,
        )
        if line.source == "claim":
            self._run(lambda: campaigns.link_cost(actor, activity_id, claim_line_id=line.source_id))
        else:
            self._run(
                lambda: campaigns.link_cost(actor, activity_id, direct_expense_id=line.source_id)
            )

    def _unlink(self) -> None:
        line = self._selected(self.linked, self._linked)
        if line is not None:
            self._run(lambda: self.ctx.services.campaigns.unlink_cost(self.ctx.actor, line.id))


class SummaryPage(QWidget):
    """The post-activity summary, required to complete: notes, the leads captured
    (customers linked, plus those counted on paper), cost, photos; and the figures."""

    changed = Signal(object)  # the Change to publish
    summary_saved = Signal(object)  # the ActivityView returned

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: ActivityView | None = None
        self.figures = QGridLayout()
        self.figure_values: list[QLabel] = []
        figures_box = QGroupBox(self.tr("Results"))
        figures_box.setLayout(self.figures)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("summaryNotes")
        self.notes.setPlaceholderText(
            self.tr("How it went: visitors, feedback, what to do differently next time")
        )
        self.extra_leads = QSpinBox()
        self.extra_leads.setRange(0, 100000)
        self.save_button = QPushButton(self.tr("Save summary"))
        self.save_button.setObjectName("saveSummary")
        self.save_button.clicked.connect(self._save)
        form = QFormLayout()
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Leads counted on paper"), self.extra_leads)
        form.addRow("", self.save_button)
        self.leads = QListWidget()
        self.leads.setObjectName("activityLeads")
        self.mobile = QLineEdit()
        self.mobile.setPlaceholderText(self.tr("Mobile of a customer to add as a lead"))
        self.add_lead = QPushButton(self.tr("Add lead"))
        self.add_lead.clicked.connect(self._add_lead)
        self.remove_lead = QPushButton(self.tr("Remove"))
        self.remove_lead.clicked.connect(self._remove_lead)
        leads_box = QGroupBox(self.tr("Leads captured"))
        leads_layout = QVBoxLayout(leads_box)
        leads_layout.addWidget(self.leads)
        row = QHBoxLayout()
        row.addWidget(self.mobile, 1)
        row.addWidget(self.add_lead)
        row.addWidget(self.remove_lead)
        leads_layout.addLayout(row)
        self.photos = QListWidget()
        self.photos.setObjectName("activityPhotos")
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(128, 80))
        self.photos.setGridSize(QSize(140, 104))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setWrapping(True)
        self.photos.setMaximumHeight(130)
        self.add_photo = QPushButton(self.tr("Add photo..."))
        self.add_photo.clicked.connect(self._add_photo)
        self.remove_photo = QPushButton(self.tr("Remove photo"))
        self.remove_photo.clicked.connect(self._remove_photo)
        photos_box = QGroupBox(self.tr("Photos"))
        photos_layout = QVBoxLayout(photos_box)
        photos_layout.addWidget(self.photos)
        row = QHBoxLayout()
        row.addWidget(self.add_photo)
        row.addWidget(self.remove_photo)
        row.addStretch(1)
        photos_layout.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(figures_box)
        left.addLayout(form, 1)
        right = QVBoxLayout()
        right.addWidget(leads_box, 1)
        right.addWidget(photos_box)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def load(self, view: ActivityView, editable: bool) -> None:
        self.view = view
        while self.figures.count():
            item = self.figures.takeAt(0)
            if item.widget():
                item.widget().hide()  # out of the layout: not shown till it is deleted
                item.widget().deleteLater()
        for i, (label, value) in enumerate(figure_lines(view.figures)):
            value_label = QLabel(f"<b>{value}</b>")
            value_label.setObjectName(f"figure{i}")
            self.figures.addWidget(QLabel(label), i // 2, (i % 2) * 2)
            self.figures.addWidget(value_label, i // 2, (i % 2) * 2 + 1)
        self.notes.setPlainText(view.summary_notes)
        self.extra_leads.setValue(view.summary_extra_leads)
        self.leads.clear()
        for lead in view.leads:
            item = QListWidgetItem(f"{lead.name}  ·  {lead.captured_at:%Y-%m-%d %H:%M}")
            item.setData(Qt.ItemDataRole.UserRole, lead.customer_id)
            self.leads.addItem(item)
        self.photos.clear()
        for photo in view.photos:
            item = QListWidgetItem(photo.filename)
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            content = dialogs.run(
                self,
                lambda p=photo.id: self.ctx.services.campaigns.photo_content(self.ctx.actor, p),
            )
            pixmap = QPixmap()
            if content and pixmap.loadFromData(content):
                item.setIcon(QIcon(pixmap.scaled(128, 80, Qt.AspectRatioMode.KeepAspectRatio)))
            self.photos.addItem(item)
        started = view.status in ("in_progress", "completed")
        may_write = editable and started
        for widget in (self.save_button, self.add_photo, self.remove_photo):
            widget.setEnabled(may_write and view.status != "completed")
        self.notes.setReadOnly(not (may_write and view.status != "completed"))
        self.extra_leads.setEnabled(may_write and view.status != "completed")
        capture = editable and view.status in ("submitted", "approved", "in_progress")
        for widget in (self.mobile, self.add_lead, self.remove_lead):
            widget.setEnabled(capture)

    def _save(self) -> None:
        view = self.view
        if view is None:
            return
        saved = dialogs.run(
            self,
            lambda: self.ctx.services.campaigns.save_summary(
                self.ctx.actor, view.id, view.version, self.notes.toPlainText(),
                self.extra_leads.value(),
            ),
        )  # fmt: skip
        if saved is not None:
            self.summary_saved.emit(saved)

    def _emit(self, call: Callable[[], Change]) -> None:
        change = dialogs.run(self, call)
        if change is not None:
            self.changed.emit(change)

    def _add_lead(self) -> None:
        view = self.view
        text = self.mobile.text().strip()
        if view is None or not text:
            return
        match = dialogs.run(
            self, lambda: self.ctx.services.customers.find_by_phone(self.ctx.actor, text)
        )
        if match is None or match.id is None:
            self.mobile.setToolTip(self.tr("No customer you may see has this mobile."))
            self.mobile.selectAll()
            return
        self.mobile.clear()
        customer_id = match.id
        self._emit(
            lambda: self.ctx.services.campaigns.link_leads(self.ctx.actor, view.id, [customer_id])
        )

    def _remove_lead(self) -> None:
        view, item = self.view, self.leads.currentItem()
        if view is None or item is None:
            return
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        self._emit(
            lambda: self.ctx.services.campaigns.unlink_lead(self.ctx.actor, view.id, customer_id)
        )

    def _add_photo(self) -> None:
        view = self.view
        if view is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a photo"), "", self.tr("Images (*.jpg *.jpeg *.png *.webp)")
        )
        if not path:
            return
        file = Path(path)
        mime = PHOTO_MIME.get(file.suffix.lower(), "")
        try:
            content = file.read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Add a photo"), os_reason(exc))
            return
        self._emit(
            lambda: self.ctx.services.campaigns.add_photo(
                self.ctx.actor, view.id, file.name, content, mime
            )
        )

    def _remove_photo(self) -> None:
        item = self.photos.currentItem()
        if item is None:
            return
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        self._emit(lambda: self.ctx.services.campaigns.remove_photo(self.ctx.actor, photo_id))
