"""The administrator's ad-copy rules: the list, one rule's form, a box to try it.

The shipped rules are written to the database when the dialog first opens (the
checks used them already); they can be edited or switched off, not deleted. A
pattern or exception that is not a usable regular expression is refused with the
reason under the form, and everything typed stays."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.adcheck.checker import PatternError, Rule, check, validate_pattern
from app.adcheck.service import AdRuleInput, AdRuleRow, reader_language
from app.errors import ServiceError, ValidationError
from ui.adcheck.articles import article_label
from ui.context import UiContext
from ui.widgets.forms import error_label, show_field_error, show_inline
from ui.widgets.messages import confirm, show_error


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class AdRulesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[AdRuleRow] = []
        self._current: AdRuleRow | None = None
        self.setWindowTitle(self.tr("Ad-copy rules"))
        self.resize(1040, 640)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("adRules")
        self.table.setHorizontalHeaderLabels(
            [self.tr("On"), self.tr("Article"), self.tr("Pattern"), self.tr("Explanation")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, 200)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)

        self.article = QLineEdit()
        self.article.setObjectName("ruleArticle")
        self.article.setPlaceholderText("24(1)")
        self.pattern = QLineEdit()
        self.pattern.setObjectName("rulePattern")
        self.is_regex = QCheckBox(self.tr("Regular expression (else a plain phrase)"))
        self.exceptions = QPlainTextEdit()
        self.exceptions.setObjectName("ruleExceptions")
        self.exceptions.setPlaceholderText(
            self.tr("One regular expression a line; a match inside one of them is not flagged")
        )
        self.exceptions.setFixedHeight(70)
        self.explanation_zh = QPlainTextEdit()
        self.explanation_zh.setObjectName("ruleExplanationZh")
        self.explanation_zh.setFixedHeight(60)
        self.explanation_en = QPlainTextEdit()
        self.explanation_en.setObjectName("ruleExplanationEn")
        self.explanation_en.setFixedHeight(60)
        self.suggestion = QLineEdit()
        self.suggestion.setObjectName("ruleSuggestion")
        self.enabled = QCheckBox(self.tr("Check copy with this rule"))
        self.origin = QLabel()
        self.origin.setStyleSheet("color: #555;")
        self.sample = QLineEdit()
        self.sample.setObjectName("ruleSample")
        self.sample.setPlaceholderText(self.tr("Type copy to try the rule as edited"))
        self.sample_result = QLabel()
        self.sample_result.setWordWrap(True)
        self.error = error_label()
        for widget in (self.pattern, self.sample):
            widget.textChanged.connect(self._try)
        self.exceptions.textChanged.connect(self._try)
        self.is_regex.toggled.connect(self._try)

        form = QFormLayout()
        form.addRow(self.tr("Article:"), self.article)
        form.addRow(self.tr("Pattern:"), self.pattern)
        form.addRow("", self.is_regex)
        form.addRow(self.tr("Exceptions:"), self.exceptions)
        form.addRow(self.tr("Explanation (Chinese):"), self.explanation_zh)
        form.addRow(self.tr("Explanation (English):"), self.explanation_en)
        form.addRow(self.tr("Suggested rewording:"), self.suggestion)
        form.addRow("", self.enabled)
        form.addRow(self.tr("Try it:"), self.sample)
        form.addRow("", self.sample_result)

        self.new_button = QPushButton(self.tr("&New rule"))
        self.new_button.setObjectName("newRule")
        self.new_button.clicked.connect(self.new_rule)
        self.save_button = QPushButton(self.tr("&Save rule"))
        self.save_button.setObjectName("saveRule")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("&Delete rule"))
        self.delete_button.setObjectName("deleteRule")
        self.delete_button.clicked.connect(self.delete)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(close)

        editor = QWidget()
        right = QVBoxLayout(editor)
        right.addWidget(self.origin)
        right.addLayout(form)
        right.addWidget(self.error)
        right.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(editor)
        splitter.setSizes([520, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(buttons)

        seeded = self.ctx.services.adcheck.ensure_seed(self.ctx.actor)
        if seeded.entities:
            self.ctx.bus.publish(seeded)
        self.refresh()

    # --- the list -----------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        self._rows = self.ctx.services.adcheck.list_rules(self.ctx.actor)
        language = reader_language()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for i, row in enumerate(self._rows):
            on = QTableWidgetItem("✓" if row.enabled else "")
            on.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            explanation = row.rule().explanation(language)
            cells = [on, QTableWidgetItem(article_label(row.article))]
            cells += [QTableWidgetItem(row.pattern), QTableWidgetItem(explanation)]
            cells[2].setToolTip(row.pattern)
            cells[3].setToolTip(explanation)
            for column, item in enumerate(cells):
                if not row.enabled:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, column, item)
        self.table.blockSignals(False)
        index = next((i for i, r in enumerate(self._rows) if r.id == select_id), 0)
        if self._rows:
            self.table.selectRow(index)
            self._selected()
        else:
            self.new_rule()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self._show(self._rows[rows[0].row()])

    # --- the form -------------------------------------------------------------------

    def _show(self, row: AdRuleRow | None) -> None:
        self._current = row
        show_inline(self.error, "")
        self.article.setText(row.article if row else "")
        self.pattern.setText(row.pattern if row else "")
        self.is_regex.setChecked(row.is_regex if row else True)
        self.exceptions.setPlainText("\n".join(row.exceptions) if row else "")
        self.explanation_zh.setPlainText(row.explanation_zh if row else "")
        self.explanation_en.setPlainText(row.explanation_en if row else "")
        self.suggestion.setText(row.suggestion if row else "")
        self.suggestion.setCursorPosition(0)
        self.enabled.setChecked(row.enabled if row else True)
        if row is None:
            self.origin.setText(self.tr("A new rule of the office's own."))
        elif row.shipped:
            self.origin.setText(
                self.tr("A shipped rule: it can be edited or switched off, not deleted.")
            )
        else:
            self.origin.setText(self.tr("A rule of the office's own."))
        self.delete_button.setEnabled(row is not None and not row.shipped)
        self._try()

    def new_rule(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.article.setFocus()

    def _input(self) -> AdRuleInput:
        return AdRuleInput(
            article=self.article.text(),
            pattern=self.pattern.text(),
            explanation_zh=self.explanation_zh.toPlainText(),
            explanation_en=self.explanation_en.toPlainText(),
            suggestion=self.suggestion.text(),
            exceptions=_lines(self.exceptions),
            is_regex=self.is_regex.isChecked(),
            enabled=self.enabled.isChecked(),
        )

    def _try(self) -> None:
        """The sample text checked against the rule as it stands in the form."""
        sample = self.sample.text()
        if not sample.strip():
            self.sample_result.setText("")
            return
        try:
            pattern = validate_pattern(self.pattern.text(), self.is_regex.isChecked())
            exceptions = tuple(validate_pattern(s) for s in _lines(self.exceptions))
        except PatternError as exc:
            self.sample_result.setStyleSheet("color: #b00020;")
            self.sample_result.setText(str(exc))
            return
        rule = Rule(pattern, "", "", "", exceptions=exceptions, is_regex=self.is_regex.isChecked())
        found = [f.phrase for f in check(sample, [rule])]
        if found:
            self.sample_result.setStyleSheet("color: #a00000;")
            self.sample_result.setText(self.tr("Flagged: %1").replace("%1", "、".join(found)))
        else:
            self.sample_result.setStyleSheet("color: #1b6e20;")
            self.sample_result.setText(self.tr("Not flagged."))

    def save(self) -> None:
        service = self.ctx.services.adcheck
        try:
            if self._current is None:
                row = service.create_rule(self.ctx.actor, self._input())
            else:
                row = service.update_rule(
                    self.ctx.actor, self._current.id, self._current.version, self._input()
                )
        except ValidationError as exc:
            fields = {
                "article": self.article,
                "pattern": self.pattern,
                "exceptions": self.exceptions,
                "explanation": self.explanation_zh,
                "suggestion": self.suggestion,
            }
            show_field_error(self.error, fields, exc)
            return
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(row.change)
        self.refresh(row.id)

    def delete(self) -> None:
        row = self._current
        if row is None or row.shipped:
            return
        if not confirm(
            self,
            self.tr("Delete rule"),
            self.tr("Delete the rule '%1'?").replace("%1", row.pattern),
        ):
            return
        try:
            change = self.ctx.services.adcheck.delete_rule(self.ctx.actor, row.id, row.version)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.ctx.bus.publish(change)
        self.refresh()
