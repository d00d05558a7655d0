"""The ad-copy dialogs for the screenshot tour (ui/tour_registry.py): the rules
dialog and a copy editor holding flagged copy."""

from __future__ import annotations

from ui.context import UiContext

SAMPLE_COPY = (
    "【暑期班火热报名】全市最专业的中考冲刺班，命题专家亲授，签约保分，考不过全额退款！\n"
    "第一期学员最多可减500元，最后一天报名。\n"
    "清华名师推荐，学员现身说法：三个月提高40分。"
)


def _copy_editor(ctx: UiContext):
    from ui.adcheck.copy_editor import AdCopyEditor

    editor = AdCopyEditor(ctx)
    editor.setText(SAMPLE_COPY)
    editor.resize(760, 560)
    return editor


def _rules(ctx: UiContext):
    from ui.adcheck.rules_dialog import AdRulesDialog

    return AdRulesDialog(ctx)


DIALOGS = [("adcheck-copy-editor", _copy_editor), ("adcheck-rules", _rules)]
