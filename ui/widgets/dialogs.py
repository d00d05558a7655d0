"""Dialogs every feature uses: a required reason, warnings to confirm, where to save,
and running a service call whose refusal is shown to the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import ServiceError
from ui.widgets.messages import show_error  # the platform's one way to show a refusal


def ask_save_path(
    parent: QWidget | None,
    settings,
    folder_key: str,
    title: str,
    default_name: str,
    pattern: str,
    suffix: str,
) -> Path | None:
    """A save-file dialog opened in the folder last used under `folder_key`.

    The chosen file gets `suffix` if it has another one, and its folder is
    remembered; None when the user cancels.
    """
    folder = Path(str(settings.value(folder_key, str(Path.home()))))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / default_name), pattern)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    settings.setValue(folder_key, str(target.parent))
    return target


def run(parent: QWidget | None, call: Callable[[], Any]) -> Any:
    """Run a service call; a ServiceError is shown and None returned."""
    try:
        return call()
    except ServiceError as exc:
        show_error(parent, exc)
        return None


class ReasonDialog(QDialog):
    """Asks for a required reason (return, reject, override); OK needs text."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, details: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if details:
            info = QLabel(details)
            info.setWordWrap(True)
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(info)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reason")
        self.text.setMinimumHeight(70)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update)
        self._update()
        self.resize(460, 260)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def reason(self) -> str:
        return self.text.toPlainText().strip()


def ask_reason(parent: QWidget | None, title: str, prompt: str, details: str = "") -> str | None:
    dialog = ReasonDialog(parent, title, prompt, details)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.reason()


def confirm_warnings(parent: QWidget | None, title: str, messages: Sequence[str]) -> bool:
    """Show the warnings of a step; True when the user goes ahead anyway."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(QCoreApplication.translate("SharedDialogs", "Please check before you continue:"))
    box.setInformativeText("\n\n".join(f"• {m}" for m in messages))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("SharedDialogs", "Continue anyway")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("SharedDialogs", "Go back")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
