"""Item models of the claims UI: the claim list and the editable lines of one claim."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.budget.categories import CategoryRow
from app.channels.rows import ChannelRow
from app.claims.rows import ClaimListRow, LineInput, LineView
from app.claims.workflow import status_label
from app.errors import ValidationError
from app.money import format_money, parse_money
from ui.widgets.dates import pydate, qdate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_STATUS_COLORS = {
    "draft": "#6b7280",
    "submitted": "#1d4ed8",
    "department_approved": "#7c3aed",
    "finance_approved": "#047857",
    "paid": "#065f46",
    "cancelled": "#9ca3af",
}


class ClaimListModel(QAbstractTableModel):
    NUMBER, DATE, CLAIMANT, DEPARTMENT, PURPOSE, LINES, TOTAL, STATUS = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ClaimListRow] = []
        self._text: list[tuple[str, ...]] = []
        self._given: list[ClaimListRow] = []  # in the service's order
        self._sort_column = -1  # -1: the service's order
        self._sort_order = Qt.SortOrder.AscendingOrder

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Claimant"),
            self.tr("Department"),
            self.tr("Purpose"),
            self.tr("Lines"),
            self.tr("Total"),
            self.tr("Status"),
        ]

    def set_rows(self, rows: list[ClaimListRow]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self._text = [
            (
                r.number,
                r.claim_date.isoformat(),
                r.claimant_name,
                r.department_name,
                r.purpose,
                str(r.line_count),
                format_money(r.total_fen),
                status_label(r.status),
            )
            for r in self._rows
        ]
        self.endResetModel()

    def _sorted(self, rows: list[ClaimListRow]) -> list[ClaimListRow]:
        key = _SORT_KEYS.get(self._sort_column)
        if key is None:
            return list(rows)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=key, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the loaded claims (a header click); column -1 is the service's order."""
        self._sort_column, self._sort_order = column, order
        self.set_rows(self._given)

    def row_at(self, row: int) -> ClaimListRow:
        return self._rows[row]

    def row_of(self, claim_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == claim_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[row][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LINES, self.TOTAL):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            return QBrush(QColor(_STATUS_COLORS.get(self._rows[row].status, "#000000")))
        if role == ID_ROLE:
            return self._rows[row].id
        if role == STATUS_ROLE:
            return self._rows[row].status
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


_SORT_KEYS: dict[int, Any] = {
    ClaimListModel.NUMBER: lambda r: r.number,
    ClaimListModel.DATE: lambda r: r.claim_date,
    ClaimListModel.CLAIMANT: lambda r: r.claimant_name,
    ClaimListModel.DEPARTMENT: lambda r: r.department_name,
    ClaimListModel.PURPOSE: lambda r: r.purpose,
    ClaimListModel.LINES: lambda r: r.line_count,
    ClaimListModel.TOTAL: lambda r: r.total_fen,
    ClaimListModel.STATUS: lambda r: status_label(r.status),
}


@dataclass
class LineDraft:
    expense_date: dt.date
    category_id: int | None = None
    amount_fen: int | None = None
    place: str = ""
    description: str = ""
    invoice_code: str = ""
    invoice_number: str = ""
    over_standard: str = ""
    amount_error: str = ""
    channel_id: int | None = None

    @classmethod
    def from_view(cls, line: LineView) -> LineDraft:
        return cls(
            line.expense_date,
            line.category_id,
            line.amount_fen,
            line.place,
            line.description,
            line.invoice_code,
            line.invoice_number,
            line.over_standard,
            channel_id=line.channel_id,
        )


class ClaimLinesModel(QAbstractTableModel):
    """Editable lines of a draft claim; amounts typed as text, kept as fen."""

    DATE, PLACE, CATEGORY, CHANNEL, DESCRIPTION, AMOUNT, CODE, NUMBER, STANDARD = range(9)

    def __init__(
        self, categories: list[CategoryRow], channels: Sequence[ChannelRow] = (), parent=None
    ) -> None:
        super().__init__(parent)
        self.categories = {c.id: c for c in categories}
        # Inactive channels too: an old line keeps showing the channel it served.
        self.channels = {c.id: c for c in channels}
        self.lines: list[LineDraft] = []
        self.editable = True

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Place"),
            self.tr("Category"),
            self.tr("Channel"),
            self.tr("Description"),
            self.tr("Amount"),
            self.tr("Invoice code"),
            self.tr("Invoice number"),
            self.tr("Standard"),
        ]

    def set_lines(self, lines: list[LineDraft]) -> None:
        self.beginResetModel()
        self.lines = [replace(line) for line in lines]
        self.endResetModel()

    def add_line(self, template: LineDraft) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(template)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def total_fen(self) -> int:
        return sum(line.amount_fen or 0 for line in self.lines)

    def inputs(self) -> list[LineInput]:
        """The lines for the service; a line whose amount did not parse raises."""
        out = []
        for i, line in enumerate(self.lines, start=1):
            if line.amount_fen is None:
                raise ValidationError(
                    f"lines.{i}.amount", self.tr("Line %1: enter the amount.").replace("%1", str(i))
                )
            if line.category_id is None:
                raise ValidationError(
                    f"lines.{i}.category",
                    self.tr("Line %1: choose an expense category.").replace("%1", str(i)),
                )
            out.append(
                LineInput(
                    line.expense_date,
                    line.category_id,
                    line.amount_fen,
                    line.place,
                    line.description,
                    line.invoice_code,
                    line.invoice_number,
                    line.channel_id,
                )
            )
        return out

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != self.STANDARD:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _display(self, line: LineDraft, col: int) -> str:
        if col == self.DATE:
            return line.expense_date.isoformat()
        if col == self.CATEGORY:
            category = self.categories.get(line.category_id or -1)
            return category.name if category else ""
        if col == self.CHANNEL:
            channel = self.channels.get(line.channel_id or -1)
            return channel.name if channel else ""
        if col == self.AMOUNT:
            if line.amount_error:
                return line.amount_error
            return "" if line.amount_fen is None else format_money(line.amount_fen, symbol=False)
        if col == self.STANDARD:
            return line.over_standard
        return {
            self.PLACE: line.place,
            self.DESCRIPTION: line.description,
            self.CODE: line.invoice_code,
            self.NUMBER: line.invoice_number,
        }[col]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line, col = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.EditRole:
            if col == self.DATE:
                return qdate(line.expense_date)
            if col == self.CATEGORY:
                return line.category_id if line.category_id is not None else -1
            if col == self.CHANNEL:
                return line.channel_id if line.channel_id is not None else -1
            if col == self.AMOUNT:
                return (
                    "" if line.amount_fen is None else format_money(line.amount_fen, symbol=False)
                )
            return self._display(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.AMOUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and (
            (col == self.AMOUNT and line.amount_error) or col == self.STANDARD
        ):
            return QBrush(QColor("#b91c1c"))
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and line.over_standard
            and col in (self.AMOUNT, self.STANDARD)
        ):
            return QBrush(QColor("#fee2e2"))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.STANDARD and line.over_standard:
            return line.over_standard
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        line, col = self.lines[index.row()], index.column()
        if col == self.DATE:
            if not isinstance(value, QDate) or not value.isValid():
                return False
            line.expense_date = pydate(value)
        elif col == self.CATEGORY:
            line.category_id = int(value) if value is not None and int(value) >= 0 else None
        elif col == self.CHANNEL:
            line.channel_id = int(value) if value is not None and int(value) >= 0 else None
        elif col == self.AMOUNT:
            try:
                line.amount_fen = parse_money(str(value), "amount", allow_zero=False)
                line.amount_error = ""
            except ValidationError as exc:
                line.amount_fen = None
                line.amount_error = exc.message
        elif col in (self.PLACE, self.DESCRIPTION, self.CODE, self.NUMBER):
            attr = {
                self.PLACE: "place",
                self.DESCRIPTION: "description",
                self.CODE: "invoice_code",
                self.NUMBER: "invoice_number",
            }[col]
            setattr(line, attr, str(value).strip())
        else:
            return False
        line.over_standard = ""  # recomputed by the service on save
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.STANDARD))
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return str(section + 1)
