"""The office part of the settings dialog, built from the declarations in
app.office.options: editable for the administrator, read-only for everyone else."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.office.options import OPTIONS, item_title
from app.office.values import OfficeSettings

PAIRS_PER_ROW = 3


def _editor(value: Any, read_only: bool) -> QWidget:
    """A spin box for whole numbers, a line for text and decimals (the service checks
    ranges and formats, so a refused value gets its message)."""
    if isinstance(value, int):
        box = QSpinBox()
        box.setRange(-9999, 99999)
        box.setValue(value)
        box.setReadOnly(read_only)
        return box
    line = QLineEdit(str(value))
    line.setReadOnly(read_only)
    return line


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QSpinBox):
        return widget.value()
    assert isinstance(widget, QLineEdit)
    return widget.text()


class OfficeSettingsBox(QGroupBox):
    def __init__(self, office: OfficeSettings, editable: bool, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("officeSettings")
        self.setTitle(
            self.tr("Office (all computers)")
            if editable
            else self.tr("Office (all computers; only the administrator changes these)")
        )
        self.editable = editable
        form = QFormLayout(self)
        self.editors: dict[str, QWidget | dict[str, QWidget]] = {}
        for key, option in OPTIONS.items():
            value = office.get(key)
            if isinstance(value, dict):
                # A grid of label + editor pairs, a few a row: each editor wide enough
                # for its number and each label whole (a row of eight was cramped).
                grid = QGridLayout()
                parts = {}
                for index, (item, item_value) in enumerate(value.items()):
                    row, column = divmod(index, PAIRS_PER_ROW)
                    parts[item] = _editor(item_value, not editable)
                    parts[item].setObjectName(f"{key}.{item}")
                    parts[item].setMinimumWidth(70)
                    grid.addWidget(QLabel(item_title(item)), row, 2 * column)
                    grid.addWidget(parts[item], row, 2 * column + 1)
                self.editors[key] = parts
                form.addRow(option.title() + ":", grid)
            else:
                editor = _editor(value, not editable)
                editor.setObjectName(key)
                self.editors[key] = editor
                form.addRow(option.title() + ":", editor)

    def editor(self, key: str, item: str | None = None) -> QWidget:
        found = self.editors[key]
        return found[item] if isinstance(found, dict) and item else found  # type: ignore[return-value]

    def values(self) -> dict[str, Any]:
        """key -> value as typed; the service parses and checks them."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if isinstance(editor, dict):
                out[key] = {item: _value(w) for item, w in editor.items()}
            else:
                out[key] = _value(editor)
        return out


def changed_values(office: OfficeSettings, values: dict[str, Any]) -> dict[str, Any]:
    """Only what differs from the current settings (text compared as typed)."""

    def same(old: Any, new: Any) -> bool:
        if isinstance(old, dict):
            return isinstance(new, dict) and all(same(old[k], new.get(k)) for k in old)
        if isinstance(old, Decimal):
            return str(old) == str(new).strip()
        return old == new

    return {key: value for key, value in values.items() if not same(office.get(key), value)}
