"""Showing service errors and confirmations the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ConflictError, PermissionDenied, ServiceError, ValidationError

translate = QCoreApplication.translate


def show_error(parent: QWidget | None, exc: ServiceError) -> None:
    """A service refused: say why. Not for bugs (the crash hook handles those)."""
    if isinstance(exc, PermissionDenied):
        title = translate("messages", "Not allowed")
    elif isinstance(exc, ConflictError):
        title = translate("messages", "Changed elsewhere")
    elif isinstance(exc, ValidationError):
        title = translate("messages", "Please check the input")
    else:
        title = translate("messages", "Cannot continue")
    QMessageBox.warning(parent, title, exc.message)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
