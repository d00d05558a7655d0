"""A read-only table model over a list of row objects, one accessor per column.

Used by the small lists of the budget tab (adjustments, direct expenses,
categories); the text of every cell is computed once when rows are set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    title: Callable[[], str]
    text: Callable[[Any], str]
    right: bool = False


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column],
                 color: Callable[[Any], str | None] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.color = color
        self.rows: list[Any] = []
        self._text: list[list[str]] = []
        self._colors: list[QBrush | None] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._text = [[c.text(r) for c in self.columns] for r in self.rows]
        self._colors = [QBrush(QColor(c)) if (c := self.color(r) if self.color else None)
                        else None for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].right:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colors[index.row()]
        if role == ROW_ROLE:
            return self.rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title()
        return None


def setup_table(table, model, widths: Sequence[int], stretch: int | None = None) -> None:
    """Read-only, row-selecting, fixed-height table with preset column widths."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    table.setModel(model)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
