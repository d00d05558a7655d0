"""An ad-copy editor: the copy, its flagged phrases marked as it is typed, and the
findings with the article, explanation and suggested rewording.

Used wherever copy is written (an activity, an ad placement):
`AdCopyEditor(ctx)` checks against the office's rules (ctx.services.adcheck),
`AdCopyEditor(check=...)` against any check function."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from app.adcheck.checker import Finding
from ui.adcheck.findings_panel import AdFindingsPanel
from ui.adcheck.highlighter import AdCopyHighlighter

if TYPE_CHECKING:
    from ui.context import UiContext


class AdCopyEditor(QWidget):
    findingsChanged = Signal(list)
    textChanged = Signal()

    def __init__(
        self,
        ctx: UiContext | None = None,
        parent: QWidget | None = None,
        *,
        check: Callable[[str], list[Finding]] | None = None,
    ) -> None:
        super().__init__(parent)
        if check is None:
            if ctx is None:
                raise ValueError("AdCopyEditor needs a UiContext or a check function")
            check = ctx.services.adcheck.check
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("adCopy")
        self.edit.setPlaceholderText(self.tr("The ad copy, as it will be published"))
        self.edit.textChanged.connect(self.textChanged)
        self.panel = AdFindingsPanel()
        self.panel.findingActivated.connect(self._select)
        self.highlighter = AdCopyHighlighter(self.edit.document(), check)
        self.highlighter.findingsChanged.connect(self._show)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.edit)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def text(self) -> str:
        return self.edit.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's naming
        self.edit.setPlainText(text)
        self.highlighter.recheck()  # a loaded text is checked at once, not after a pause

    def findings(self) -> list[Finding]:
        """The findings of the copy as it is now (a pending check runs at once)."""
        return self.highlighter.findings()

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt's naming
        self.edit.setReadOnly(read_only)

    def _show(self, findings: list[Finding]) -> None:
        self.panel.show_findings(findings)
        self.findingsChanged.emit(findings)

    def _select(self, index: int) -> None:
        start, end = self.highlighter.span(index)
        cursor = self.edit.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.setFocus()
