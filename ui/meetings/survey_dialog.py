"""The satisfaction survey of one meeting (会议后问卷调查): a score and a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.meetings.rows import MeetingRow
from ui.widgets.dialogs import run


class SurveyDialog(QDialog):
    def __init__(self, ctx, row: MeetingRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Survey: %s") % row.title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How satisfied were you with this meeting?")))
        scores = QHBoxLayout()
        self.group = QButtonGroup(self)
        labels = {1: self.tr("1 poor"), 3: self.tr("3 fair"), 5: self.tr("5 excellent")}
        for score in range(1, 6):
            button = QRadioButton(labels.get(score, str(score)))
            button.setObjectName(f"score{score}")
            self.group.addButton(button, score)
            scores.addWidget(button)
        layout.addLayout(scores)
        layout.addWidget(QLabel(self.tr("What should the next meeting do better? (optional)")))
        self.comment = QLineEdit()
        self.comment.setObjectName("comment")
        self.comment.setMaxLength(500)
        layout.addWidget(self.comment)
        previous = ctx.services.meeting_followup.my_answer(ctx.actor, row.id)
        if previous is not None:
            self.group.button(previous.score).setChecked(True)
            self.comment.setText(previous.comment)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.group.idClicked.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.group.checkedId() > 0)

    def save(self) -> None:
        follow, row = self.ctx.services.meeting_followup, self.row
        score, comment = self.group.checkedId(), self.comment.text()
        result = run(self, lambda: follow.answer_survey(self.ctx.actor, row.id, score, comment))
        if result is not None:
            self.ctx.bus.publish(result.change)
            self.accept()
