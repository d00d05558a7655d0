"""The claim editor and the claims tab, driven through their widgets."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QMessageBox, QWidget

from app.claims.rows import ClaimFilter
from tests.budget.helpers import approved_plan, line, new_claim, tiny_png
from ui.claims.editor import ClaimEditor
from ui.claims.models import ClaimLinesModel, ClaimListModel
from ui.claims.tab import ClaimsTab
from ui.widgets import dialogs

TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    """No modal message box may wait for an answer: record them instead."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, **k: (
                shown.append(text) or QMessageBox.StandardButton.Ok
            ),
        )
    return shown


def _editor(qtbot, ctx, claim_id=None) -> ClaimEditor:
    editor = ClaimEditor(ctx, claim_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.fixture
def env(ui_context):
    """Role -> UiContext on one database with seeded categories and an approved plan."""
    admin = ui_context("admin")
    services = admin.services
    services.expense_categories.ensure_seed(admin.actor)
    cats = {c.code: c.id for c in services.expense_categories.list_categories(admin.actor)}
    contexts = {role: ui_context(role) for role in ("admin", "manager", "staff", "finance")}
    actors = {role: c.actor for role, c in contexts.items()}
    approved_plan(services, actors, {(cats["promotion"], TODAY.month): 1_000_00}, year=TODAY.year)
    return contexts, cats, actors


def _type(qtbot, widget, text: str) -> None:
    """Type text; QTest only knows ASCII keys, so Chinese is inserted like an input method."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)


def _visible_editor(table):
    editors = [
        w
        for w in table.viewport().findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QDateEdit) and w.isVisible()
    ]
    return editors[-1] if editors else None


def _edit_cell(
    qtbot, table, row: int, col: int, text: str | None = None, combo_text: str | None = None
) -> None:
    """Open the cell's editor the way the user does (it opens on becoming current), type."""
    index = table.model().index(row, col)
    if table.currentIndex() != index:
        table.setCurrentIndex(index)
    editor = _visible_editor(table)
    if editor is None:
        table.edit(index)
        editor = _visible_editor(table)
    if combo_text is not None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findText(combo_text))
    else:
        editor.selectAll()
        _type(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # the delegate commits on a queued call


def _fill_line(qtbot, editor: ClaimEditor, amount: str, number: str) -> None:
    qtbot.mouseClick(editor.add_line_button, Qt.MouseButton.LeftButton)
    row = editor.lines.rowCount() - 1
    _edit_cell(qtbot, editor.table, row, ClaimLinesModel.CATEGORY, combo_text="促销活动费")
    _edit_cell(qtbot, editor.table, row, ClaimLinesModel.PLACE, "南山校区")
    _edit_cell(qtbot, editor.table, row, ClaimLinesModel.DESCRIPTION, "体验课礼品")
    _edit_cell(qtbot, editor.table, row, ClaimLinesModel.AMOUNT, amount)
    _edit_cell(qtbot, editor.table, row, ClaimLinesModel.NUMBER, number)


def test_editor_creates_and_submits(qtbot, env, monkeypatch, boxes):
    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    editor = _editor(qtbot, ctx)
    _type(qtbot, editor.purpose, "暑期招生物料")
    _fill_line(qtbot, editor, "1,234.50", "24442000000012345678")
    assert editor.lines.lines[0].amount_fen == 123450
    assert "¥1,234.50" in editor.total_label.text()
    assert "壹仟贰佰叁拾肆元伍角" in editor.total_label.text()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.claim is not None and editor.claim.number.startswith(f"BX-{TODAY.year}-")
    assert not editor.dirty
    # over the remaining ¥1,000 of the month: the warning is shown and confirmed
    seen = []
    monkeypatch.setattr(
        dialogs, "confirm_warnings", lambda parent, title, messages: seen.extend(messages) or True
    )
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert any("¥234.50" in m for m in seen), (seen, boxes)
    claim = ctx.services.claims.get_claim(ctx.actor, editor.claim.id)
    assert claim.status == "submitted"
    assert claim.lines[0].invoice_number == "24442000000012345678"


def test_editor_declined_warning_leaves_draft(qtbot, env, monkeypatch):
    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    editor = _editor(qtbot, ctx)
    _type(qtbot, editor.purpose, "物料")
    _fill_line(qtbot, editor, "2000", "24442000000012345679")
    monkeypatch.setattr(dialogs, "confirm_warnings", lambda *a: False)
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert ctx.services.claims.get_claim(ctx.actor, editor.claim.id).status == "draft"
    assert "⚠" in editor.warnings_label.text()


def test_editor_refuses_bad_invoice_and_points_at_it(qtbot, env, monkeypatch):
    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: errors.append(exc))
    editor = _editor(qtbot, ctx)
    _type(qtbot, editor.purpose, "物料")
    _fill_line(qtbot, editor, "10", "12345")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert errors and errors[0].field == "lines.1.invoice_number"
    assert editor.claim is None
    assert editor.table.currentIndex().column() == ClaimLinesModel.NUMBER
    assert ctx.services.claims.list_claims(ctx.actor, ClaimFilter()) == []


