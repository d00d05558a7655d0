"""The read-only row lists of the budget tab (adjustments, direct expenses, categories).

They are the shared `ui.widgets.row_model.RowTableModel` with two additions:
a per-row text colour (reversed expenses, inactive categories, adjustment
status) and the cell text as its tooltip (long reasons and notes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.widgets.row_model import Column, ModelRole, RowTableModel
from ui.widgets.table_state import make_sortable

__all__ = ["ROW_ROLE", "ColoredRowTableModel", "Column", "setup_table"]

_Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = ModelRole.ObjectRole


class ColoredRowTableModel(RowTableModel[Any]):
    def __init__(
        self,
        columns: Sequence[Column[Any]],
        color: Callable[[Any], str | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(columns, parent)
        self._color = color

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self._color(self.row_object(index.row())) if self._color else None
            return QBrush(QColor(color)) if color else None
        return super().data(index, role)


def setup_table(table, model, widths: Sequence[int], stretch: int | None = None) -> None:
    """Read-only, row-selecting, fixed-height, sortable table with preset column widths."""
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
    make_sortable(table)  # the user's sort order is saved with the tab (FeatureTab)
