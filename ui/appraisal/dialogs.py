"""The drill-down behind a score, and a manager's manual score with a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.appraisal.metrics import TraceLine
from app.appraisal.rows import ScoreRow
from app.appraisal.units import figure_text
from ui.widgets.dialogs import run
from ui.widgets.row_model import Column, RowTableModel
from ui.widgets.tables import record_table


def number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.2f}".rstrip("0").rstrip(".")


class TraceDialog(QDialog):
    """The records behind one score (or behind the conduct points)."""

    def __init__(
        self,
        ctx,
        run_id: int,
        staff_id: int,
        score: ScoreRow | None,
        person: str,
        *,
        query: str = "",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appraisal-trace")
        what = score.kpi_name if score is not None else self.tr("Conduct points")
        self.setWindowTitle(
            self.tr("Records behind %1 — %2").replace("%1", what).replace("%2", person)
        )
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        lines = run(
            self,
            lambda: ctx.services.appraisal.trace(
                ctx.actor, run_id, staff_id, score.kpi_id if score is not None else None
            ),
        )
        self.lines: list[TraceLine] = lines or []
        if query:
            about = QLabel(query)
            about.setWordWrap(True)
            layout.addWidget(about)
        summary = QLabel(self.tr("%n record(s)", "", len(self.lines)))
        if score is not None and score.actual is not None:
            summary.setText(
                summary.text()
                + "  ·  "
                + self.tr("figure in the run: %1").replace(
                    "%1", figure_text(score.unit, score.actual)
                )
            )
        layout.addWidget(summary)
        kinds = {
            "customer": self.tr("Customer"),
            "enrollment": self.tr("Enrollment"),
            "trial": self.tr("Trial class"),
            "follow_up": self.tr("Follow-up"),
            "complaint": self.tr("Complaint"),
            "claim_line": self.tr("Claim line"),
            "expense": self.tr("Direct expense"),
            "conduct": self.tr("Conduct record"),
        }
        self.model: RowTableModel[TraceLine] = RowTableModel(
            [
                Column(lambda: self.tr("Date"), lambda t: t.day.isoformat() if t.day else ""),
                Column(lambda: self.tr("Kind"), lambda t: kinds.get(t.kind, t.kind)),
                Column(lambda: self.tr("Record"), lambda t: t.text),
                Column(
                    lambda: self.tr("Value"),
                    lambda t: figure_text(t.unit, t.value),
                    align_right=True,
                ),
            ],
            self,
        )
        self.model.set_rows(self.lines)
        layout.addWidget(
            record_table(self.model, "appraisal-trace-table", (100, 110, 360), parent=self), 1
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ManualScoreDialog(QDialog):
    """A manager's 0-100 score and comment for one manual KPI of one person."""

    def __init__(self, ctx, run_id: int, staff_id: int, person: str, score: ScoreRow, parent=None):
        super().__init__(parent)
        self.ctx, self.run_id, self.staff_id, self.score = ctx, run_id, staff_id, score
        self.result = None
        self.setWindowTitle(self.tr("%1 — %2").replace("%1", score.kpi_name).replace("%2", person))
        form = QFormLayout(self)
        self.value = QDoubleSpinBox(self)
        self.value.setObjectName("score")
        self.value.setRange(0, 100)
        self.value.setDecimals(1)
        self.value.setValue(score.actual if score.actual is not None else 80)
        self.comment = QPlainTextEdit(score.comment, self)
        self.comment.setObjectName("comment")
        self.comment.setFixedHeight(90)
        form.addRow(self.tr("Score (0-100):"), self.value)
        form.addRow(self.tr("Comment:"), self.comment)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        result = run(
            self,
            lambda: self.ctx.services.appraisal.set_manual_score(
                self.ctx.actor,
                self.run_id,
                self.staff_id,
                self.score.kpi_id,
                self.value.value(),
                self.comment.toPlainText(),
            ),
        )
        if result is not None:
            self.result = result
            self.ctx.bus.publish(result.change)
            self.accept()