def test_editor_asks_before_losing_changes(qtbot, env, monkeypatch):
    contexts, _cats, _actors = env
    editor = _editor(qtbot, contexts["staff"])
    _type(qtbot, editor.purpose, "未保存")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    editor.reject()
    assert editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    editor.reject()
    assert not editor.isVisible()


def test_editor_attachments(qtbot, env, tmp_path):
    contexts, cats, _actors = env
    ctx = contexts["staff"]
    claim = new_claim(ctx.services, ctx.actor, [line(cats["promotion"], 100, TODAY.replace(day=1))])
    scan = tmp_path / "发票.png"
    scan.write_bytes(tiny_png())
    editor = ClaimEditor(ctx, claim.id)
    qtbot.addWidget(editor)
    editor.attach_paths([scan])
    assert editor.attachments.count() == 1
    assert "发票.png" in editor.attachments.item(0).text()


def test_read_only_for_others_and_after_submit(qtbot, env):
    contexts, cats, _actors = env
    ctx = contexts["staff"]
    claim = new_claim(ctx.services, ctx.actor, [line(cats["promotion"], 100, TODAY.replace(day=1))])
    ctx.services.claims.submit(ctx.actor, claim.id, claim.version)
    for role in ("staff", "manager"):
        editor = ClaimEditor(contexts[role], claim.id)
        qtbot.addWidget(editor)
        assert not editor.save_button.isEnabled()
        assert not (editor.lines.flags(editor.lines.index(0, 4)) & Qt.ItemFlag.ItemIsEditable)


def _tab(qtbot, ctx, signature=None) -> ClaimsTab:
    tab = ClaimsTab(ctx)
    qtbot.addWidget(tab)
    # the printing feature installs its signature pad; tests sign with a fixed image or ink
    tab.signature_provider = signature or (lambda parent, step: None)
    return tab


def _select(tab: ClaimsTab, claim_id: int) -> None:
    """Click the claim's row (selectRow needs a laid-out header, so select by model)."""
    index = tab.model.index(tab.model.row_of(claim_id), 0)
    tab.table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_tab_approval_return_and_override(qtbot, env, monkeypatch):
    contexts, cats, actors = env
    services = contexts["staff"].services
    claim = new_claim(
        services, actors["staff"], [line(cats["promotion"], 1_500_00, TODAY.replace(day=1))]
    )
    services.claims.submit(actors["staff"], claim.id, claim.version, acknowledge=True)
    monkeypatch.setattr(dialogs, "confirm_warnings", lambda *a: True)

    png = tiny_png()
    manager = _tab(qtbot, contexts["manager"], lambda parent, step: png)
    with qtbot.waitActive(manager):
        manager.show()
        manager.activateWindow()
    assert manager.scope_bar.tabText(1) == "To approve"
    manager.scope_bar.setCurrentIndex(1)
    assert manager.model.rowCount() == 1
    _select(manager, claim.id)
    manager.table.setFocus()
    assert manager.approve_action.isEnabled() and not manager.pay_action.isEnabled()
    qtbot.keyClick(
        manager.table,
        Qt.Key.Key_Y,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert services.claims.get_claim(actors["admin"], claim.id).status == "department_approved"
    assert manager.model.rowCount() == 0
    assert "Nothing is waiting" in manager.empty.text()
    assert services.claims.signoffs(actors["admin"], claim.id)["department"].signature_png == png

    finance = _tab(qtbot, contexts["finance"])
    finance.scope_bar.setCurrentIndex(1)
    _select(finance, claim.id)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: errors.append(exc.message))
    finance.approve_action.trigger()  # over budget, finance lacks the override permission
    assert errors and "override" in errors[0]
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "发票抬头错误")
    finance.return_action.trigger()
    returned = services.claims.get_claim(actors["admin"], claim.id)
    assert returned.status == "draft" and returned.return_reason == "发票抬头错误"

    services.claims.submit(actors["staff"], claim.id, returned.version, acknowledge=True)
    claim = services.claims.get_claim(actors["admin"], claim.id)
    services.claims.approve(actors["manager"], claim.id, claim.version, acknowledge=True)
    admin = _tab(qtbot, contexts["admin"])
    admin.scope_bar.setCurrentIndex(1)
    _select(admin, claim.id)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "校长批准")
    admin.approve_action.trigger()
    approved = services.claims.get_claim(actors["admin"], claim.id)
    assert approved.status == "finance_approved"
    assert approved.budget_override_reason == "校长批准"
    _select(finance, claim.id)
    finance.refresh()
    _select(finance, claim.id)
    assert finance.selected_claim_ids() == [claim.id]
    finance.pay_action.trigger()
    assert services.claims.get_claim(actors["admin"], claim.id).status == "paid"


