"""Typed change signals: write services return what they changed (kinds and ids), the
kinds are the tables, and every tab listens to kinds that exist."""

from __future__ import annotations

import ast
import datetime as dt
import importlib
from pathlib import Path

import pytest

from app.budget.expenses import ExpenseInput
from app.claims.rows import ClaimInput, LineInput
from app.customers.rows import CustomerInput
from app.customers_io.record_print import RecordPrintService
from app.entities import kind, kinds_of, known_kinds, unknown_kinds
from app.service import AUDIT_KIND, Change, Changed
from app.staff.service import StaffInput
from db.models import budget, budget_claims, customers
from db.models.budget import DirectExpense
from db.models.budget_claims import Claim
from db.models.customers import Customer, FollowUp
from db.models.staff import Department, Staff
from ui.tabs import tabs

APP = Path(__file__).resolve().parents[2] / "app"
# Writes whose return value is the session's identity, not data a view shows.
RETURN_AN_ACTOR = {
    ("app/users/service.py", "create_first_admin"),
    ("app/users/service.py", "authenticate"),
}


# --- kinds ----------------------------------------------------------------------------


def test_kinds_are_the_tables():
    assert known_kinds() == set(Claim.metadata.tables)
    assert kind(Claim) == "claims" and kind(FollowUp) == "follow_ups"
    expanded = kinds_of(customers)
    assert {"customers", "follow_ups", "courses"} <= expanded
    assert "customer_tags" in expanded  # a plain association Table counts too
    assert not expanded & kinds_of(budget)
    assert unknown_kinds({"claims", "customer", "staf"}) == {"customer", "staf"}


def test_every_tab_listens_to_kinds_that_exist():
    specs = tabs()
    assert specs
    for spec in specs:
        assert spec.entities, f"tab {spec.key} listens to nothing"
        assert not unknown_kinds(spec.entities), f"tab {spec.key} listens to no table"


def test_budget_report_listens_to_every_table_it_reads():
    report = next(spec for spec in tabs() if spec.key == "budget_report")
    assert kinds_of(budget, budget_claims) <= report.entities
    assert {kind(Claim), kind(DirectExpense)} <= report.entities
    assert kind(Customer) not in report.entities


# --- services return what they changed ----------------------------------------------


def _written(change: Change) -> set[str]:
    assert change.entities <= known_kinds()
    return change.entities - {AUDIT_KIND}


def test_writes_return_their_kinds_and_ids(services, actors):
    admin = actors["admin"]
    dept = services.staff.create_department(admin, "渠道部")
    assert _written(dept.change) == {kind(Department)} and AUDIT_KIND in dept.change.entities
    assert dept.change.ids[kind(Department)] == {dept.id}
    member = services.staff.create_staff(admin, StaffInput(name="周八", department_id=dept.id))
    assert _written(member.change) == {kind(Staff)}
    assert member.change.ids == {kind(Staff): {member.id}}

    customer = services.customers.create_customer(
        admin, CustomerInput(name="吴九", mobile="13812340001")
    )
    assert kind(Customer) in _written(customer.change)
    assert customer.change.ids[kind(Customer)] == {customer.id}
    note = services.customers.record_follow_up(admin, customer.id, "phone", "约试听")
    assert kind(FollowUp) in _written(note.change)
    assert note.change.ids[kind(FollowUp)] == {note.id}
    other = services.customers.create_customer(
        admin, CustomerInput(name="郑十", mobile="13812340002")
    )
    tiered = services.customers.bulk_set_tier(admin, [customer.id, other.id], "A")
    assert tiered.result == 2 and tiered.ids[kind(Customer)] == {customer.id, other.id}

    services.expense_categories.ensure_seed(admin)
    category = services.expense_categories.list_categories(admin)[0]
    expense = services.direct_expenses.record(
        admin, ExpenseInput(dt.date.today(), category.id, 12300, payee="百度")
    )
    assert _written(expense.change) == {kind(DirectExpense)}
    assert expense.change.ids[kind(DirectExpense)] == {expense.id}

    claim = services.claims.create_claim(
        admin,
        ClaimInput(purpose="招生", lines=[LineInput(dt.date.today(), category.id, 5000)]),
    )
    assert kind(Claim) in _written(claim.change)
    assert claim.change.ids[kind(Claim)] == {claim.id}
    deleted = services.claims.delete_claim(admin, claim.id, claim.version)
    assert _written(deleted) == {kind(Claim)} and deleted.ids[kind(Claim)] == {claim.id}


