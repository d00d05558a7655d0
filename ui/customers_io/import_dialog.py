"""The import wizard: choose a file, correct the column mapping, preview every row,
import with progress and cancel, then save the report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customers_io.cells import cell_text
from app.customers_io.fields import FIELDS, field_label
from app.customers_io.importer import (
    ImportPreview,
    ImportResult,
    ImportService,
    LoadedFile,
    with_header_row,
)
from app.customers_io.report import write_report
from app.errors import ServiceError
from ui.context import UiContext
from ui.customers_io.preview_model import ALL, MERGED_ONLY, PROBLEMS, REJECTED_ONLY, PreviewModel
from ui.widgets.tasks import BackgroundTask

FILE_FILTER = "*.xlsx *.xls *.xlsm *.ods *.csv *.txt"
PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)
SAMPLE_ROWS = 3


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ImportService(ctx.services.db)
        self.loaded: LoadedFile | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(900, 620)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._result_page())

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        # The buttons keep their own width while the progress bar is hidden.
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(PAGE_FILE)

    # --- pages -----------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose an Excel file (.xlsx, .xls) or a CSV file (UTF-8 or GBK). Title rows above "
                "the column names are skipped; columns such as 姓名, 手机, 家长, 学校, 年级, 渠道 "
                "are recognised. Rows with the same mobile become one customer, and customers that "
                "exist already are completed, not duplicated."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("File to import"))
        self.path_edit.returnPressed.connect(self.next)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_info = QLabel()
        self.mapping_info.setWordWrap(True)
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self.choose_header_row)
        header_row = QHBoxLayout()
        header_label = QLabel(self.tr("Column names are in row:"))
        header_label.setBuddy(self.header_spin)
        header_row.addWidget(header_label)
        header_row.addWidget(self.header_spin)
        header_row.addStretch(1)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.setColumnWidth(0, 180)
        self.mapping_table.setColumnWidth(2, 200)
        self.mapping_table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_info)
        layout.addLayout(header_row)
        layout.addWidget(self.mapping_table, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_info = QLabel()
        self.preview_info.setWordWrap(True)
        self.filter_combo = QComboBox()
        for text, key in (
            (self.tr("All rows"), ALL),
            (self.tr("Rejected and warnings"), PROBLEMS),
            (self.tr("Rejected only"), REJECTED_ONLY),
            (self.tr("Merged only"), MERGED_ONLY),
        ):
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(
            lambda _i: self.preview_model.set_filter(self.filter_combo.currentData())
        )
        self.preview_model = PreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.verticalHeader().setVisible(False)
        self.preview_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.preview_view.verticalHeader().setDefaultSectionSize(22)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((60, 110, 120, 120)):
            self.preview_view.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.preview_info, 1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.preview_view, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Save report as .xlsx…"))
        self.report_button.clicked.connect(self.save_report)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_label)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        busy = self.task is not None and self.task.running()
        self.back_button.setEnabled(page in (PAGE_MAPPING, PAGE_PREVIEW) and not busy)
        self.next_button.setEnabled(not busy)
        self.next_button.setText(
            {PAGE_PREVIEW: self.tr("Import"), PAGE_RESULT: self.tr("Close")}.get(
                page, self.tr("Next >")
            )
        )
        self.cancel_button.setVisible(page != PAGE_RESULT)

    # --- navigation ------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            self.path_edit.text(),
            self.tr("Spreadsheets and CSV (%s)") % FILE_FILTER,
        )
        if path:
            self.path_edit.setText(path)
            self.next()

    def back(self) -> None:
        self._show_page(max(PAGE_FILE, self.pages.currentIndex() - 1))

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_FILE:
            self.open_file(self.path_edit.text().strip())
        elif page == PAGE_MAPPING:
            self.make_preview()
        elif page == PAGE_PREVIEW:
            self.start_import()
        else:
            self.accept()

    def cancel(self) -> None:
        if self.task is not None and self.task.running():
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            return
        self.reject()

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.running():
            self.task.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.task is not None and self.task.running():
            self.task.cancel()
            return
        super().reject()

    # --- steps -----------------------------------------------------------------------

    def open_file(self, path: str) -> None:
        if not path:
            QMessageBox.information(
                self, self.tr("Import customers"), self.tr("Choose a file first.")
            )
            return
        try:
            # Channel names in the file are matched against the seeded channels.
            self.ctx.services.customers.ensure_seed_channels(self.ctx.actor)
            self.loaded = self.service.open_file(Path(path))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the file"), exc.message)
            return
        self.fill_mapping(self.loaded)
        self._show_page(PAGE_MAPPING)

    def choose_header_row(self, number: int) -> None:
        """The user says which row holds the column names (1-based, as in Excel)."""
        if self.loaded is None or number - 1 == self.loaded.header_row:
            return
        try:
            self.loaded = with_header_row(self.loaded, number - 1)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Import customers"), exc.message)
            return
        self.fill_mapping(self.loaded)

    def fill_mapping(self, loaded: LoadedFile) -> None:
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(loaded.rows)))
        self.header_spin.setValue((loaded.header_row or 0) + 1)
        self.header_spin.blockSignals(False)
        if loaded.header_row is None:
            self.mapping_info.setText(
                self.tr("No row with column names was found: enter the row that holds them.")
            )
        else:
            self.mapping_info.setText(
                self.tr(
                    "Column names found in row %d; %d data rows below. Check how each column "
                    "is imported and correct it where needed."
                )
                % (loaded.header_row + 1, loaded.data_rows)
                # A second 手机 or 姓名 column, said where the mapping is corrected.
                + "".join("\n" + notice for notice in loaded.notices)
            )
        start = (loaded.header_row or 0) + 1
        samples = loaded.rows[start : start + 50]
        self.mapping_table.setRowCount(len(loaded.headers))
        for column, header in enumerate(loaded.headers):
            item = QTableWidgetItem(header or self.tr("(column %d)") % (column + 1))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(column, 0, item)
            examples = [cell_text(r[column]) for r in samples if column < len(r)]
            item = QTableWidgetItem(" | ".join([e for e in examples if e][:SAMPLE_ROWS]))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mapping_table.setItem(column, 1, item)
            combo = QComboBox()
            combo.addItem(self.tr("(do not import)"), None)
            for field in FIELDS:
                combo.addItem(field_label(field.key), field.key)
            combo.setCurrentIndex(max(0, combo.findData(loaded.mapping[column])))
            self.mapping_table.setCellWidget(column, 2, combo)

    def mapping(self) -> list[str | None]:
        result = []
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 2)
            result.append(combo.currentData() if isinstance(combo, QComboBox) else None)
        return result

    def set_mapping(self, column: int, key: str | None) -> None:
        combo = self.mapping_table.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(key))

    def make_preview(self) -> None:
        assert self.loaded is not None
        loaded, mapping, actor = self.loaded, self.mapping(), self.ctx.actor
        self._run(
            lambda control: self.service.preview(
                actor, loaded, mapping, progress=control.report, cancel=control.cancelled
            ),
            self._previewed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.preview_model.set_preview(preview)
        counts = self.preview_model.counts()
        self.preview_info.setText(
            self.tr(
                "New customers: %d · rows merged into another row: %d · rejected: %d · skipped: %d. "  # noqa: E501
                "Rejected rows are not imported; everything else is imported in one step."
            )
            % (counts["new"], counts["merged"], counts["rejected"], counts["skipped"])
        )
        self._show_page(PAGE_PREVIEW)

    def start_import(self) -> None:
        assert self.preview is not None
        preview, actor = self.preview, self.ctx.actor
        self._run(
            lambda control: self.service.run(
                actor, preview, progress=control.report, cancel=control.cancelled
            ),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.result_label.setText(
            self.tr(
                "<b>Import finished.</b><br>New customers: %d<br>Rows merged into one customer: "
                "%d<br>Existing customers completed: %d<br>Rows rejected: %d<br>Rows skipped "
                "(blank, totals): %d"
            )
            % (result.imported, result.merged, result.updated, len(result.rejected), result.skipped)
        )
        self._show_page(PAGE_RESULT)
        self.ctx.bus.publish(result.change)
        self.imported.emit(result)

    def _run(self, work, done) -> None:
        self.task = BackgroundTask(work, self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(lambda value: (self._idle(), done(value)))
        self.task.failed.connect(self._failed)
        self.task.start()
        self._show_page(self.pages.currentIndex())

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(True)
        self.task = None
        self._show_page(self.pages.currentIndex())

    def _failed(self, exc: ServiceError) -> None:
        self._idle()
        QMessageBox.warning(self, self.tr("Import customers"), exc.message)

    def save_report(self) -> None:
        if self.preview is None or self.result is None:
            return
        default = str(
            self.preview.file.path.with_name(
                self.preview.file.path.stem + self.tr("-import-report") + ".xlsx"
            )
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> None:
        assert self.preview is not None and self.result is not None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            write_report(path, self.preview, self.result)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save report"), exc.message)
