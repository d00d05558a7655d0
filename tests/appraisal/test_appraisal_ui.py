"""The 绩效考核 tab: results by role, the drill-down, a manual score, finalize."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.context import Actor
from tests.appraisal.conftest import add_customers

ADMIN = Actor.command_line()


@pytest.fixture
def tab_ctx(ui_context):
    from db.models.staff import Department, Staff

    admin = ui_context("admin")
    services = admin.services
    make = {role: ui_context(role) for role in ("admin", "manager", "staff")}
    with services.db.session() as s, s.begin():
        sales = s.scalar(select(Department.id).where(Department.code == "sales"))
        for role, position in (("manager", "销售主管"), ("staff", "销售代表")):
            person = s.get(Staff, make[role].actor.staff_id)
            person.department_id, person.position = sales, position
    services.appraisal.ensure_library(ADMIN)
    kpis = {k.code: k.id for k in services.appraisal.list_kpis(ADMIN)}
    services.appraisal.set_targets(
        ADMIN, [(make["staff"].actor.staff_id, kpis["new_customers"], "2026-10", 4)]
    )
    add_customers(services.db, make["staff"].actor.staff_id, 3)
    services.appraisal.run(ADMIN, "2026-10")
    return make


def _tab(qtbot, ctx):
    from ui.appraisal.appraisal_tab import AppraisalTab

    tab = AppraisalTab(ctx)
    qtbot.addWidget(tab)
    return tab


def test_admin_sees_everyone_and_the_records_behind_a_score(qtbot, tab_ctx, monkeypatch):
    from ui.appraisal import dialogs

    tab = _tab(qtbot, tab_ctx["admin"])
    assert tab.run_box.count() == 1 and "2026-10" in tab.run_box.currentText()
    assert {r.staff_name for r in tab.result_model.rows()} == {"测试manager", "测试staff"}
    assert tab.act_recompute.isVisible() and tab.act_recompute.isEnabled()
    staff_row = next(
        i for i, r in enumerate(tab.result_model.rows()) if r.staff_name == "测试staff"
    )
    tab.result_view.selectRow(staff_row)
    scores = tab.score_model.rows()
    new = next(i for i, s in enumerate(scores) if s.kpi_name == "新客户数")
    opened = []
    monkeypatch.setattr(dialogs.TraceDialog, "exec", lambda self: opened.append(self) or 0)
    tab._score_activated(tab.score_model.index(new, 0))
    (dialog,) = opened
    assert len(dialog.lines) == 3 and all(line.kind == "customer" for line in dialog.lines)
    assert sum(tab.grades.counts.values()) == 2


def test_manual_score_and_finalize_from_the_tab(qtbot, tab_ctx, monkeypatch):
    from ui.appraisal import dialogs

    ctx = tab_ctx["manager"]
    tab = _tab(qtbot, ctx)
    tab.result_view.selectRow(
        next(i for i, r in enumerate(tab.result_model.rows()) if r.staff_name == "测试staff")
    )
    attitude = next(i for i, s in enumerate(tab.score_model.rows()) if s.kpi_name == "工作态度")

    def fill(self):
        self.value.setValue(88)
        self.comment.setPlainText("配合度高")
        self.save()
        return 1

    monkeypatch.setattr(dialogs.ManualScoreDialog, "exec", fill)
    tab._score_activated(tab.score_model.index(attitude, 0))
    tab.refresh()
    row = tab.current_result()
    line = next(s for s in row.scores if s.kpi_name == "工作态度")
    assert (line.score, line.comment) == (88.0, "配合度高")
    tab.finalize()
    assert tab.current_run().status == "finalized"
    assert not tab.act_recompute.isEnabled()


def test_staff_sees_only_their_own_result(qtbot, tab_ctx):
    tab = _tab(qtbot, tab_ctx["staff"])
    assert [r.staff_name for r in tab.result_model.rows()] == ["测试staff"]
    assert not tab.act_new.isVisible() and not tab.act_finalize.isVisible()


def test_template_dialog_saves_weights_totalling_100(qtbot, tab_ctx, monkeypatch):
    from ui.appraisal.template_dialog import TemplateDialog
    from ui.widgets import dialogs

    ctx = tab_ctx["admin"]
    dialog = TemplateDialog(ctx)
    qtbot.addWidget(dialog)
    assert sum(dialog.weights().values()) == 100  # the first seeded template
    dialog.department.setCurrentIndex(dialog.department.findText("活动策划组"))
    dialog.position.setText("活动策划")
    dialog._load()
    assert dialog.weights() == {}
    kpis = {k.name: k.id for k in dialog.kpis}
    dialog.spins[kpis["工作态度"]].setValue(70)
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: shown.append(exc))
    dialog.save()
    assert shown and "100" in shown[0].message  # refused: 70
    dialog.spins[kpis["团队协作"]].setValue(30)
    dialog.save()
    saved = [
        t for t in ctx.services.appraisal.list_templates(ctx.actor) if t.position == "活动策划"
    ]
    assert [(name, w) for _, name, w in saved[0].items] == [("工作态度", 70), ("团队协作", 30)]


def test_staff_acknowledges_or_objects_from_the_tab(qtbot, tab_ctx, monkeypatch):
    from ui.appraisal import appraisal_tab

    services = tab_ctx["admin"].services
    run = services.appraisal.runs(ADMIN)[0]
    services.appraisal.finalize(ADMIN, run.id)
    tab = _tab(qtbot, tab_ctx["staff"])
    assert tab.act_ack.isVisible() and tab.act_ack.isEnabled()
    tab.acknowledge()
    assert tab.current_result().acknowledgement == "acknowledged"
    monkeypatch.setattr(appraisal_tab, "ask_reason", lambda *args, **kwargs: "目标定得太高")
    tab.object_to()
    row = tab.current_result()
    assert (row.acknowledgement, row.objection) == ("objected", "目标定得太高")
    # The manager sees the objection; only the person may answer.
    manager = _tab(qtbot, tab_ctx["manager"])
    row_index = next(
        i for i, r in enumerate(manager.result_model.rows()) if r.staff_name == "测试staff"
    )
    manager.result_view.selectRow(row_index)
    assert manager.current_result().acknowledgement == "objected"
    assert not manager.act_ack.isVisible()