def test_a_print_changes_the_audit_log_only_and_a_read_changes_nothing(services, actors):
    admin = actors["admin"]
    customer = services.customers.create_customer(
        admin, CustomerInput(name="王十一", mobile="13812340003")
    )
    printed = RecordPrintService(services.db).record_print(admin, customer.id, "printer: test")
    assert printed.entities == {AUDIT_KIND}
    assert services.customers.get_customer(admin, customer.id).change.entities == set()


def _changed_row(module: str, annotation: str) -> bool:
    value = getattr(importlib.import_module(module), annotation, None)
    return isinstance(value, type) and issubclass(value, Changed)


def test_every_write_service_returns_its_change():
    """A method that opens a transaction returns the Change, or a `Changed` row that
    went through `tx.done` (forgetting it would publish an empty change)."""
    problems = []
    for path in sorted(APP.rglob("*.py")):
        relative = path.relative_to(APP.parent).as_posix()
        module = relative.removesuffix(".py").replace("/", ".")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or (relative, node.name) in RETURN_AN_ACTOR:
                continue
            opens = any(
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tx"
                for call in ast.walk(node)
            )
            if not opens or module == "app.service":
                continue
            returns = ast.unparse(node.returns) if node.returns else "None"
            where = f"{relative}:{node.lineno} {node.name} -> {returns}"
            if returns == "Change":
                continue
            if not _changed_row(module, returns):
                problems.append(where)
                continue
            for ret in (r for r in ast.walk(node) if isinstance(r, ast.Return)):
                value = ret.value
                if not (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Attribute)
                    and value.func.attr == "done"
                ):
                    problems.append(f"{where}: line {ret.lineno} returns without tx.done")
    assert problems == []


# Audit subjects that are no table: an audit row about them changes no view.
NOT_TABLES = {"database", "settings", "booth_bundle", "budget_report"}


def test_audited_entity_names_are_tables_or_declared_subjects():
    """A misspelt `entity="customer"` would drop out of the Change without a word."""
    named = set()
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.keyword)
                and node.arg == "entity"
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                named.add(node.value.value)
    assert "customers" in named
    assert unknown_kinds(named) <= NOT_TABLES


# --- the bus: a tab refreshes on a real change, not on an unrelated one ----------------


@pytest.fixture
def window(qtbot, ui_context, monkeypatch):
    """The admin's main window with the budget report and staff tabs built; each tab's
    refresh() is counted."""
    from ui.main_window import MainWindow

    ctx = ui_context("admin")
    ctx.services.expense_categories.ensure_seed(ctx.actor)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    refreshed: dict[str, int] = {"budget_report": 0, "staff": 0}
    for key in refreshed:
        tab = main.tab(key)
        assert tab is not None
        original = tab.refresh

        def counted(key=key, original=original):
            refreshed[key] += 1
            original()

        monkeypatch.setattr(tab, "refresh", counted)
    return ctx, main, refreshed


def test_budget_report_refreshes_on_claims_and_direct_expenses(qtbot, window, monkeypatch):
    from ui.budget.expenses_panel import ExpensesPanel
    from ui.claims import flows
    from ui.widgets import dialogs

    ctx, _main, refreshed = window
    category = ctx.services.expense_categories.list_categories(ctx.actor)[0]
    claim = ctx.services.claims.create_claim(
        ctx.actor,
        ClaimInput(purpose="招生", lines=[LineInput(dt.date.today(), category.id, 5000)]),
    )
    with qtbot.waitSignal(ctx.bus.changed) as published:
        assert flows.run_action(_main, ctx, claim.id, claim.version, claim.status, "cancel")
    assert kind(Claim) in published.args[0].entities
    assert refreshed == {"budget_report": 1, "staff": 0}

    ctx.services.direct_expenses.record(
        ctx.actor, ExpenseInput(dt.date.today(), category.id, 12300, payee="百度")
    )
    panel = ExpensesPanel(ctx)
    qtbot.addWidget(panel)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "录错")
    panel.reverse_action.trigger()
    assert refreshed == {"budget_report": 2, "staff": 0}


def test_an_unrelated_change_does_not_refresh_the_report(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.staff.departments_dialog import DepartmentsDialog

    ctx, _main, refreshed = window
    dialog = DepartmentsDialog(ctx)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("渠道部", True))
    with qtbot.waitSignal(ctx.bus.changed) as published:
        dialog.add()
    assert _written(published.args[0]) == {kind(Department)}
    assert refreshed == {"budget_report": 0, "staff": 1}
