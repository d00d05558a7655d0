"""Merge a booth bundle into this (office) database and show what happened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers_io.bundle import SUFFIX, BundleService, MergeReport
from app.errors import ServiceError
from ui.context import UiContext


class MergeBundleDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge booth bundle"))
        intro = QLabel(
            self.tr(
                "Merge the leads and visits captured in a booth kit. A lead whose mobile is "
                "already a customer becomes a follow-up note on that customer and fills its "
                "blanks; merging the same bundle again changes nothing. Only bundles of this "
                "office's kits are accepted."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Booth bundle file (%s)") % SUFFIX)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.merge_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Lead"), self.tr("Result"), self.tr("Details")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(760, 480)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge booth bundle"), "", self.tr("Booth bundles (*%s)") % SUFFIX
        )
        if path:
            self.path_edit.setText(path)

    def outcome_text(self, outcome: str) -> str:
        return {
            "created": self.tr("new customer"),
            "noted": self.tr("note on existing"),
            "already": self.tr("already merged"),
            "rejected": self.tr("rejected"),
            "visits": self.tr("visit added"),
            "competitor_notes": self.tr("competitor register"),
        }.get(outcome, outcome)

    def merge(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        try:
            report = BundleService(self.ctx.services.db).merge(self.ctx.actor, Path(text))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Merge booth bundle"), exc.message)
            return
        self.show_report(report)
        if report.created or report.noted or report.visits or report.competitor_notes:
            self.ctx.bus.publish(report.change)

    def show_report(self, report: MergeReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr(
                "%d new customers, %d notes on existing customers, %d visits, %d already "
                "merged, %d rejected; %d values differ from the office's (listed below)."
            )
            % (
                report.created,
                report.noted,
                report.visits,
                report.already,
                report.rejected,
                report.conflicts,
            )
        )
        if report.competitor_notes:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr("%d competitors seen at the booth went into the competitor register.")
                % report.competitor_notes
            )
        self.table.setRowCount(len(report.entries))
        for row, entry in enumerate(report.entries):
            for column, value in enumerate(
                (
                    entry["name"],
                    self.outcome_text(entry["outcome"]),
                    "\n".join([entry["detail"], *entry["conflicts"]]),
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeRowsToContents()  # conflicts take a line each
