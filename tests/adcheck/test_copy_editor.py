"""The copy editor: marks as the copy is typed (debounced), the findings panel."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat

from ui.adcheck.copy_editor import AdCopyEditor
from ui.adcheck.highlighter import DEBOUNCE_MS


def _marked(editor: AdCopyEditor) -> str:
    """The characters that carry the highlighter's wavy underline."""
    out = []
    block = editor.edit.document().begin()
    while block.isValid():
        units = block.text().encode("utf-16-le")  # format ranges count UTF-16 units
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                out.append(units[2 * r.start : 2 * (r.start + r.length)].decode("utf-16-le"))
        block = block.next()
    return "|".join(out)


def _type(editor: AdCopyEditor, text: str) -> None:
    """Type at the cursor, one character at a time (QTest's key clicks abort on
    characters outside Latin-1)."""
    for ch in text:
        editor.edit.insertPlainText(ch)


def test_typing_is_checked_after_a_pause_and_marked(qtbot, ui_context):
    editor = AdCopyEditor(ui_context("staff"))
    qtbot.addWidget(editor)
    calls = []
    original = editor.highlighter._check
    editor.highlighter._check = lambda text: calls.append(text) or original(text)
    _type(editor, "暑期班包过")
    assert calls == []  # nothing checked per keystroke
    with qtbot.waitSignal(editor.findingsChanged, timeout=DEBOUNCE_MS * 10) as signal:
        pass
    assert calls == ["暑期班包过"]
    assert [(f.phrase, f.article) for f in signal.args[0]] == [("包过", "24(1)")]
    assert _marked(editor) == "包过"
    assert "24(1)" in editor.panel.browser.toPlainText()
    assert "1" in editor.panel.summary.text()


def test_traps_pass_and_set_text_checks_at_once(qtbot, ui_context):
    editor = AdCopyEditor(ui_context("staff"))
    qtbot.addWidget(editor)
    editor.setText("最后一天报名！第一期学员最多可减200元。\n全国第一的师资，最专业")
    assert [f.phrase for f in editor.findings()] == ["全国第一", "最专业"]
    assert _marked(editor) == "全国第一|最专业"
    assert not editor.panel.browser.isHidden()


def test_marks_follow_an_edit_before_the_next_check(qtbot):
    from app.adcheck.checker import check
    from app.adcheck.service import SHIPPED_RULES

    editor = AdCopyEditor(check=lambda text: check(text, SHIPPED_RULES))
    qtbot.addWidget(editor)
    editor.setText("课程包过")
    cursor = editor.edit.textCursor()
    cursor.setPosition(0)
    editor.edit.setTextCursor(cursor)
    _type(editor, "新")
    assert editor.highlighter.pending()
    assert editor.highlighter.span(0) == (3, 5)  # moved with the inserted character
    assert _marked(editor) == "包过"
    editor.setText("好课")
    assert editor.findings() == []
    assert editor.panel.browser.isHidden()


def test_emoji_does_not_shift_the_marks(qtbot):
    from app.adcheck.checker import check
    from app.adcheck.service import SHIPPED_RULES

    editor = AdCopyEditor(check=lambda text: check(text, SHIPPED_RULES))
    qtbot.addWidget(editor)
    editor.setText("🔥🔥限时报名，保证通过")
    assert _marked(editor) == "保证通过"


def test_clicking_a_finding_selects_its_phrase(qtbot, ui_context):
    editor = AdCopyEditor(ui_context("staff"))
    qtbot.addWidget(editor)
    editor.setText("名师押题，考前冲刺")
    editor.panel.findingActivated.emit(0)
    assert editor.edit.textCursor().selectedText() == "押题"


def test_the_panel_explains_in_the_reader_language(qtbot):
    from app.adcheck.checker import Finding
    from ui.adcheck.findings_panel import AdFindingsPanel

    panel = AdFindingsPanel()
    qtbot.addWidget(panel)
    panel.show_findings([Finding("9(3)", "顶级", 0, 2, "An absolute term.", "资深")])
    text = panel.browser.toPlainText()
    assert "「顶级」" in text and "Art. 9(3)" in text
    assert "An absolute term." in text and "资深" in text
    assert not panel.browser.isHidden()
