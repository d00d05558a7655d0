"""Small pieces every form dialog uses: the inline error line and the button row."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from app.errors import ValidationError


def error_label() -> QLabel:
    """A red line under a form, hidden until a ValidationError is shown in it."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_inline(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def show_field_error(
    label: QLabel, fields: Mapping[str, QWidget | None], error: ValidationError
) -> None:
    """A refused input under the form, with the focus on the field the error names;
    everything typed stays."""
    show_inline(label, error.message)
    widget = fields.get(error.field)
    if widget is not None:
        widget.setFocus()


def dialog_buttons(
    accept: Callable[[], None], reject: Callable[[], None], *, save: bool = True
) -> QDialogButtonBox:
    """Save/Cancel (or OK/Cancel); accepting runs `accept`, which closes the
    dialog itself only when the input was taken."""
    first = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(first | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    return buttons
