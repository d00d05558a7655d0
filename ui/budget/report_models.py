"""Item models of the budget vs. spend tab: the report table and the drill-down rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.budget.pace import PACE_FILLS, pace_label
from app.budget.report import BudgetReport, DrillRow, ReportRow
from app.claims.workflow import status_label
from app.money import format_money

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


class ReportModel(QAbstractTableModel):
    (CATEGORY, BUDGET, ADJUSTMENTS, EFFECTIVE, SPEND, COMMITTED, REMAINING, PERCENT, PACE) = range(
        9
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.report: BudgetReport | None = None
        self._rows: list[ReportRow] = []
        self._text: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [
            self.tr("Category"),
            self.tr("Budget"),
            self.tr("Adjustments"),
            self.tr("Effective budget"),
            self.tr("Spend"),
            self.tr("Committed"),
            self.tr("Remaining"),
            self.tr("% used"),
            self.tr("Pace"),
        ]

    def set_report(self, report: BudgetReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self._rows = list(report.rows) if report else []
        self._text = []
        for row in self._rows:
            percent = row.percent_used
            self._text.append(
                [
                    row.category_name or self.tr("Total"),
                    format_money(row.budget),
                    format_money(row.adjustments),
                    format_money(row.effective),
                    format_money(row.spend),
                    format_money(row.committed),
                    format_money(row.remaining),
                    "—" if percent is None else f"{percent:.1f}%",
                    pace_label(row.pace),
                ]
            )
        self.endResetModel()

    def row_at(self, row: int) -> ReportRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 9

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.CATEGORY:
            return _RIGHT
        if (
            role == Qt.ItemDataRole.BackgroundRole
            and row.pace in PACE_FILLS
            and col in (self.REMAINING, self.PERCENT, self.PACE, self.SPEND)
        ):
            return QBrush(QColor(PACE_FILLS[row.pace]))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.REMAINING and row.remaining < 0:
            return QBrush(QColor("#b91c1c"))
        if role == Qt.ItemDataRole.FontRole and row.category_id is None:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.PACE, self.PERCENT):
            return self.tr("Budget prorated to date: %1").replace("%1", format_money(row.prorated))
        if role == CATEGORY_ROLE:
            return row.category_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class DrillModel(QAbstractTableModel):
    DATE, KIND, REFERENCE, WHO, DESCRIPTION, STATUS, AMOUNT = range(7)

    def __init__(self, rows: list[DrillRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._text = [
            [
                r.date.isoformat(),
                self.tr("Claim line") if r.kind == "claim" else self.tr("Direct expense"),
                r.reference,
                r.who,
                r.description,
                (status_label(r.status) if r.status else "")
                + (self.tr(" (committed)") if r.committed else ""),
                format_money(r.amount_fen),
            ]
            for r in rows
        ]

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Type"),
            self.tr("Reference"),
            self.tr("Claimant / payee"),
            self.tr("Description"),
            self.tr("Status"),
            self.tr("Amount"),
        ]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.AMOUNT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and self.rows[index.row()].committed:
            return QBrush(QColor("#1d4ed8"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None
