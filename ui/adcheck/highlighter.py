"""Marks the phrases the ad-copy check flags, as the copy is typed.

The check runs on the whole text (context matters: 第一期 vs 第一品牌), debounced:
at most once per pause in typing, not per keystroke. Until it runs again, the
findings already shown move with the edits, and one touched by an edit is dropped,
so the marks never sit on the wrong characters.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from app.adcheck.checker import Finding

DEBOUNCE_MS = 300


def _utf16_offsets(text: str) -> Callable[[int], int] | None:
    """Python counts code points, Qt UTF-16 units: an emoji (🔥, common in ads) is two
    units. None when the text has no character outside the BMP (offsets agree)."""
    if all(ord(ch) < 0x10000 for ch in text):
        return None
    prefix = [0]
    for ch in text:
        prefix.append(prefix[-1] + (2 if ord(ch) >= 0x10000 else 1))
    return prefix.__getitem__


class AdCopyHighlighter(QSyntaxHighlighter):
    findingsChanged = Signal(list)

    def __init__(self, document: QTextDocument, check: Callable[[str], list[Finding]]) -> None:
        super().__init__(document)
        self._check = check
        self._findings: list[Finding] = []
        # (start, end) in the document's UTF-16 positions, one per finding.
        self._spans: list[tuple[int, int]] = []
        self._busy = False
        self._format = QTextCharFormat()
        self._format.setBackground(QColor("#ffe0e0"))
        self._format.setUnderlineColor(QColor("#d00000"))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setForeground(QColor("#a00000"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recheck)
        document.contentsChange.connect(self._edited)
        if document.characterCount() > 1:
            self._timer.start()

    def findings(self) -> list[Finding]:
        """The findings of the text as it is now (runs a pending check at once)."""
        if self._timer.isActive():
            self.recheck()
        return list(self._findings)

    def pending(self) -> bool:
        return self._timer.isActive()

    def recheck(self) -> None:
        self._timer.stop()
        document = self.document()
        if document is None:
            return
        text = document.toPlainText()
        findings = self._check(text)
        offset = _utf16_offsets(text)
        self._findings = findings
        self._spans = [
            (offset(f.start), offset(f.end)) if offset else (f.start, f.end) for f in findings
        ]
        self._repaint()
        self.findingsChanged.emit(list(findings))

    def span(self, finding_index: int) -> tuple[int, int]:
        """The document positions of a finding (for selecting it in the editor)."""
        return self._spans[finding_index]

    def _repaint(self) -> None:
        # Re-highlighting reports a change of every block to the document; it is
        # not an edit.
        self._busy = True
        try:
            self.rehighlight()
        finally:
            self._busy = False

    def _edited(self, position: int, removed: int, added: int) -> None:
        if self._busy or (removed == added == 0):
            return
        delta = added - removed
        kept_findings, kept_spans = [], []
        for finding, (start, end) in zip(self._findings, self._spans, strict=True):
            if end <= position:
                kept_findings.append(finding)
                kept_spans.append((start, end))
            elif start >= position + removed:
                kept_findings.append(finding)
                kept_spans.append((start + delta, end + delta))
        self._findings, self._spans = kept_findings, kept_spans
        # Qt has re-highlighted the edited blocks already, with the old positions.
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        self._busy = True
        try:
            while block.isValid():
                self.rehighlightBlock(block)
                if block == last:
                    break
                block = block.next()
        finally:
            self._busy = False
        self._timer.start()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        block = self.currentBlock()
        first = block.position()
        last = first + block.length() - 1  # UTF-16 units, as the spans
        for start, end in self._spans:
            if end <= first or start >= last:
                continue
            lo = max(start, first) - first
            self.setFormat(lo, min(end, last) - first - lo, self._format)
