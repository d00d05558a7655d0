"""The risk warnings tab (风险预警): today's warnings of every rule the user may see,
the records behind the one chosen (double-click opens a record), acknowledging with
a note, and the acknowledged ones on request."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.risk_kit import Severity
from app.risks.labels import (
    comparison_text,
    figure_texts,
    record_kind_label,
    severity_label,
)
from app.risks.permissions import RiskPermission
from app.risks.service import CurrentRisk, RiskOverview
from app.risks.workbench import risk_key
from ui.context import UiContext
from ui.feature_tab import FeatureTab
from ui.record_links import open_or_show
from ui.widgets.dialogs import ReasonDialog, run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table
from ui.widgets.toolbars import add_action, toolbar

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_CRITICAL = QColor("#b91c1c")


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


class RisksTab(FeatureTab):
    def __init__(self, ctx: UiContext, parent=None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.overview = RiskOverview([], [])
        self._labels: dict[str, str] = {}
        layout = QVBoxLayout(self)

        bar = toolbar(layout)
        bar.setObjectName("risksToolbar")
        self.ack_action = add_action(
            self, bar, self.tr("&Acknowledge…"), "Ctrl+K", self.acknowledge
        )
        self.ack_action.setVisible(ctx.actor.can(RiskPermission.ACKNOWLEDGE))
        add_action(self, bar, self.tr("&Refresh"), "", self.refresh)  # F5: the window's
        bar.addSeparator()
        self.show_acknowledged = QCheckBox(self.tr("Show acknowledged"))
        self.show_acknowledged.setObjectName("showAcknowledged")
        self.show_acknowledged.toggled.connect(lambda _on: self._fill())
        bar.addWidget(self.show_acknowledged)

        self.failures = QLabel()
        self.failures.setObjectName("ruleFailures")
        self.failures.setWordWrap(True)
        self.failures.setStyleSheet("color: #b91c1c;")
        self.failures.hide()
        layout.addWidget(self.failures)

        self.model: RowTableModel[CurrentRisk] = RowTableModel(self._columns(), self)
        self.view = record_table(self.model, "risks", (64, 190, 430, 190, 240))
        self.view.setWordWrap(False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.view.doubleClicked.connect(lambda *_: self.open_first_record())
        self.empty = QLabel(self.tr("No risk warnings"))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: gray; font-size: 14pt; padding: 24px;")

        self.detail = QTextBrowser()
        self.detail.setObjectName("riskDetail")
        self.records = QListWidget()
        self.records.setObjectName("riskRecords")
        self.records.itemActivated.connect(self.open_record_item)
        records_box = QVBoxLayout()
        records_title = QLabel(self.tr("Records behind the warning (double-click to open):"))
        records_box.addWidget(records_title)
        records_box.addWidget(self.records)
        bottom = QWidget()
        bottom_layout = QHBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail, 3)
        bottom_layout.addLayout(records_box, 2)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.view)
        top_layout.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("risksSplitter")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)
        hint = QLabel(
            self.tr(
                "Warnings are computed from the data each time with the thresholds in the office settings. "  # noqa: E501
                "An acknowledged warning returns when its figure worsens further or its period ends."  # noqa: E501
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray;")
        layout.addWidget(hint)
        self.refresh()

    def _columns(self) -> list[Column[CurrentRisk]]:
        def acknowledged(r: CurrentRisk) -> str:
            ack = r.acknowledgement
            if ack is None:
                return ""
            text = f"{ack.by} {_local(ack.at)}: {ack.note}"
            if not r.acknowledged:
                return self.tr("Worse since: %1").replace("%1", text)
            return text

        return [
            Column(
                lambda: self.tr("Severity"),
                lambda r: severity_label(r.finding.severity),
                lambda r: r.finding.severity != Severity.CRITICAL,
            ),
            Column(lambda: self.tr("Rule"), lambda r: r.rule_title),
            Column(lambda: self.tr("Warning"), lambda r: r.finding.message),
            Column(
                lambda: self.tr("Figure vs threshold"),
                lambda r: comparison_text(
                    r.finding.figure, r.finding.threshold, r.finding.unit, r.finding.higher_is_worse
                ),
                lambda r: r.finding.figure,
            ),
            Column(lambda: self.tr("Acknowledged (by, when, note)"), acknowledged),
        ]

    # --- contract -----------------------------------------------------------------

    def refresh(self) -> None:
        overview = run(self, lambda: self.ctx.services.risks.current(self.ctx.actor, self.today))
        if overview is None:
            return
        self.overview = overview
        if overview.failures:
            lines = [
                self.tr("Rule “%1” could not be computed: %2")
                .replace("%1", f.rule_title)
                .replace("%2", f.error)
                for f in overview.failures
            ]
            self.failures.setText("\n".join(lines))
        self.failures.setVisible(bool(overview.failures))
        self._fill()

    def refresh_if_stale(self) -> None:
        # The figures move with time and with other tabs' data: recompute when shown.
        self.refresh()

    def title_suffix(self) -> str:
        count = len(self.overview.unacknowledged)
        return str(count) if count else ""

    # --- list and detail ----------------------------------------------------------

    def shown(self) -> list[CurrentRisk]:
        if self.show_acknowledged.isChecked():
            return list(self.overview.risks)
        return self.overview.unacknowledged

    def _fill(self) -> None:
        current = self.current()
        key = (current.finding.rule, current.finding.subject) if current else None
        rows = self.shown()
        self.model.set_rows(rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        for row, risk in enumerate(self.model.rows()):
            if (risk.finding.rule, risk.finding.subject) == key or (key is None and row == 0):
                self.view.selectRow(row)
                break
        self._show_detail()

    def select_key(self, key: int) -> bool:
        """Select the warning with this workbench key (acknowledged ones too)."""
        self.refresh()
        for shown_all in (False, True):
            if shown_all:
                self.show_acknowledged.setChecked(True)
            for row, risk in enumerate(self.model.rows()):
                if risk_key(risk.finding.rule, risk.finding.subject) == key:
                    self.view.selectRow(row)
                    return True
        return False

    def current(self) -> CurrentRisk | None:
        return self.model.row_at(self.view.currentIndex())

    def _record_label(self, kind: str, record_id: int, label: str) -> str:
        if kind not in self._labels:
            self._labels[kind] = record_kind_label(kind)
        if not label:
            return f"{self._labels[kind]} #{record_id}"
        return self.tr("%1: %2").replace("%1", self._labels[kind]).replace("%2", label)

    def _show_detail(self) -> None:
        risk = self.current()
        self.records.clear()
        self.ack_action.setEnabled(risk is not None and not risk.acknowledged)
        if risk is None:
            self.detail.setHtml("")
            return
        f = risk.finding
        shown, limit = figure_texts(f.figure, f.threshold, f.unit)
        parts = [
            f"<h3>{html.escape(risk.rule_title)}</h3>",
            f"<p><b>{html.escape(severity_label(f.severity))}</b> · {html.escape(f.message)}</p>",
            "<p>"
            + html.escape(
                self.tr("Figure %1 against the threshold %2.")
                .replace("%1", shown)
                .replace("%2", limit)
            )
            + "</p>",
        ]
        history = run(
            self, lambda: self.ctx.services.risks.history(self.ctx.actor, f.rule, f.subject)
        )
        if history:
            at_figure = self.tr("at figure %1")
            heading = self.tr("Acknowledgements")
            items = "".join(
                "<li>"
                + html.escape(f"{a.by} · {_local(a.at)} · ")
                + html.escape(at_figure.replace("%1", f"{a.figure.normalize():f}"))
                + f"<br>{html.escape(a.note)}</li>"
                for a in history
            )
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{items}</ul>")
        self.detail.setHtml("".join(parts))
        for index, (kind, record_id) in enumerate(f.records):
            item = QListWidgetItem(self._record_label(kind, record_id, f.record_label(index)))
            item.setData(RECORD_ROLE, (kind, record_id))
            if f.severity == Severity.CRITICAL:
                item.setForeground(_CRITICAL)
            self.records.addItem(item)

    # --- actions ------------------------------------------------------------------

    def open_record_item(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(RECORD_ROLE)
        self.open(kind, record_id)

    def open_first_record(self) -> None:
        risk = self.current()
        if risk is not None and risk.finding.records:
            self.open(*risk.finding.records[0])

    def open(self, kind: str, record_id: int) -> None:
        """Through the feature that opens records of that kind, else its tab."""
        open_or_show(self.ctx, self, kind, record_id, besides="risks")

    def note_dialog(self, risk: CurrentRisk) -> ReasonDialog:
        """Asks for the note (OK needs text)."""
        return ReasonDialog(
            self,
            self.tr("Acknowledge the warning"),
            self.tr("What is being done about it? (required)"),
            f"{risk.rule_title}: {risk.finding.message}",
        )

    def ask_note(self, risk: CurrentRisk) -> str | None:
        dialog = self.note_dialog(risk)
        if dialog.exec() != ReasonDialog.DialogCode.Accepted:
            return None
        return dialog.reason()

    def acknowledge(self) -> None:
        risk = self.current()
        if risk is None or risk.acknowledged:
            return
        note = self.ask_note(risk)
        if not note:
            return
        change = run(
            self,
            lambda: self.ctx.services.risks.acknowledge(
                self.ctx.actor, risk.finding.rule, risk.finding.subject, note, self.today
            ),
        )
        if change is not None:
            self.ctx.bus.publish(change)
            self.refresh()
