"""The administrator's rules dialog: seeded on opening, edit, refuse a bad regex, try."""

from __future__ import annotations

import pytest

from app.adcheck.seed import SEED_RULES
from app.errors import PermissionDenied
from ui.adcheck.rules_dialog import AdRulesDialog


@pytest.fixture
def dialog(qtbot, ui_context):
    ctx = ui_context("admin")
    changes = []
    ctx.bus.changed.connect(changes.append)
    d = AdRulesDialog(ctx)
    qtbot.addWidget(d)
    d.changes = changes
    return d


def test_opens_with_the_shipped_rules(dialog):
    assert dialog.table.rowCount() == len(SEED_RULES)
    assert dialog.changes  # the seeding was published
    assert dialog.pattern.text() == SEED_RULES[0].pattern
    assert not dialog.delete_button.isEnabled()  # shipped: switch off, not delete


def test_a_new_rule_is_saved_and_checked(dialog):
    dialog.new_rule()
    dialog.article.setText("24(1)")
    dialog.pattern.setText("免试(?:入学|录取)")
    dialog.explanation_zh.setPlainText("暗示保证录取。")
    dialog.sample.setText("本校免试入学")
    assert "免试入学" in dialog.sample_result.text()
    dialog.save()
    assert dialog.table.rowCount() == len(SEED_RULES) + 1
    assert dialog.error.isHidden()
    assert dialog.delete_button.isEnabled()
    services = dialog.ctx.services
    assert [f.phrase for f in services.adcheck.check("免试入学")] == ["免试入学"]


def test_a_bad_regex_is_refused_in_the_form(dialog):
    dialog.new_rule()
    dialog.article.setText("9(3)")
    dialog.pattern.setText("最(好")
    dialog.explanation_en.setPlainText("x")
    dialog.sample.setText("最好")
    assert "最(好" in dialog.sample_result.text()
    dialog.save()
    assert not dialog.error.isHidden()
    assert "最(好" in dialog.error.text()
    assert dialog.pattern.text() == "最(好"  # what was typed stays
    assert dialog.table.rowCount() == len(SEED_RULES)


def test_switching_a_rule_off(dialog):
    services = dialog.ctx.services
    assert services.adcheck.check("包过")
    row = next(i for i, r in enumerate(dialog._rows) if r.key == "guarantee_pass")
    dialog.table.selectRow(row)
    dialog.enabled.setChecked(False)
    dialog.save()
    assert services.adcheck.check("包过") == []
    assert dialog.table.item(row, 0).text() == ""


def test_others_cannot_open_it(qtbot, ui_context):
    with pytest.raises(PermissionDenied):
        AdRulesDialog(ui_context("manager"))
