"""Export the current view or the selected customers to .xlsx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.customers.masking import may_see_contacts
from app.customers.search import CustomerQuery
from app.customers_io.export import ExportOptions, ExportService
from app.errors import ServiceError
from ui.context import UiContext
from ui.widgets.tasks import BackgroundTask


class ExportDialog(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        query: CustomerQuery | None,
        selected_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = query
        self.selected_ids = selected_ids
        self.task: BackgroundTask | None = None
        self.exported: int | None = None
        self.setWindowTitle(self.tr("Export customers"))
        self.view_radio = QRadioButton(self.tr("All customers in the current view"))
        self.selection_radio = QRadioButton(
            self.tr("The %n selected customer(s)", "", len(selected_ids))
        )
        self.selection_radio.setEnabled(bool(selected_ids))
        (self.selection_radio if selected_ids else self.view_radio).setChecked(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Chinese column headers"), "zh_CN")
        self.language.addItem(self.tr("English column headers"), "en")
        self.path_edit = QLineEdit(str(Path.home() / f"customers-{dt.date.today():%Y%m%d}.xlsx"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        masked = QLabel(
            self.tr(
                "Phone numbers, WeChat and guardian names will be masked "
                "(your role may not see them)."
            )
        )
        masked.setWordWrap(True)
        masked.setVisible(not may_see_contacts(ctx.actor))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        form.addRow(self.view_radio)
        form.addRow(self.selection_radio)
        form.addRow(self.tr("Headers:"), self.language)
        form.addRow(self.tr("File:"), path_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        # The buttons keep their own width while the progress bar is hidden.
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(masked)
        layout.addLayout(buttons)
        self.resize(560, 220)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export customers"),
            self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.path_edit.setText(path)

    def options(self) -> ExportOptions:
        language = self.language.currentData()
        if self.selection_radio.isChecked():
            return ExportOptions(ids=list(self.selected_ids), language=language)
        return ExportOptions(query=self.query, language=language)

    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            return
        path = Path(text)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        service, actor, options = (
            ExportService(self.ctx.services.db),
            self.ctx.actor,
            self.options(),
        )
        self.task = BackgroundTask(
            lambda control: service.export(
                actor, path, options, progress=control.report, cancel=control.cancelled
            ),
            self,
        )
        self.task.progressed.connect(
            lambda done, _t: self.progress.setFormat(self.tr("%n row(s)", "", done))
        )
        self.task.succeeded.connect(lambda change: self._done(change.result, path))
        self.task.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.task.start()

    def _done(self, count: int, path: Path) -> None:
        self.task = None
        self.exported = count
        self.progress.setVisible(False)
        QMessageBox.information(
            self,
            self.tr("Export customers"),
            self.tr("%d customers exported to %s.") % (count, path),
        )
        self.accept()

    def _failed(self, exc: ServiceError) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Export customers"), exc.message)

    def cancel(self) -> None:
        if self.task is not None and self.task.running():
            self.task.cancel()
            return
        self.reject()

    def reject(self) -> None:
        if self.task is not None and self.task.running():
            self.task.cancel()
            return
        super().reject()
