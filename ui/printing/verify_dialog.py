"""Verify printed form: type or scan the code from a paper claim form.

A QR scanner acts as a keyboard: it types the code and presses Enter, which
checks it at once; the field is then selected for the next form.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.claims.workflow import status_label
from app.errors import ServiceError
from app.money import format_money
from app.printing.service import VerifyOutcome, VerifyResult
from ui.context import UiContext
from ui.widgets.messages import show_error


class VerifyFormDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_result: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verify printed form"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Scan the QR code of a printed claim form, or type the code printed under it "
                "(for example BX-2026-0042-7F3A9C), to check that the paper matches the "
                "claim as it is now."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("BX-2026-0042-7F3A9C")
        self.code_edit.setClearButtonEnabled(True)
        self.code_edit.returnPressed.connect(self.check)
        form.addRow(self.tr("&Code:"), self.code_edit)
        layout.addLayout(form)
        self.result_label = QLabel()
        self.result_label.setObjectName("verifyResult")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumHeight(70)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setDefault(True)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.clicked.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_text(self.tr("Enter a code and press Enter."), "")

    def check(self) -> None:
        code = self.code_edit.text()
        if not code.strip():
            self._show_text(self.tr("Enter a code and press Enter."), "")
            return
        try:
            result = self.ctx.services.printing.verify(self.ctx.actor, code)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.last_result = result
        self._show(result)
        self.code_edit.selectAll()
        self.code_edit.setFocus()

    def _show(self, result: VerifyResult) -> None:
        details = ""
        if result.claim_id is not None:
            details = (
                self.tr("Claim %1, %2, %3, status: %4")
                .replace("%1", result.number)
                .replace("%2", result.claimant)
                .replace("%3", format_money(result.total_fen))
                .replace("%4", status_label(result.status))
            )
        if result.outcome == VerifyOutcome.MATCH:
            self._show_text(
                self.tr("✔ The form matches the claim in the database."), details, "#1b7f2a"
            )
        elif result.outcome == VerifyOutcome.MISMATCH:
            self._show_text(
                self.tr(
                    "✘ The form does NOT match: the claim was changed (or approved) after this "
                    "form was printed. Print it again and compare before accepting the paper."
                ),
                details,
                "#b3261e",
            )
        elif result.outcome == VerifyOutcome.UNKNOWN:
            self._show_text(
                self.tr("✘ There is no claim numbered %s.") % result.number, "", "#b3261e"
            )
        else:
            self._show_text(
                self.tr("This is not a verification code. It looks like BX-2026-0042-7F3A9C."),
                "",
                "#b3261e",
            )

    def _show_text(self, headline: str, details: str, color: str = "") -> None:
        style = f"color:{color};" if color else ""
        html = f"<p style='{style}font-weight:bold'>{_escape(headline)}</p>"
        if details:
            html += f"<p>{_escape(details)}</p>"
        self.result_label.setText(html)


def _escape(text: str) -> str:
    import html

    return html.escape(text)
