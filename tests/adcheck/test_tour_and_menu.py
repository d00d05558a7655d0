"""The adcheck tour pages render; the rules menu entry is the administrator's."""

from __future__ import annotations

from ui.adcheck.feature import UI_FEATURE
from ui.tour import _grab
from ui.tour_registry import tour_dialogs


def test_tour_pages_render(qtbot, ui_context, tmp_path):
    pages = dict(tour_dialogs())
    ctx = ui_context("admin")
    for name in ("adcheck-copy-editor", "adcheck-rules"):
        widget = pages[name](ctx)
        qtbot.addWidget(widget)
        _grab(widget, tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").stat().st_size > 1000
    editor = pages["adcheck-copy-editor"](ctx)
    qtbot.addWidget(editor)
    assert {f.article for f in editor.findings()} == {"9(3)", "24(1)", "24(2)", "24(3)"}


def test_the_rules_menu_is_shown_to_the_administrator_only(ui_context):
    (entry,) = UI_FEATURE.menus
    assert entry.visible(ui_context("admin"))
    for role in ("manager", "staff", "service", "finance"):
        assert not entry.visible(ui_context(role))
