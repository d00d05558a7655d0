"""The Workbench tab: first for every role, its sections with counts and empty
states, overdue rows in red, Enter opening the record through its feature's opener
or else showing the tab that lists it, and refreshing on F5 and on changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.permissions import Role
from app.service import Change
from app.work_items import Section
from tests.workbench.conftest import TODAY, build_world
from ui.features import ui_features
from ui.main_window import MainWindow
from ui.tabs import tabs
from ui.workbench.tab import ITEM_ROLE, OVERDUE, WorkbenchTab


@pytest.fixture
def office(ui_context, monkeypatch):
    """role -> UiContext over the hand-made office; the workbench's day is TODAY."""
    monkeypatch.setattr(WorkbenchTab, "today_func", staticmethod(lambda: TODAY))
    contexts = {role.value: ui_context(role.value) for role in Role}
    ctx = contexts["admin"]
    world = build_world(ctx.services, {r: c.actor for r, c in contexts.items()})
    return contexts, world


def _heads(tab: WorkbenchTab) -> list[str]:
    tab.ensure_loaded()  # the items load once the window shows; here, at once
    return [tab.tree.topLevelItem(n).text(0) for n in range(tab.tree.topLevelItemCount())]


def _row(tab: WorkbenchTab, title: str):
    tab.ensure_loaded()
    for n in range(tab.tree.topLevelItemCount()):
        head = tab.tree.topLevelItem(n)
        for m in range(head.childCount()):
            item = head.child(m)
            if item.text(0) == title:
                return item
    raise AssertionError(f"no row {title!r}")


def test_the_workbench_is_every_roles_first_tab(qtbot, ui_context):
    assert tabs()[0].key == "workbench"
    assert all(spec.order > tabs()[0].order for spec in tabs()[1:])
    for role in Role:
        window = MainWindow(ui_context(role.value))
        qtbot.addWidget(window)
        assert window.specs[0].key == "workbench"
        assert window.tab_widget.currentIndex() == 0
        assert set(window._widgets) == {"workbench"}  # only the workbench is built


def test_sections_counts_and_empty_states(qtbot, office):
    contexts, _world = office
    tab = WorkbenchTab(contexts["staff"])
    qtbot.addWidget(tab)
    assert _heads(tab) == [
        "Approvals waiting (1)",
        "Follow-ups and trial classes due (3)",
        "Complaints past their response time (0)",
        "Meeting action items (1)",
        "Plans and reports due (3)",
        "Risk warnings (0)",
    ]
    complaints = tab.tree.topLevelItem(2)
    assert complaints.child(0).text(0) == "No complaint is past its response time."
    assert complaints.child(0).data(0, ITEM_ROLE) is None
    overdue = _row(tab, "Trial class: 客户乙")
    assert overdue.foreground(0).color() == OVERDUE
    assert overdue.text(1) == "12-07"
    today = [
        tab.tree.topLevelItem(1).child(m) for m in range(tab.tree.topLevelItem(1).childCount())
    ][-1]
    assert today.text(1) == "Today"
    assert today.foreground(0).color() != OVERDUE
    assert tab.title_suffix() == "8"
    assert "8 to do, 5 overdue" in tab.heading.text()
    assert [i.title for i in tab.items_shown()][:2] == [
        "Minutes to read and confirm: 例会B",
        "Follow up 客户甲",
    ]


def test_sections_fold_and_stay_folded(qtbot, office, tmp_path):
    from PySide6.QtCore import QSettings

    contexts, _world = office
    tab = WorkbenchTab(contexts["finance"])
    qtbot.addWidget(tab)
    tab.ensure_loaded()
    tab.tree.topLevelItem(1).setExpanded(False)  # follow-ups: nothing for finance
    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    tab.save_state(settings)
    again = WorkbenchTab(contexts["finance"])
    qtbot.addWidget(again)
    again.restore_state(settings)
    again.ensure_loaded()
    assert not again.tree.topLevelItem(1).isExpanded()
    assert again.tree.topLevelItem(0).isExpanded()


def test_enter_opens_the_record_through_its_opener(qtbot, office, monkeypatch):
    contexts, world = office
    calls = []
    monkeypatch.setattr(
        "ui.features.open_record",
        lambda ctx, parent, kind, record_id: calls.append((ctx, parent, kind, record_id)) or True,
    )
    tab = WorkbenchTab(contexts["finance"])
    qtbot.addWidget(tab)
    tab.show()
    row = _row(tab, "Claim BX-2 to approve")
    tab.tree.setCurrentItem(row)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert calls == [(contexts["finance"], tab, "claims", world.claims["BX-2"])]
    # A section heading or an empty state opens nothing.
    tab.tree.setCurrentItem(tab.tree.topLevelItem(2).child(0))
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert len(calls) == 1


def test_without_a_record_or_an_opener_the_listing_tab_is_shown(qtbot, office, monkeypatch):
    contexts, _world = office
    window = MainWindow(contexts["staff"])
    qtbot.addWidget(window)
    tab = window.tab("workbench")
    # The plan not yet written has no record: its tab is shown.
    row = _row(tab, "To write: Monthly plan 2026-12")
    tab._activated(row)
    assert window.specs[window.tab_widget.currentIndex()].key == "worklogs"
    # No feature opens this kind: the tab listing it is shown.
    monkeypatch.setattr("ui.features.open_record", lambda *args: False)
    window.show_tab("workbench")
    tab._activated(_row(tab, "Follow up 客户甲"))
    assert window.specs[window.tab_widget.currentIndex()].key == "customers"


