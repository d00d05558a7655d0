"""Item models of the channel evaluation tab: the metrics table and the drill-down rows."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from app.channel_eval.figures import ChannelFigures, Figures
from app.channel_eval.report import ChannelReport
from app.channel_eval.text import count_text, headers, percent_text, row_texts

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _change(now: Fraction, then: Fraction | None) -> str:
    if then is None or not then:
        return "—"
    percent = percent_text((now - then) / then, 0)
    return percent if percent.startswith("-") else "+" + percent


class MetricsModel(QAbstractTableModel):
    """One row per channel and a total row; the last two columns compare leads with the
    previous period and the same period a year earlier."""

    (
        CHANNEL,
        LEADS,
        TRIALS,
        CONVERSIONS,
        RATE,
        COST,
        CPL,
        CPA,
        REVENUE,
        ROI,
        VS_PREVIOUS,
        YEAR_ON_YEAR,
    ) = range(12)
    # The columns whose figure is a set of customers; the cost columns are cost records.
    CUSTOMER_COLUMNS = {
        LEADS: "leads",
        TRIALS: "trials",
        CONVERSIONS: "conversions",
        REVENUE: "conversions",
        RATE: "conversions",
    }  # noqa: E501

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ChannelFigures | None] = []  # None: the total row
        self._text: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [
            *headers(),
            self.tr("Leads vs previous period"),
            self.tr("Leads year on year"),
        ]

    def set_report(self, report: ChannelReport | None) -> None:
        self.beginResetModel()
        self.rows = [*report.rows, None] if report else []
        self._text = []
        if report is not None:
            for row in self.rows:
                figures: Figures = report.total if row is None else row.figures
                name = self.tr("Total") if row is None else row.name
                previous = (
                    _total(report.previous) if row is None else report.previous.get(row.channel_id)
                )
                year_ago = (
                    _total(report.year_ago) if row is None else report.year_ago.get(row.channel_id)
                )
                self._text.append(
                    [
                        *row_texts(name, figures),
                        _change(figures.leads, previous.leads if previous else None),
                        _change(figures.leads, year_ago.leads if year_ago else None),
                    ]
                )
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 12

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.CHANNEL:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and self.rows[index.row()] is None:
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def _total(by_channel: dict[int | None, Figures]) -> Figures:
    total = Figures()
    for figures in by_channel.values():
        total.add(figures)
    return total


class RowsModel(QAbstractTableModel):
    """Plain text rows under headers (the drill-down lists)."""

    def __init__(self, headers: list[str], rows: list[list[str]], right: set[int], parent=None):
        super().__init__(parent)
        self._headers, self.rows, self._right = headers, rows, right

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


__all__ = ["MetricsModel", "RowsModel", "count_text"]


class ActivitiesModel(QAbstractTableModel):
    """The activities that start in the period, with their own leads, cost and return."""

    COST_COLUMNS = {5, 6, 7, 9}  # cost, CPL, CPA, ROI: the cost records behind them

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text: list[list[str]] = []
        self.rows: list = []

    def headers(self) -> list[str]:
        return [
            self.tr("Activity"),
            self.tr("Starts on"),
            self.tr("Channel"),
            self.tr("Leads captured"),
            self.tr("Enrolled"),
            self.tr("Cost"),
            self.tr("CPL"),
            self.tr("CPA"),
            self.tr("Revenue"),
            self.tr("ROI"),
        ]

    def set_rows(self, rows: list) -> None:
        from app.channel_eval.text import money_text, roi_text

        self.beginResetModel()
        self.rows = list(rows)
        self._text = [
            [
                a.name,
                a.starts_on.isoformat(),
                a.channel_name or "—",
                count_text(a.figures.leads),
                count_text(a.figures.conversions),
                money_text(a.figures.cost_fen),
                money_text(a.figures.cpl),
                money_text(a.figures.cpa),
                money_text(a.figures.revenue),
                roi_text(a.figures.roi),
            ]
            for a in rows
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._text)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None
