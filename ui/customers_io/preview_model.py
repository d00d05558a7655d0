"""The import preview: one row per file row with its validation result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.customers.phones import national_of
from app.customers_io.cells import cell_text
from app.customers_io.importer import ImportPreview
from app.customers_io.report import status_text
from app.customers_io.rows import MERGED, NEW, REJECTED, SKIPPED, RowResult

ALL, PROBLEMS, REJECTED_ONLY, MERGED_ONLY = "all", "problems", "rejected", "merged"
_COLORS = {REJECTED: "#fde2e1", MERGED: "#e6f0fb", SKIPPED: "#eeeeee"}
_WARNING_COLOR = "#fff4d6"

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    StatusRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._results: list[RowResult] = []
        self._preview: ImportPreview | None = None
        self._shown: list[RowResult] = []
        self._filter = ALL
        self._headers = [
            self.tr("Row"),
            self.tr("Result"),
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Reason / warnings"),
        ]

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._results = preview.results if preview is not None else []
        self._apply()
        self.endResetModel()

    def set_filter(self, which: str) -> None:
        self.beginResetModel()
        self._filter = which
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        keep = {
            ALL: lambda r: not (r.status == SKIPPED and not r.warnings and r.reason == ""),
            PROBLEMS: lambda r: r.status == REJECTED or bool(r.warnings),
            REJECTED_ONLY: lambda r: r.status == REJECTED,
            MERGED_ONLY: lambda r: r.status == MERGED,
        }[self._filter]
        self._shown = [r for r in self._results if keep(r)]

    def result_at(self, row: int) -> RowResult:
        return self._shown[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        result = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = result.values or {}
            column = index.column()
            if column == 0:
                return result.row
            if column == 1:
                return status_text(result.status)
            if column == 2:
                return values.get("name") or self._raw(result, "name")
            if column == 3:
                return (
                    national_of(values.get("mobile"))
                    or national_of(values.get("guardian_phone"))
                    or self._raw(result, "mobile")
                )
            if column == 4:
                return "; ".join(
                    [result.reason, *result.warnings] if result.reason else result.warnings
                )
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            color = _COLORS.get(result.status) or (_WARNING_COLOR if result.warnings else None)
            return QBrush(QColor(color)) if color else None
        if role == self.StatusRole:
            return result.status
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return (
                "\n".join([result.reason, *result.warnings] if result.reason else result.warnings)
                or None
            )
        return None

    def _raw(self, result: RowResult, key: str) -> str:
        """The file's own cell, for rows that were rejected before being read."""
        if self._preview is None or key not in self._preview.mapping:
            return ""
        cells = self._preview.file.rows[result.row - 1]
        column = self._preview.mapping.index(key)
        return cell_text(cells[column]) if column < len(cells) else ""

    def counts(self) -> dict[str, int]:
        counts = {NEW: 0, MERGED: 0, REJECTED: 0, SKIPPED: 0}
        for r in self._results:
            counts[r.status] += 1
        return counts