def test_every_kind_on_the_workbench_has_an_opener(qtbot, office):
    contexts, _world = office
    openers = {kind for feature in ui_features() for kind in feature.openers}
    kinds = {
        item.kind
        for ctx in contexts.values()
        for item in ctx.services.workbench.items(ctx.actor, TODAY)
        if item.record_id is not None
    }
    assert kinds == {
        "activities",
        "budget_adjustments",
        "budget_plans",
        "claims",
        "complaints",  # a risk warning with one late complaint behind it
        "conduct_records",
        "customers",
        "marketing_plans",
        "meetings",
        "research_plans",
        "work_reports",
    }
    assert kinds <= openers


def test_the_meeting_opener_chooses_the_meeting_in_its_tab(qtbot, office):
    contexts, world = office
    window = MainWindow(contexts["manager"])
    qtbot.addWidget(window)
    tab = window.tab("workbench")
    tab._activated(_row(tab, "Minutes to sign: 例会A"))
    meetings = window.tab("meetings")
    assert window.specs[window.tab_widget.currentIndex()].key == "meetings"
    assert meetings.current().id == world.meetings["A"]
    assert meetings.sign_action.isEnabled()


def test_the_leave_opener_chooses_the_request_in_the_conduct_tab(qtbot, office):
    contexts, _world = office
    window = MainWindow(contexts["manager"])
    qtbot.addWidget(window)
    tab = window.tab("workbench")
    item = _row(tab, "Leave request to decide: 测试staff")
    tab._activated(item)
    conduct = window.tab("conduct")
    assert conduct.current().id == item.data(0, ITEM_ROLE).record_id
    assert conduct.approve_action.isEnabled()


def test_refreshed_by_changes_and_f5(qtbot, office):
    contexts, world = office
    ctx = contexts["staff"]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.tab("workbench")
    assert tab.heading.text() == "Loading your workbench..."
    assert tab.loading()
    qtbot.wait(50)
    assert tab.loading()  # not before the window is on screen
    # The items load once the tab has painted, and the tab's count follows.
    window.show()
    qtbot.waitUntil(lambda: window.tab_widget.tabText(0).endswith("(8)"))
    assert not tab.loading()
    follow = ctx.services.meeting_followup
    item = follow.open_action_items(ctx.actor)[0]
    done = follow.set_done(ctx.actor, item.id, item.version)
    ctx.bus.publish(done.change)  # the meetings feature's change reaches the workbench
    assert not tab.workbench.section(Section.ACTIONS)
    assert window.tab_widget.tabText(0).endswith("(7)")
    # A change the workbench does not read leaves it alone; F5 reloads.
    before = tab._loaded_at
    ctx.bus.publish(Change(entities={"users"}))
    assert tab._loaded_at == before
    window.findChild(type(window.menuBar().actions()[0]), "actionRefresh").trigger()
    assert tab._loaded_at > before


def _warning(services, actor, today):
    from app.work_items import WorkItem

    return [WorkItem(Section.WARNINGS, "渠道线索成本上升", "抖音 · CPL ¥85.00", due=today)]


def test_warnings_of_another_feature_show_like_the_other_sections(qtbot, office, register_features):
    from app.features import Feature

    register_features(Feature(name="warns", workbench="tests.workbench.test_workbench_ui:_warning"))
    contexts, _world = office
    tab = WorkbenchTab(contexts["finance"])
    qtbot.addWidget(tab)
    # Beside the office's own risk warnings (tests/risks), the test feature's one.
    warnings = [i for i in tab.items_shown() if i.section == Section.WARNINGS]
    assert "渠道线索成本上升" in [i.title for i in warnings]
    assert _heads(tab)[-1] == f"Risk warnings ({len(warnings)})"
    row = _row(tab, "渠道线索成本上升")
    assert (row.text(1), row.text(2)) == ("Today", "抖音 · CPL ¥85.00")


# Opening a customer whose dialog is open already raises it (offscreen cannot).
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_opener_opens_its_record(qtbot, office, monkeypatch):
    """Each item of the admin's and staff's workbench opened through the real openers:
    modal editors are shown (exec returns at once here), other records are chosen in
    their tab."""
    from PySide6.QtWidgets import QDialog

    shown = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(type(self).__name__) or 0)
    contexts, world = office
    for role in ("admin", "staff"):
        window = MainWindow(contexts[role])
        qtbot.addWidget(window)
        tab = window.tab("workbench")
        for item in tab.items_shown():
            if item.record_id is None:
                continue
            window.show_tab("workbench")
            tab.open_item(item)
            current = window.specs[window.tab_widget.currentIndex()].key
            if item.kind == "research_plans":
                assert window.tab("research").current_plan().id == item.record_id
            elif item.kind == "work_reports":
                assert window.tab("worklogs").current().id == item.record_id
            elif item.kind == "budget_adjustments":
                assert window.tab("budget").adjustments.current().id == item.record_id
            elif item.kind == "budget_plans":
                assert (current, window.tab("budget").plan.year.value()) == ("budget", 2027)
            elif item.kind == "customers":
                customers = window.tab("customers")
                assert item.record_id in {d.row.id for d in customers.dialogs if d.row}
    assert {"ClaimEditor", "ActivityDialog", "PlansDialog"} <= set(shown)
