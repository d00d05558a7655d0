"""The findings of the ad-copy check: phrase, article, explanation, suggested rewording."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.adcheck.checker import Finding
from ui.adcheck.articles import article_label


class AdFindingsPanel(QWidget):
    # The index of the finding whose phrase the user clicked.
    findingActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("adFindingsSummary")
        self.summary.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("adFindings")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        layout.addWidget(self.summary)
        layout.addWidget(self.browser)
        self.show_findings([])

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def show_findings(self, findings: list[Finding]) -> None:
        self._findings = list(findings)
        if not findings:
            self.summary.setText(self.tr("No problems found in the copy."))
            self.summary.setStyleSheet("color: #1b6e20;")
            self.browser.setHtml("")
            self.browser.setVisible(False)
            return
        self.summary.setText(
            self.tr("%n phrase(s) the Advertising Law does not allow:", "", len(findings))
        )
        self.summary.setStyleSheet("color: #a00000; font-weight: bold;")
        self.browser.setVisible(True)
        suggestion = self.tr("Suggestion: %1")
        parts = []
        for index, f in enumerate(findings):
            parts.append(
                f'<p><a href="finding:{index}"><b>「{escape(f.phrase)}」</b></a>'
                f" &nbsp;<span style='color:#555'>{escape(article_label(f.article))}</span><br>"
                f"{escape(f.explanation)}"
                + (
                    "<br><i>" + escape(suggestion.replace("%1", f.suggestion)) + "</i>"
                    if f.suggestion
                    else ""
                )
                + "</p>"
            )
        self.browser.setHtml("".join(parts))

    def _clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("finding:"):
            self.findingActivated.emit(int(text.partition(":")[2]))
