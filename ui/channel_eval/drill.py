"""The customers or cost records behind one figure of the channel table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.channel_eval.drill import DRILL_LIMIT, CostRecord, CustomerBehind
from app.channel_eval.text import count_text, money_text
from app.customers.pipeline import Status, status_label
from ui.channel_eval.models import RowsModel


def _status(value: str) -> str:
    try:
        return status_label(Status(value))
    except ValueError:
        return value


class DrillDialog(QDialog):
    def __init__(self, title: str, headers: list[str], rows: list[list[str]], right: set[int],
                 summary: str, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 460)
        layout = QVBoxLayout(self)
        self.model = RowsModel(headers, rows, right, self)
        self.table = QTableView()
        self.table.setObjectName("drill")
        self.table.setModel(self.model)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        widths = (90, 160, 190, 100, 120) if len(headers) == 6 else (120, 100, 100, 80)
        for col, width in enumerate(widths):
            header.resizeSection(col, width)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        self.summary = QLabel(summary)
        self.summary.setObjectName("summary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def for_customers(cls, title: str, rows: list[CustomerBehind], parent=None) -> DrillDialog:
        headers = [
            QCoreApplication.translate("ChannelDrillDialog", "Customer"),
            QCoreApplication.translate("ChannelDrillDialog", "Registered on"),
            QCoreApplication.translate("ChannelDrillDialog", "Status"),
            QCoreApplication.translate("ChannelDrillDialog", "Share"),
            QCoreApplication.translate("ChannelDrillDialog", "Revenue in the period"),
        ]  # noqa: E501
        texts = [
            [
                r.name,
                r.registered_on.isoformat() if r.registered_on else "",
                _status(r.status),
                count_text(r.share),
                money_text(r.revenue_fen) if r.revenue_fen else "",
            ]
            for r in rows
        ]
        total = sum((r.share for r in rows), start=0)
        summary = (
            QCoreApplication.translate(
                "ChannelDrillDialog", "%1 customers, counting %2 for this channel"
            )
            .replace("%1", str(len(rows)))
            .replace("%2", count_text(total))
        )  # noqa: E501
        if len(rows) >= DRILL_LIMIT:
            summary += " · " + QCoreApplication.translate(
                "ChannelDrillDialog", "the newest %1 are listed"
            ).replace("%1", str(DRILL_LIMIT))
        return cls(title, headers, texts, {3, 4}, summary, parent)

    @classmethod
    def for_costs(cls, title: str, rows: list[CostRecord], parent=None) -> DrillDialog:
        headers = [
            QCoreApplication.translate("ChannelDrillDialog", "Date"),
            QCoreApplication.translate("ChannelDrillDialog", "Record"),
            QCoreApplication.translate("ChannelDrillDialog", "Claimant or payee"),
            QCoreApplication.translate("ChannelDrillDialog", "Amount"),
            QCoreApplication.translate("ChannelDrillDialog", "Activity"),
            QCoreApplication.translate("ChannelDrillDialog", "Description"),
        ]  # noqa: E501
        texts = [
            [
                r.date.isoformat(),
                (
                    QCoreApplication.translate("ChannelDrillDialog", "claim %1")
                    if r.kind == "claim"
                    else QCoreApplication.translate("ChannelDrillDialog", "direct expense %1")
                ).replace("%1", r.reference),  # noqa: E501
                r.who,
                money_text(r.amount_fen),
                r.activity,
                r.description,
            ]
            for r in rows
        ]
        total = sum(r.amount_fen for r in rows)
        summary = (
            QCoreApplication.translate("ChannelDrillDialog", "%1 cost records, %2 in all")
            .replace("%1", str(len(rows)))
            .replace("%2", money_text(total))  # noqa: E501
            if rows
            else QCoreApplication.translate(
                "ChannelDrillDialog", "No cost is recorded for this channel in the period."
            )
        )
        return cls(title, headers, texts, {3}, summary, parent)
