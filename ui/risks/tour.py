"""The risk warnings for the screenshot tour (ui/tour_registry.py): the tab with the
acknowledged warnings shown and one selected, and the acknowledge dialog."""

from __future__ import annotations


def _tab(ctx):
    from ui.risks.tab import RisksTab

    tab = RisksTab(ctx)
    tab.show_acknowledged.setChecked(True)
    tab.resize(1200, 720)
    return tab


def _acknowledge(ctx):
    from ui.risks.tab import RisksTab

    tab = RisksTab(ctx)
    risk = tab.current()
    if risk is None:
        return tab
    dialog = tab.note_dialog(risk)
    dialog.text.setPlainText("已由客服主管联系客户致歉，今日内答复处理方案；周五复查。")
    return dialog


DIALOGS = [
    ("risks-tab", _tab),
    ("risks-acknowledge", _acknowledge),
]
