"""The Today panel: its overdue figure counts what it colours, dates keep their year
when it is not this year's, and it folds to a narrow strip (by hand, and while empty)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.customers.rows import CustomerInput
from ui.customers.today_panel import OVERDUE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def ctx(ui_context):
    ctx = ui_context("manager")
    ctx.services.customers.ensure_seed_channels(ctx.actor)
    return ctx


def _tab(qtbot, ctx):
    from ui.customers.customers_tab import CustomersTab

    tab = CustomersTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    return tab


def _children(panel):
    tree = panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        yield from (group.child(j) for j in range(group.childCount()))


def test_overdue_figure_counts_what_is_red(qtbot, ctx):
    customers, actor = ctx.services.customers, ctx.actor
    row = customers.create_customer(actor, CustomerInput(name="曾晓彤", mobile="13700000001"))
    now = dt.datetime.now(dt.UTC)
    for days in (2, 3, 4):  # booked trials whose outcome was never recorded
        customers.book_trial(actor, row.id, now - dt.timedelta(days=days))
    customers.plan_follow_up(actor, row.id, dt.date.today() - dt.timedelta(days=1))
    customers.plan_follow_up(actor, row.id, dt.date.today())
    tab = _tab(qtbot, ctx)
    panel = tab.today_panel
    red = [i for i in _children(panel) if i.foreground(0).color() == OVERDUE]
    assert len(red) == 4 == panel.items.overdue_count
    assert panel.title.text() in ("Today: 5 due, 4 overdue", "今天：5 项，其中逾期 4 项")


def test_dates_of_another_year_keep_their_year(qtbot, ctx):
    customers, actor = ctx.services.customers, ctx.actor
    row = customers.create_customer(actor, CustomerInput(name="林一", mobile="13700000002"))
    last_year = dt.date.today().replace(day=1) - dt.timedelta(days=366)
    customers.plan_follow_up(actor, row.id, last_year)
    customers.plan_follow_up(actor, row.id, dt.date.today())
    tab = _tab(qtbot, ctx)
    dates = sorted(i.text(0) for i in _children(tab.today_panel))
    assert dates == sorted([last_year.isoformat(), dt.date.today().strftime("%m-%d")])


def test_empty_panel_is_narrow_and_folds_by_hand(qtbot, ctx):
    tab = _tab(qtbot, ctx)
    panel = tab.today_panel
    assert panel.items.count == 0 and panel.collapsed
    qtbot.waitUntil(lambda: tab.splitter.sizes()[1] <= panel.toggle.sizeHint().width())
    assert tab.splitter.sizes()[0] > 1000  # the table (and 最近联系) keeps the width
    # opened by hand it shows its message, folded again it is narrow
    panel.toggle.click()
    assert not panel.collapsed and panel.empty.isVisible()
    assert tab.splitter.sizes()[1] >= 250
    panel.toggle.click()
    assert panel.collapsed and not panel.tree.isVisible() and not panel.empty.isVisible()
    # something due: a panel folded by hand stays folded, and shows the count on the button
    customers, actor = ctx.services.customers, ctx.actor
    row = customers.create_customer(actor, CustomerInput(name="王芳", mobile="13700000003"))
    customers.plan_follow_up(actor, row.id, dt.date.today())
    panel.refresh()
    assert panel.collapsed and panel.toggle.text() == "1"


def test_panel_with_items_opens_by_itself(qtbot, ctx):
    customers, actor = ctx.services.customers, ctx.actor
    row = customers.create_customer(actor, CustomerInput(name="王芳", mobile="13700000004"))
    customers.plan_follow_up(actor, row.id, dt.date.today())
    tab = _tab(qtbot, ctx)
    assert not tab.today_panel.collapsed and tab.today_panel.tree.isVisible()
