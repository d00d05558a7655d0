"""The budget tab (plan editor, adjustments, expenses, categories) and budget vs spend tab."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.budget.expenses import ExpenseInput
from tests.budget.helpers import approved_plan, line, new_claim
from ui.budget.adjustments_panel import AdjustmentDialog, AdjustmentsPanel
from ui.budget.budget_tab import BudgetTab
from ui.budget.categories_panel import CategoriesPanel, CategoryDialog
from ui.budget.expenses_panel import ExpenseDialog, ExpensesPanel
from ui.budget.plan_model import PlanGridModel
from ui.budget.report_models import DrillModel, ReportModel
from ui.budget.report_tab import BudgetReportTab, DrillDownDialog
from ui.widgets import dialogs

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, **k: (
                shown.append(text) or QMessageBox.StandardButton.Ok
            ),
        )
    return shown


@pytest.fixture
def env(ui_context):
    admin = ui_context("admin")
    admin.services.expense_categories.ensure_seed(admin.actor)
    cats = {c.code: c.id for c in admin.services.expense_categories.list_categories(admin.actor)}
    contexts = {r: ui_context(r) for r in ("admin", "manager", "staff", "finance")}
    return contexts, cats


def test_plan_editor_paste_spread_save_submit_approve(qtbot, env, boxes):
    contexts, cats = env
    tab = BudgetTab(contexts["manager"])
    qtbot.addWidget(tab)
    editor = tab.plan
    assert editor.model.editable and editor.save_action.isEnabled()
    editor.table.setCurrentIndex(editor.model.index(0, 1))  # 广告宣传费, January
    assert editor.paste_text("1,000\t2000.5\r\n300\t\r\n") == 3
    assert editor.model.amounts[(cats["advertising"], 2)] == 200050
    assert editor.model.amounts[(cats["promotion"], 1)] == 30000
    assert editor.paste_text("12\tabc") == 0 and "abc" in boxes[-1]
    assert editor.spread_amount(4, "1,200")  # 差旅费
    assert [editor.model.amounts[(cats["travel"], m)] for m in range(1, 13)] == [10000] * 12
    total_row = editor.model.rowCount() - 1
    assert editor.model.data(editor.model.index(total_row, 13)) == "4,500.50"
    editor.model.setData(editor.model.index(4, 14), "外地招生")
    editor.save_action.trigger()
    plan = contexts["manager"].services.budget_plans.get_plan(contexts["manager"].actor, TODAY.year)
    assert plan.total_fen == 450050 and plan.purposes == {cats["travel"]: "外地招生"}
    editor.submit_action.trigger()
    assert editor.status.text().strip() == "Submitted"
    assert not editor.model.editable
    finance = BudgetTab(contexts["finance"])
    qtbot.addWidget(finance)
    assert finance.plan.approve_action.isEnabled()
    finance.plan.approve_action.trigger()
    assert "Approved" in finance.plan.status.text()


def test_plan_editor_is_read_only_for_staff(qtbot, env):
    contexts, _cats = env
    tab = BudgetTab(contexts["staff"])
    qtbot.addWidget(tab)
    assert not tab.plan.model.editable
    assert not tab.plan.save_action.isEnabled()
    assert tab.expenses is None  # staff do not see direct expenses
    assert not tab.categories.add_action.isVisible()


def test_adjustment_request_and_approval(qtbot, env, monkeypatch):
    contexts, cats = env
    actors = {r: c.actor for r, c in contexts.items()}
    services = contexts["staff"].services
    approved_plan(services, actors, {(cats["travel"], 5): 1_000_00}, year=TODAY.year)
    dialog = AdjustmentDialog(contexts["staff"], TODAY.year)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData(cats["travel"]))
    dialog.month.setCurrentIndex(4)
    qtbot.keyClicks(dialog.amount, "-300")
    dialog.reason.setPlainText("出差取消")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel = AdjustmentsPanel(contexts["manager"])
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.approve_action.isEnabled()
    panel.approve_action.trigger()
    assert panel.model.rows()[0].status == "approved"
    assert not panel.approve_action.isEnabled()


def test_direct_expense_dialog_and_reverse(qtbot, env, boxes, monkeypatch):
    contexts, _cats = env
    dialog = ExpenseDialog(contexts["finance"])
    qtbot.addWidget(dialog)
    dialog.accept()  # empty amount
    assert dialog.result() != QDialog.DialogCode.Accepted and boxes
    qtbot.keyClicks(dialog.amount, "5,000")
    dialog.payee.setText("百度")
    qtbot.keyClicks(dialog.invoice_number, "123")
    dialog.accept()
    assert "20 digits" in boxes[-1]
    dialog.invoice_number.setText("24442000000012340000")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel = ExpensesPanel(contexts["finance"])
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "录错")
    panel.reverse_action.trigger()
    assert sorted(r.amount_fen for r in panel.model.rows()) == [-500000, 500000]


def test_category_dialog(qtbot, env, boxes):
    contexts, _cats = env
    dialog = CategoryDialog(contexts["admin"])
    qtbot.addWidget(dialog)
    dialog.name.setText("会议费")
    dialog.claim_cap.setText("abc")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "abc" in boxes[-1]
    dialog.claim_cap.setText("3,000")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel = CategoriesPanel(contexts["admin"])
    qtbot.addWidget(panel)
    assert panel.model.rows()[-1].name == "会议费"
    assert panel.model.rows()[-1].claim_cap_fen == 300000


@pytest.fixture
def report_env(env):
    contexts, cats = env
    actors = {r: c.actor for r, c in contexts.items()}
    services = contexts["finance"].services
    approved_plan(
        services,
        actors,
        {(cats["travel"], 3): 1_000_00, (cats["advertising"], 3): 500_00},
        year=2026,
    )
    claim = new_claim(
        services, actors["staff"], [line(cats["travel"], 300_00, dt.date(2026, 3, 5))]
    )
    claim = services.claims.submit(actors["staff"], claim.id, claim.version).claim
    claim = services.claims.approve(actors["manager"], claim.id, claim.version).claim
    services.claims.approve(actors["finance"], claim.id, claim.version)
    services.direct_expenses.record(
        actors["finance"],
        ExpenseInput(dt.date(2026, 3, 2), cats["advertising"], 600_00, payee="百度"),
    )
    return contexts, cats


def test_report_tab_table_drill_down_and_exports(qtbot, report_env, tmp_path, monkeypatch):
    contexts, cats = report_env
    tab = BudgetReportTab(contexts["finance"], today=dt.date(2026, 3, 20))
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    tab.month.setCurrentIndex(2)
    rows = {tab.model.row_at(r).category_id: r for r in range(tab.model.rowCount())}
    ads = rows[cats["advertising"]]
    assert tab.model.data(tab.model.index(ads, ReportModel.PACE)) == "Over budget"
    assert tab.model.data(tab.model.index(rows[cats["travel"]], ReportModel.SPEND)) == "¥300.00"
    assert tab.model.data(tab.model.index(rows[None], ReportModel.REMAINING)) == "¥600.00"
    assert "¥300.00" in tab.charts.bars.text_at(rows[cats["travel"]])
    assert "Month 3" in tab.charts.burn.text_at(3.2) and "¥900.00" in tab.charts.burn.text_at(3)
    opened = []
    monkeypatch.setattr(DrillDownDialog, "exec", lambda self: opened.append(self) or 0)
    tab.table.setCurrentIndex(tab.model.index(rows[cats["travel"]], ReportModel.SPEND))
    tab.drill_action.trigger()
    assert [r.amount_fen for r in opened[0].model.rows] == [300_00]
    tab.table.setCurrentIndex(tab.model.index(rows[cats["travel"]], ReportModel.COMMITTED))
    tab.drill_action.trigger()
    assert opened[1].model.rows == []  # nothing committed for travel
    from ui.claims.editor import ClaimEditor

    editors = []
    monkeypatch.setattr(ClaimEditor, "exec", lambda self: editors.append(self) or 0)
    opened[0].open_claim(opened[0].model.index(0, 0))
    assert editors[0].claim.total_fen == 300_00 and not editors[0].editable()
    target = tmp_path / "report.xlsx"
    assert tab.write_xlsx(target)
    import openpyxl

    sheet = openpyxl.load_workbook(target).active
    values = {sheet.cell(r, 1).value: sheet.cell(r, 5).value for r in range(5, 15)}
    assert values["差旅费"] == 300 and values["Total"] == 900
    png = tmp_path / "chart.png"
    assert tab.write_png(png) and png.read_bytes().startswith(b"\x89PNG")
    told = []
    monkeypatch.setattr(
        "ui.widgets.messages.QMessageBox.warning", lambda _parent, _title, text: told.append(text)
    )
    assert not tab.write_png(tmp_path / "no such folder" / "chart.png")
    assert len(told) == 1 and "chart.png" in told[0] and "No such file" in told[0]
    assert not (tmp_path / "no such folder").exists()
    assert not list(tmp_path.glob("*.part"))
    tab.view.setCurrentIndex(1)
    assert tab.model.report.cumulative


def test_report_tab_without_plan_says_so(qtbot, env):
    contexts, _cats = env
    tab = BudgetReportTab(contexts["manager"])
    qtbot.addWidget(tab)
    assert "no budget plan" in tab.notice.text()


def test_budget_models_pass_modeltester(qtbot, qtmodeltester, report_env):
    contexts, _cats = report_env
    services, actor = contexts["finance"].services, contexts["finance"].actor
    report = services.budget_report.budget_vs_spend(actor, 2026, 3)
    model = ReportModel()
    model.set_report(report)
    qtmodeltester.check(model)
    qtmodeltester.check(DrillModel(services.budget_report.drill_down(actor, 2026, 3, None)))
    grid = PlanGridModel()
    plan = services.budget_plans.get_plan(actor, 2026)
    grid.load(services.expense_categories.list_categories(actor), plan.amounts, plan.purposes, True)
    qtmodeltester.check(grid)
    panel = AdjustmentsPanel(contexts["finance"])
    qtbot.addWidget(panel)
    qtmodeltester.check(panel.model)
    expenses = ExpensesPanel(contexts["finance"])
    qtbot.addWidget(expenses)
    expenses.year.setValue(2026)
    qtmodeltester.check(expenses.model)
