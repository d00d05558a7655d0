"""Read-only summary of one claim below the claims list: its lines and checks on the
left, its approval history (审批记录) beside them, so neither sits below the fold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QVBoxLayout, QWidget

from app.budget.invoices import display_invoice
from app.claims.rows import ClaimView, ClaimWarning
from app.claims.workflow import action_label, status_label, step_label
from app.money import amount_in_words, format_money


def history_html(claim: ClaimView, title: str) -> str:
    """The approval history as HTML (the details pane and the claim editor show it)."""
    parts = [f"<p><b>{escape(title)}</b></p>"]
    if not claim.history:
        empty = QCoreApplication.translate("ClaimDetails", "Not submitted yet.")
        parts.append(f"<p style='color:#6b7280'>{escape(empty)}</p>")
        return "".join(parts)
    parts.append("<ul style='margin-left:-20px'>")
    for h in claim.history:
        when = h.at.astimezone().strftime("%Y-%m-%d %H:%M")
        note = f" — {escape(h.note)}" if h.note else ""
        sig = " ✍" if h.has_signature else ""
        parts.append(
            f"<li>{escape(when)} {escape(step_label(h.step))}: "
            f"{escape(h.display_name)} ({escape(action_label(h.action))}){note}{sig}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)


class ClaimDetails(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claimDetails")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QTextBrowser()
        self.summary.setObjectName("claimSummary")
        self.summary.setOpenLinks(False)
        self.history = QTextBrowser()
        self.history.setObjectName("claimHistory")
        self.history.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])
        layout.addWidget(self.splitter)
        self.show_claim(None)

    def show_claim(self, claim: ClaimView | None, warnings: list[ClaimWarning] = ()) -> None:
        if claim is None:
            hint = self.tr("Select a claim to see its lines and history.")
            self.summary.setHtml(f"<p style='color:#6b7280'>{escape(hint)}</p>")
            self.history.hide()
            return
        self.history.show()
        self.history.setHtml(history_html(claim, self.tr("Approval history")))
        returned_label = self.tr("Returned:")
        override_label = self.tr("Approved over budget:")
        total_label = self.tr("Total:")
        attachments_label = self.tr("Scanned invoices:")
        paper_label = self.tr("Paper attachments:")
        parts = [
            f"<h3>{escape(claim.number)} · {escape(status_label(claim.status))}</h3>",
            (
                f"<p>{escape(claim.claimant_name)} {escape(claim.department_name)} · "
                f"{escape(claim.purpose)}</p>"
            ),
        ]
        if claim.return_reason and claim.status == "draft":
            parts.append(
                f"<p style='color:#92400e'>{escape(returned_label)} "
                f"{escape(claim.return_reason)}</p>"
            )
        if claim.budget_override_reason:
            parts.append(
                f"<p style='color:#b91c1c'>{escape(override_label)} "
                f"{escape(claim.budget_override_reason)}</p>"
            )
        head = [
            self.tr("Date"),
            self.tr("Place"),
            self.tr("Category"),
            self.tr("Description"),
            self.tr("Invoice"),
            self.tr("Amount"),
        ]
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(x)}</td>"
                for x in (
                    ln.expense_date.isoformat(),
                    ln.place,
                    ln.category_name,
                    ln.description,
                    display_invoice(ln.invoice_code, ln.invoice_number),
                )
            )
            + f"<td align='right'>{escape(format_money(ln.amount_fen))}"
            + (" ⚠" if ln.over_standard else "")
            + "</td></tr>"
            for ln in claim.lines
        )
        parts.append(
            "<table border='0' cellspacing='0' cellpadding='3' width='100%'><tr>"
            + "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
            + f"</tr>{rows}</table>"
        )
        parts.append(
            f"<p><b>{escape(total_label)} {escape(format_money(claim.total_fen))}"
            f"</b> ({escape(amount_in_words(claim.total_fen))}) · "
            f"{escape(paper_label)} {claim.paper_count} · "
            f"{escape(attachments_label)} {len(claim.attachments)}</p>"
        )
        if warnings:
            parts.append(
                "<p style='color:#b45309'>"
                + "<br>".join("⚠ " + escape(w.message) for w in warnings)
                + "</p>"
            )
        self.summary.setHtml("".join(parts))
