"""A table model over a small list of row objects (dataclasses).

For small tables only (users, staff, audit pages). Large tables fetch lazily
from SQL instead. Columns are declared once; `ObjectRole` returns the row
object, `SortRole` a sortable value, so both survive a proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class ModelRole(IntEnum):
    ObjectRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[T]):
    title: Callable[[], str]
    display: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[T] = []
        self._given: list[T] = []  # in the caller's order
        self._sort_column = -1  # -1: the caller's order
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._display_cache: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self._display_cache.clear()
        self.endResetModel()

    def _sorted(self, rows: list[T]) -> list[T]:
        if not 0 <= self._sort_column < len(self._columns):
            return list(rows)
        column = self._columns[self._sort_column]
        key = column.sort_key or column.display

        def safe(row: T) -> tuple[bool, Any]:
            value = key(row)
            return (value is None, value if value is not None else 0)

        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=safe, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows (a header click on a sortable view); -1 is the caller's order."""
        self._sort_column, self._sort_order = column, order
        self.set_rows(self._given)

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T:
        return self._rows[row]

    def row_at(self, index: Index) -> T | None:
        """The row object under a view index, None for no index (nothing current)."""
        return self._rows[index.row()] if index.isValid() else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            key = (row, col)
            text = self._display_cache.get(key)
            if text is None:
                text = self._columns[col].display(self._rows[row])
                self._display_cache[key] = text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[col].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ModelRole.ObjectRole:
            return self._rows[row]
        if role == ModelRole.SortRole:
            column = self._columns[col]
            return (
                column.sort_key(self._rows[row])
                if column.sort_key
                else column.display(self._rows[row])
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title()
        return None