def test_tab_scopes_filters_and_empty_state(qtbot, env):
    contexts, cats, actors = env
    staff = _tab(qtbot, contexts["staff"])
    assert [staff.scope_bar.tabText(i) for i in range(staff.scope_bar.count())] == ["My claims"]
    assert staff.stack.currentWidget() is staff.empty
    assert "Ctrl+N" in staff.empty.text()
    services = contexts["staff"].services
    first = new_claim(
        services, actors["staff"], [line(cats["promotion"], 100, TODAY.replace(day=1))], "甲"
    )
    new_claim(services, actors["staff"], [line(cats["travel"], 200, TODAY.replace(day=1))], "乙")
    staff.refresh()
    assert staff.model.rowCount() == 2
    staff.category_filter.setCurrentIndex(staff.category_filter.findData(cats["promotion"]))
    assert [staff.model.row_at(r).id for r in range(staff.model.rowCount())] == [first.id]
    staff.search.setText("没有")
    staff.refresh()
    assert staff.model.rowCount() == 0 and "match" in staff.empty.text()
    finance = _tab(qtbot, contexts["finance"])
    assert finance.scope_bar.count() == 3
    finance.scope_bar.setCurrentIndex(2)
    assert finance.model.rowCount() == 0  # drafts stay private until first submitted
    services.claims.submit(actors["staff"], first.id, first.version, acknowledge=True)
    finance.refresh()
    assert [finance.model.row_at(0).id] == [first.id] and finance.model.rowCount() == 1
    assert finance.print_menu is not None


def test_models_pass_modeltester(qtbot, qtmodeltester, env):
    contexts, cats, actors = env
    services = contexts["staff"].services
    new_claim(
        services,
        actors["staff"],
        [
            line(cats["promotion"], 100, TODAY.replace(day=1)),
            line(cats["travel"], 90_000, TODAY.replace(day=1)),
        ],
    )
    listing = ClaimListModel()
    listing.set_rows(services.claims.list_claims(actors["staff"], ClaimFilter()))
    qtmodeltester.check(listing)
    claim = services.claims.list_claims(actors["staff"], ClaimFilter())[0]
    editor = ClaimEditor(contexts["staff"], claim.id)
    qtbot.addWidget(editor)
    assert editor.lines.lines[1].over_standard  # travel line over ¥800
    qtmodeltester.check(editor.lines)


def _claim_at(services, actors, cats, status: str, amount: int = 100_00):
    """A staff claim moved along the happy path to `status`."""
    claim = new_claim(services, actors["staff"], [line(cats["promotion"], amount, TODAY)])
    steps = [("submit", "staff"), ("approve", "manager"), ("approve", "finance")]
    for action, role in steps:
        if claim.status == status:
            break
        claim = getattr(services.claims, action)(
            actors[role], claim.id, claim.version, acknowledge=True
        ).claim
    return claim


def test_actions_shown_only_to_roles_that_have_them(qtbot, env):
    contexts, _cats, _actors = env
    staff = _tab(qtbot, contexts["staff"])
    staff.show()
    for act in (staff.approve_action, staff.return_action, staff.pay_action):
        assert not act.isVisible()
    assert staff.new_action.isVisible() and staff.submit_action.isVisible()
    assert not staff.scope_bar.isVisibleTo(staff)  # no lone "My claims" tab
    assert not staff.claimant_filter.isVisibleTo(staff)
    manager = _tab(qtbot, contexts["manager"])
    assert manager.approve_action.isVisible() and manager.return_action.isVisible()
    assert not manager.pay_action.isVisible()
    assert manager.scope_bar.isVisibleTo(manager) and not manager.scope_bar.expanding()
    finance = _tab(qtbot, contexts["finance"])
    assert finance.approve_action.isVisible() and finance.pay_action.isVisible()


