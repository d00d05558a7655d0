"""The Research tab driven through its widgets: a staff member's submitted plan is
approved by the manager from the toolbar; the competitor history panel lists the
observations newest first; the tab hides what a role may not do."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from app.research.rows import CompetitorInput, PlanInput
from ui.research.tab import ResearchTab


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, **k: (
                shown.append(text) or QMessageBox.StandardButton.Ok
            ),
        )
    return shown


def test_manager_approves_and_history_is_newest_first(qtbot, ui_context, boxes):
    staff_ctx, manager_ctx = ui_context("staff"), ui_context("manager")
    s = staff_ctx.services.research
    today = dt.date.today()
    plan = s.create_plan(
        staff_ctx.actor, PlanInput("家长调查", "目的", "问卷", "100 人", 50000, today, today)
    )
    s.submit(staff_ctx.actor, plan.id, plan.version)
    c = s.add_competitor(
        staff_ctx.actor,
        CompetitorInput("博文课堂", price_fen=260000),
        today - dt.timedelta(days=30),
    )
    s.record_observation(
        staff_ctx.actor, c.id, c.version, CompetitorInput("博文课堂", price_fen=280000), today
    )

    staff_tab = ResearchTab(staff_ctx)
    qtbot.addWidget(staff_tab)
    assert not staff_tab.approve_action.isVisible()
    assert not staff_tab.approve_action.isEnabled()

    tab = ResearchTab(manager_ctx)
    qtbot.addWidget(tab)
    assert tab.current_plan().id == plan.id
    assert tab.approve_action.isEnabled() and not tab.edit_action.isEnabled()
    tab.approve()
    assert boxes == []
    assert s.get_plan(staff_ctx.actor, plan.id).status == "approved"
    assert tab.history.rowCount() == 2
    first = tab.history.row_at(tab.history.index(0, 0))
    assert first.observed_on == today and "¥2,800.00" in first.what


def test_finance_only_reads(qtbot, ui_context):
    tab = ResearchTab(ui_context("finance"))
    qtbot.addWidget(tab)
    assert not tab.new_action.isVisible() and not tab.add_competitor_action.isVisible()
