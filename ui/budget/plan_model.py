"""The plan grid: one row per category, twelve month columns, total and purpose."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.budget.categories import CategoryRow
from app.budget.grid import spread_evenly
from app.errors import ValidationError
from app.money import format_money, parse_money
from ui.widgets.dates import month_names

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TOTAL_COL, PURPOSE_COL = 13, 14


class PlanGridModel(QAbstractTableModel):
    """Rows: categories, then a total row. Columns: category, months 1-12, total, purpose."""

    edited = Signal()
    invalid = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.categories: list[CategoryRow] = []
        self.amounts: dict[tuple[int, int], int] = {}
        self.purposes: dict[int, str] = {}
        self.editable = False
        self._bold = QFont()
        self._bold.setBold(True)

    def load(
        self,
        categories: list[CategoryRow],
        amounts: dict[tuple[int, int], int],
        purposes: dict[int, str],
        editable: bool,
    ) -> None:
        self.beginResetModel()
        used = {c for c, _m in amounts} | set(purposes)
        self.categories = [c for c in categories if c.active or c.id in used]
        self.amounts = dict(amounts)
        self.purposes = dict(purposes)
        self.editable = editable
        self.endResetModel()

    # --- figures ------------------------------------------------------------------

    def row_total(self, category_id: int) -> int:
        return sum(self.amounts.get((category_id, m), 0) for m in range(1, 13))

    def month_total(self, month: int) -> int:
        return sum(self.amounts.get((c.id, month), 0) for c in self.categories)

    def grand_total(self) -> int:
        return sum(self.row_total(c.id) for c in self.categories)

    def _refresh_totals(self, row: int) -> None:
        last = len(self.categories)
        self.dataChanged.emit(self.index(row, 0), self.index(row, PURPOSE_COL))
        self.dataChanged.emit(self.index(last, 0), self.index(last, PURPOSE_COL))
        self.edited.emit()

    def spread(self, row: int, total_fen: int) -> None:
        category = self.categories[row]
        for month, fen in enumerate(spread_evenly(total_fen), start=1):
            self._put(category.id, month, fen)
        self._refresh_totals(row)

    def paste(self, row: int, col: int, grid: list[list[int | None]]) -> int:
        """Paste a block of amounts at (row, col); returns the number of cells set.

        A block starting in the category column is shifted to January.
        """
        col = max(col, 1)
        changed = 0
        for r, values in enumerate(grid):
            target_row = row + r
            if target_row >= len(self.categories):
                break
            for c, fen in enumerate(values):
                month = col + c
                if month > 12:
                    break
                if fen is not None:
                    self._put(self.categories[target_row].id, month, fen)
                    changed += 1
            self._refresh_totals(target_row)
        return changed

    def _put(self, category_id: int, month: int, fen: int) -> None:
        if fen:
            self.amounts[(category_id, month)] = fen
        else:
            self.amounts.pop((category_id, month), None)

    # --- Qt model -----------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Category")] + month_names() + [self.tr("Year total"), self.tr("Purpose")]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (len(self.categories) + 1 if self.categories else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 15

    def is_total_row(self, row: int) -> bool:
        return row == len(self.categories)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            self.editable
            and not self.is_total_row(index.row())
            and (1 <= index.column() <= 12 or index.column() == PURPOSE_COL)
        ):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        total = self.is_total_row(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return self.tr("Total") if total else self.categories[row].name
            if 1 <= col <= 12:
                fen = (
                    self.month_total(col)
                    if total
                    else self.amounts.get((self.categories[row].id, col), 0)
                )
                return format_money(fen, symbol=False) if fen else ""
            if col == TOTAL_COL:
                fen = self.grand_total() if total else self.row_total(self.categories[row].id)
                return format_money(fen, symbol=False)
            if col == PURPOSE_COL:
                return "" if total else self.purposes.get(self.categories[row].id, "")
        if role == Qt.ItemDataRole.ToolTipRole and col == PURPOSE_COL and not total:
            return self.purposes.get(self.categories[row].id) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= col <= TOTAL_COL:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and (total or col == TOTAL_COL):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and (total or col == TOTAL_COL):
            return QBrush(QColor("#f3f4f6"))
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        row, col = index.row(), index.column()
        category_id = self.categories[row].id
        if col == PURPOSE_COL:
            self.purposes[category_id] = str(value).strip()
        else:
            text = str(value).strip()
            try:
                fen = parse_money(text, "amount") if text else 0
            except ValidationError as exc:
                self.invalid.emit(exc.message)
                return False
            self._put(category_id, col, fen)
        self._refresh_totals(row)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None