def test_to_approve_list_shows_what_waits(qtbot, env):
    contexts, cats, actors = env
    services = contexts["staff"].services
    _claim_at(services, actors, cats, "department_approved", 120_00)
    _claim_at(services, actors, cats, "finance_approved", 30_00)
    finance = _tab(qtbot, contexts["finance"])
    finance.show()
    # With claims waiting, an approver starts on the list of what waits for them.
    assert finance.scope() == "to_approve"
    text = finance.waiting_label.text()
    assert finance.waiting_label.isVisible()
    assert "To approve: 1 claim(s), ¥120.00" in text and "To pay: 1 claim(s), ¥30.00" in text


def test_an_approver_with_nothing_waiting_starts_on_their_own_claims(qtbot, env):
    contexts, _cats, _actors = env
    finance = _tab(qtbot, contexts["finance"])
    assert finance.scope() == "mine"


def test_details_show_history_beside_the_lines(qtbot, env):
    contexts, cats, actors = env
    services = contexts["staff"].services
    claim = _claim_at(services, actors, cats, "submitted")
    manager = _tab(qtbot, contexts["manager"])
    manager.resize(1000, 700)
    manager.show()
    manager.scope_bar.setCurrentIndex(manager.scopes.index("to_approve"))
    _select(manager, claim.id)
    details = manager.details
    assert details.splitter.orientation() == Qt.Orientation.Horizontal
    assert details.history.isVisible()
    assert "Approval history" in details.history.toPlainText()
    assert "staff (submit)" in details.history.toPlainText()
    assert "History" not in details.summary.toPlainText()


def test_editor_gives_an_approver_approve_return_and_history(qtbot, env, monkeypatch):
    contexts, cats, actors = env
    services = contexts["staff"].services
    claim = _claim_at(services, actors, cats, "submitted")
    monkeypatch.setattr(dialogs, "confirm_warnings", lambda *a: True)
    editor = _editor(qtbot, contexts["manager"], claim.id)
    assert editor.approve_button.isVisible() and editor.return_button.isVisible()
    assert not editor.pay_button.isVisible()
    assert not editor.save_button.isVisible() and not editor.submit_button.isVisible()
    assert "staff (submit)" in editor.history.toPlainText()
    # A submitted 事由 is read-only and looks it (no frame).
    assert editor.purpose.isReadOnly() and not editor.purpose.hasFrame()
    qtbot.mouseClick(editor.approve_button, Qt.MouseButton.LeftButton)
    assert services.claims.get_claim(actors["admin"], claim.id).status == "department_approved"
    # The claimant sees no approver buttons on their own claim.
    own = _editor(qtbot, contexts["staff"], claim.id)
    assert not own.approve_button.isVisible() and not own.return_button.isVisible()


def test_new_claim_shows_the_claimants_department(qtbot, env):
    from db.models.staff import Department, Staff

    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    with ctx.services.db.session() as session, session.begin():
        department = session.query(Department).order_by(Department.id).first()
        session.get(Staff, ctx.actor.staff_id).department_id = department.id
        name = department.name
    editor = _editor(qtbot, ctx)
    assert name and name in editor.claimant_label.text()


def test_standard_text_wraps_instead_of_being_cut(qtbot, env):
    contexts, cats, actors = env
    services = contexts["staff"].services
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 5_000_00, TODAY)])
    editor = _editor(qtbot, contexts["staff"], claim.id)
    text = editor.lines.lines[0].over_standard
    assert text  # over the per-line standard of 差旅费
    assert editor.table.wordWrap()
    one_line = editor.table.fontMetrics().height() + 10
    width = editor.table.columnWidth(ClaimLinesModel.STANDARD)
    assert editor.table.fontMetrics().horizontalAdvance(text) > width  # needs wrapping
    assert editor.table.rowHeight(0) > one_line


def test_paper_count_follows_invoice_lines_until_entered(qtbot, env):
    contexts, _cats, _actors = env
    ctx = contexts["staff"]
    editor = _editor(qtbot, ctx)
    _type(qtbot, editor.purpose, "物料")
    _fill_line(qtbot, editor, "10", "24442000000012340001")
    _fill_line(qtbot, editor, "20", "24442000000012340002")
    assert editor.paper.value() == 2
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.claim.paper_attachments is None and editor.claim.paper_count == 2
    editor.paper.setValue(5)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert ctx.services.claims.get_claim(ctx.actor, editor.claim.id).paper_attachments == 5
