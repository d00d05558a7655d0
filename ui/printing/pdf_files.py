"""Saving a PDF from the UI: the save dialog (in the folder last used for PDFs) and the
message when the file cannot be written. Shared by claims, the budget report and the
customer record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.context import UiContext
from ui.widgets.dialogs import ask_save_path

FOLDER_KEY = "printing/last_folder"


translate = QCoreApplication.translate


def ask_pdf_path(
    parent: QWidget, ctx: UiContext, default_name: str, title: str | None = None
) -> Path | None:
    """The file to save a PDF to (".pdf" added when missing); None when cancelled."""
    return ask_save_path(
        parent,
        ctx.qsettings(),
        FOLDER_KEY,
        title or translate("PdfFiles", "Save as PDF"),
        default_name,
        translate("PdfFiles", "PDF files (*.pdf)"),
        ".pdf",
    )


def show_write_error(
    parent: QWidget, target: Path, error: OSError, title: str | None = None
) -> None:
    QMessageBox.warning(
        parent,
        title or translate("PdfFiles", "Save as PDF"),
        translate("PdfFiles", "Cannot write %1: %2")
        .replace("%1", str(target))
        .replace("%2", error.strerror or str(error)),
    )
