"""Claim lines and direct expenses pick their channel from the catalogue."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from tests.claims.test_claims_ui import _edit_cell, _editor, _fill_line, _type, env  # noqa: F401
from ui.claims.models import ClaimLinesModel


def test_claim_line_channel_is_picked_from_a_combo(qtbot, env):  # noqa: F811
    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    ctx.services.channels.ensure_seed_channels(ctx.actor)
    editor = _editor(qtbot, ctx)
    assert not editor.channel.isVisible()  # no free text for a new claim
    _type(qtbot, editor.purpose, "社区活动")
    _fill_line(qtbot, editor, "300.00", "")
    _edit_cell(qtbot, editor.table, 0, ClaimLinesModel.CHANNEL, combo_text="社区活动")
    assert editor.lines.index(0, ClaimLinesModel.CHANNEL).data() == "社区活动"
    assert editor.save()
    community = next(
        c.id for c in ctx.services.channels.list_channels(ctx.actor) if c.code == "community"
    )
    assert editor.claim.lines[0].channel_id == community


def test_direct_expense_dialog_offers_the_catalogue(qtbot, env):  # noqa: F811
    from ui.budget.expenses_panel import ExpenseDialog

    contexts, cats, _actors = env
    ctx = contexts["finance"]
    ctx.services.channels.ensure_seed_channels(contexts["admin"].actor)
    dialog = ExpenseDialog(ctx)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.channel, QComboBox)
    dialog.channel.setCurrentIndex(dialog.channel.findText("百度推广"))
    dialog.amount.setText("800")
    dialog.payee.setText("百度")
    dialog.accept()
    QCoreApplication.processEvents()
    today = dt.date.today()
    [row] = ctx.services.direct_expenses.list_expenses(ctx.actor, today.year, today.month)
    assert row.channel == "百度推广" and row.channel_id == dialog.channel.currentData()
    assert dialog.result() == dialog.DialogCode.Accepted
