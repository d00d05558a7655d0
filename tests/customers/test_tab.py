"""The Customers tab driven through real widgets: search, filter, open, follow-up."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import insert

from app.customers.keys import search_columns
from app.customers.rows import CustomerInput
from app.customers.search import PAGE_SIZE, CustomerQuery
from db.models.customers import Customer
from ui.customers.columns import COLUMNS

# The offscreen platform says this whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _add(ctx, name, mobile, **fields):
    return ctx.services.customers.create_customer(
        ctx.actor, CustomerInput(name=name, mobile=mobile, **fields)
    )


@pytest.fixture
def manager_ctx(ui_context):
    ctx = ui_context("manager")
    ctx.services.customers.ensure_seed_channels(ctx.actor)
    return ctx


def _tab(qtbot, ctx):
    from ui.customers.customers_tab import CustomersTab

    tab = CustomersTab(ctx)
    qtbot.addWidget(tab)
    # What the main window does for a tab whose entities changed.
    ctx.bus.changed.connect(lambda change: "customers" in change.entities and tab.refresh())
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    return tab


def _names(tab) -> list[str]:
    model = tab.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_empty_state(qtbot, manager_ctx):
    tab = _tab(qtbot, manager_ctx)
    assert tab.stack.currentWidget() is tab.empty
    assert "Ctrl+N" in tab.empty.text()


def test_search_filter_open_and_follow_up(qtbot, manager_ctx):
    ctx = manager_ctx
    _add(ctx, "张三", "13812345678", school="海淀实验小学")
    zhang_wei = _add(ctx, "张伟", "13900001234", tier="A")
    _add(ctx, "曾小贤", "15000005678")
    tab = _tab(qtbot, ctx)
    assert tab.model.rowCount() == 3

    qtbot.keyClicks(tab.filters.search, "zs")
    qtbot.waitUntil(lambda: _names(tab) == ["张三"])
    tab.filters.search.clear()
    tab.filters.search.insert("张")  # what an input method commits (keyClicks is ASCII only)
    qtbot.waitUntil(lambda: sorted(_names(tab)) == ["张三", "张伟"])
    tab.filters.search.clear()
    qtbot.keyClicks(tab.filters.search, "5678")
    qtbot.waitUntil(lambda: sorted(_names(tab)) == ["张三", "曾小贤"])
    tab.filters.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)

    tab.filters.tier.setCurrentIndex(tab.filters.tier.findData("A"))
    qtbot.waitUntil(lambda: _names(tab) == ["张伟"])
    assert "1" in tab.count_label.text()

    # Enter on the selected row opens the detail dialog
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(tab.dialogs) == 1)
    dialog = tab.dialogs[0]
    assert dialog.row.id == zhang_wei.id
    assert dialog.form.name.text() == "张伟"

    def fill_follow_up():
        box = QApplication.activeModalWidget()
        box.content.setPlainText("介绍了暑假班")
        box.satisfaction.setCurrentIndex(5)
        box.plan_next.setChecked(True)
        box.accept()

    dialog.tabs.setCurrentIndex(1)
    QTimer.singleShot(0, fill_follow_up)
    qtbot.mouseClick(dialog.action_buttons["follow_up"], Qt.MouseButton.LeftButton)
    texts = [item.text(2) for item in _tree_items(dialog.timeline)]
    assert any("介绍了暑假班" in t and "★★★★★" in t for t in texts)
    # the next follow-up it planned stands apart, in a group above the history
    groups = [dialog.timeline.topLevelItem(i) for i in range(2)]
    assert groups[0].childCount() == 1 and "★★★★★" not in groups[0].child(0).text(2)
    assert any("★★★★★" in groups[1].child(i).text(2) for i in range(groups[1].childCount()))
    assert ctx.services.customers.get_customer(ctx.actor, zhang_wei.id).status == "contacted"
    # the tab refreshed from the change bus: the status column shows it
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    assert tab.model.data(tab.model.index(0, 2)) in ("Contacted", "已联系")
    dialog.close()


def _tree_items(tree):
    """Every item of a QTreeWidget, depth first."""
    stack = [tree.topLevelItem(i) for i in reversed(range(tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))


def test_new_customer_with_inline_errors_and_duplicate_warning(qtbot, manager_ctx):
    ctx = manager_ctx
    existing = _add(ctx, "王芳", "13800001111")
    tab = _tab(qtbot, ctx)
    dialog = tab.open_customer(None)
    qtbot.keyClicks(dialog.form.mobile, "138-0000-1111")
    dialog.form.check_mobile_now()
    assert not dialog.form.open_duplicate.isHidden()
    assert f"#{existing.id}" in dialog.form.mobile_status.text()
    with qtbot.waitSignal(dialog.openCustomer) as opened:
        qtbot.mouseClick(dialog.form.open_duplicate, Qt.MouseButton.LeftButton)
    assert opened.args == [existing.id]
    # saving without a name points at the name field; nothing is written
    dialog.form.mobile.setText("13800002222")
    assert not dialog.save()
    assert not dialog.form.errors["name"].isHidden()
    dialog.form.name.insert("李雷")
    assert dialog.save()
    assert dialog.row is not None and dialog.row.name == "李雷"
    qtbot.waitUntil(lambda: "李雷" in _names(tab))
    for d in list(tab.dialogs):
        d._dirty = False
        d.close()


def test_finance_sees_masked_phones(qtbot, ui_context):
    manager = ui_context("manager")
    _add(manager, "钱七", "13812345678")
    tab = _tab(qtbot, ui_context("finance"))
    assert tab.model.data(tab.model.index(0, 1)) == "138****5678"
    assert not tab.new_action.isVisible()


def test_today_panel_counts_in_the_title(qtbot, manager_ctx):
    ctx = manager_ctx
    row = _add(ctx, "林一", "13700000001")
    ctx.services.customers.plan_follow_up(ctx.actor, row.id, dt.date.today() - dt.timedelta(days=1))
    tab = _tab(qtbot, ctx)
    assert tab.title_suffix() == "1"
    assert tab.today_panel.tree.topLevelItem(0).childCount() == 1


def _bulk_insert(db, count: int) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(count):
        mobile = f"+86137{i:08d}"
        rows.append(
            {
                "uuid": uuid.uuid4(),
                "version": 1,
                "name": f"客户{i}",
                "mobile": mobile,
                "created_at": now,
                "updated_at": now,
                "status": "new",
                "tier": "B",
                **search_columns(f"客户{i}", mobile, None),
            }
        )
    with db.engine.begin() as conn:
        conn.execute(insert(Customer), rows)


def test_model_is_lazy(qtbot, manager_ctx, qtmodeltester):
    ctx = manager_ctx
    _bulk_insert(ctx.services.db, 5 * PAGE_SIZE + 7)
    from ui.customers.table_model import CustomerTableModel

    model = CustomerTableModel(ctx.services, ctx.actor)
    model.set_query(CustomerQuery())
    assert model.is_counting() and model.rowCount() == PAGE_SIZE
    qtbot.waitUntil(lambda: not model.is_counting())
    assert model.rowCount() == 5 * PAGE_SIZE + 7
    assert model.cached_rows() == PAGE_SIZE  # only the first page was read
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "客户0"
    assert model.cached_rows() <= 2 * PAGE_SIZE and model.fetches == 1
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by name, in SQL
    qtbot.waitUntil(lambda: not model.is_counting())
    assert model.data(model.index(0, 0)) == "客户0"


def test_prepare_rows_formats_a_screenful_like_row_text(qtbot, manager_ctx):
    ctx = manager_ctx
    _bulk_insert(ctx.services.db, 3 * PAGE_SIZE)
    from ui.customers.table_model import CustomerTableModel

    batch = CustomerTableModel(ctx.services, ctx.actor)
    single = CustomerTableModel(ctx.services, ctx.actor)
    for model in (batch, single):
        model.set_query(CustomerQuery())
        qtbot.waitUntil(lambda model=model: not model.is_counting())
    # Rows of the first page and rows of a window not read yet (one fetch for them).
    rows = [*range(30), *range(2 * PAGE_SIZE + 5, 2 * PAGE_SIZE + 35)]
    batch.prepare_rows(rows)
    assert batch.fetches == 1
    assert all(type(batch._rows[batch.customer_id(r)]) is tuple for r in rows)
    assert [batch.row_text(r) for r in rows] == [single.row_text(r) for r in rows]
    assert batch.row_text(5)[0] and batch.fetches == 1


def test_models_pass_qtmodeltester(qtbot, manager_ctx, qtmodeltester):
    ctx = manager_ctx
    for i in range(5):
        _add(ctx, f"测试{i}", f"1370000000{i}")
    from ui.customers.table_model import CustomerTableModel

    model = CustomerTableModel(ctx.services, ctx.actor)
    model.set_query(CustomerQuery())
    qtbot.waitUntil(lambda: not model.is_counting())
    qtmodeltester.check(model)


def test_catalogue_dialog_adds_and_edits_a_course(qtbot, manager_ctx):
    from ui.customers.catalogue_dialog import CatalogueDialog, CourseDialog

    ctx = manager_ctx
    dialog = CatalogueDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.channels.topLevelItemCount() == 12
    form = CourseDialog(ctx, None, dialog)
    form.name.setText("少儿编程")
    form.price.setText("abc")
    form.accept()  # refused: the dialog stays open with the message
    assert not form.error.isHidden() and form.result() != QDialog.DialogCode.Accepted
    form.price.setText("5,200.00")
    form.hours.setValue(40)
    form.accept()
    course = form.result_value
    assert course.price_fen == 520000 and course.class_hours == 40
    dialog.reload()
    item = dialog.courses.topLevelItem(0)
    edit = CourseDialog(ctx, item.data(0, Qt.ItemDataRole.UserRole + 1), dialog)
    edit.active.setChecked(False)
    edit.accept()
    assert ctx.services.customers.list_courses(ctx.actor) == []
    assert len(ctx.services.customers.list_courses(ctx.actor, include_inactive=True)) == 1


def test_shortcuts(qtbot, manager_ctx):
    ctx = manager_ctx
    _add(ctx, "张三", "13812345678")
    tab = _tab(qtbot, ctx)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)  # shortcuts and focus need the active window
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filters.search.hasFocus()
    qtbot.keyClick(tab.filters.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(tab.dialogs) == 1)
    assert tab.dialogs[0].row is None  # a blank customer
    tab.dialogs[0].close()


def _select_row(tab, row: int) -> None:
    """Select exactly one row (selectRow() honours modifier keys a previous test left)."""
    from PySide6.QtCore import QItemSelectionModel

    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    tab.table.selectionModel().select(tab.model.index(row, 0), flags)


def test_bulk_actions_from_the_selection(qtbot, manager_ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    ctx = manager_ctx
    rows = [_add(ctx, f"客户{i}", f"1360000000{i}") for i in range(3)]
    tab = _tab(qtbot, ctx)
    tab.table.selectAll()
    assert sorted(tab.selected_customer_ids()) == sorted(r.id for r in rows)
    tab.bulk.set_tier("A")
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    assert {ctx.services.customers.get_customer(ctx.actor, r.id).tier for r in rows} == {"A"}
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("暑假班", True))
    _select_row(tab, 0)
    tab.bulk.tag(True)
    tagged = [r for r in rows if ctx.services.customers.get_customer(ctx.actor, r.id).tags]
    assert len(tagged) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select_row(tab, 0)
    tab.bulk.delete_selected()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)


def test_stale_save_keeps_the_typed_data(qtbot, manager_ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    ctx = manager_ctx
    row = _add(ctx, "赵六", "13500000000")
    tab = _tab(qtbot, ctx)
    dialog = tab.open_customer(row.id)
    ctx.services.customers.change_status(ctx.actor, row.id, row.version, "contacted")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.form.school.setText("育才中学")
    dialog.form.changed.emit()
    assert not dialog.save()
    assert warnings and dialog.form.school.text() == "育才中学" and dialog.is_dirty()
    dialog._dirty = False
    dialog.close()


def test_today_panel_opens_the_customer(qtbot, manager_ctx):
    ctx = manager_ctx
    row = _add(ctx, "林一", "13700000001")
    ctx.services.customers.plan_follow_up(ctx.actor, row.id, dt.date.today())
    tab = _tab(qtbot, ctx)
    item = tab.today_panel.tree.topLevelItem(0).child(0)
    tab.today_panel.tree.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: len(tab.dialogs) == 1)
    assert tab.dialogs[0].row.id == row.id
    tab.dialogs[0].close()


def test_column_chooser(qtbot, manager_ctx):
    tab = _tab(qtbot, manager_ctx)
    menu = tab.column_menu()
    school = [c.key for c in COLUMNS].index("school")
    menu.actions()[school].setChecked(False)
    assert tab.table.isColumnHidden(school)
    tab.set_column_visible(school, True)
    menu.aboutToShow.emit()
    assert menu.actions()[school].isChecked()
    # remembered for the next time the tab opens
    tab.set_column_visible(school, False)
    again = _tab(qtbot, manager_ctx)
    assert again.table.isColumnHidden(school)
    again.set_column_visible(school, True)


def test_enrollment_dialog_records_amount_and_seller(qtbot, manager_ctx):
    from ui.customers.action_dialogs import EnrollmentDialog

    ctx = manager_ctx
    service = ctx.services.customers
    course = service.create_course(ctx.actor, "雅思冲刺班", "英语", 1280000, 80)
    row = _add(ctx, "周九", "13800000009")
    sellers = [(s.id, s.name) for s in ctx.services.staff.list_staff(ctx.actor)]
    dialog = EnrollmentDialog(
        lambda data: service.add_enrollment(ctx.actor, row.id, data),
        service.list_courses(ctx.actor),
        sellers=sellers,
    )
    qtbot.addWidget(dialog)
    dialog.course.setCurrentIndex(dialog.course.findData(course.id))
    assert dialog.amount.text() == "12800.00" and dialog.hours.value() == 80
    dialog.discount.setText("800")
    dialog.amount.setText("12,000.00")
    dialog.seller.setCurrentIndex(2)
    dialog.accept()
    enrollment = dialog.result_value
    assert (enrollment.amount_fen, enrollment.discount_fen) == (1200000, 80000)
    assert enrollment.owner_id == sellers[1][0]


def test_complaint_dialog_assigns_a_handler(qtbot, manager_ctx):
    from ui.customers.action_dialogs import ComplaintDialog

    ctx = manager_ctx
    service = ctx.services.customers
    row = _add(ctx, "吴十", "13800000010")
    handlers = [(s.id, s.name) for s in ctx.services.staff.list_staff(ctx.actor)]
    dialog = ComplaintDialog(
        lambda content, **kw: service.receive_complaint(ctx.actor, row.id, content, **kw),
        handlers=handlers,
    )
    qtbot.addWidget(dialog)
    dialog.accept()  # no text: refused, stays open
    assert not dialog.error.isHidden()
    dialog.content.setPlainText("退费申请一周没人处理")
    dialog.handler.setCurrentIndex(3)
    dialog.accept()
    assert dialog.result_value.handler_id == handlers[2][0]
    assert dialog.result_value.category == dialog.category.itemText(0)


def test_today_panel_quick_actions(qtbot, manager_ctx):
    ctx = manager_ctx
    service = ctx.services.customers
    row = _add(ctx, "林二", "13700000002")
    service.plan_follow_up(ctx.actor, row.id, dt.date.today())
    service.book_trial(ctx.actor, row.id, dt.datetime.now(dt.UTC))
    tab = _tab(qtbot, ctx)
    panel = tab.today_panel
    assert tab.title_suffix() == "2"
    trial = panel.items.trials[0]
    attended = dict(panel.actions_for(trial))
    next(run for text, run in attended.items() if text in ("Attended", "已出席"))()
    qtbot.waitUntil(lambda: not panel.items.trials)
    assert service.get_customer(ctx.actor, row.id).status == "trial_attended"

    def fill():
        box = QApplication.activeModalWidget()
        box.content.setPlainText("试听后很满意")
        box.accept()

    QTimer.singleShot(0, fill)
    assert panel.record_follow_up(panel.items.follow_ups[0])
    qtbot.waitUntil(lambda: not panel.items.follow_ups)
    assert tab.title_suffix() == ""


def test_assign_owner_tells_namesakes_apart(qtbot, manager_ctx, ui_context, monkeypatch):
    """The owner is picked by label: two staff members called 王磊 get different labels
    and the one chosen is the one assigned (not the first of that name)."""
    from PySide6.QtWidgets import QInputDialog

    from app.staff.service import StaffInput

    ctx = manager_ctx
    admin = ui_context("admin")
    first, second = (
        admin.services.staff.create_staff(admin.actor, StaffInput(name="王磊")) for _ in range(2)
    )
    row = _add(ctx, "客户甲", "13600000009")
    tab = _tab(qtbot, ctx)
    _select_row(tab, 0)
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, items, *_args):
        offered.append(items)
        return [i for i in items if i.startswith("王磊")][1], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    tab.bulk.assign_owner()
    labels = [i for i in offered[0] if i.startswith("王磊")]
    assert len(labels) == 2 and len(set(offered[0])) == len(offered[0])
    owner = ctx.services.customers.get_customer(ctx.actor, row.id).owner_id
    assert owner == second.id and owner != first.id


def test_duplicates_dialog_merges_the_selected_group(qtbot, manager_ctx):
    from ui.customers.bulk_actions import DuplicatesDialog

    ctx = manager_ctx
    first = _add(ctx, "陈晨", "13100000011", guardian_phone="13100000001")
    for mobile in ("13100000012", "13100000013"):
        _add(ctx, "陈晨", mobile, guardian_phone="13100000001")
    tab = _tab(qtbot, ctx)
    assert _names(tab).count("陈晨") == 3
    dialog = DuplicatesDialog(tab)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1 and dialog.merge_button.isEnabled()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.model.is_counting())
    assert _names(tab) == ["陈晨"] and tab.model.customer_id(0) == first.id
    assert not dialog.merge_button.isEnabled()  # no group left


def test_duplicate_warning_hides_a_colleagues_customer(qtbot, ui_context):
    manager = ui_context("manager")
    manager.services.customers.ensure_seed_channels(manager.actor)
    _add(manager, "王芳", "13800002222")
    ctx = ui_context("staff")
    tab = _tab(qtbot, ctx)
    dialog = tab.open_customer(None)
    qtbot.keyClicks(dialog.form.mobile, "13800002222")
    dialog.form.check_mobile_now()
    status = dialog.form.mobile_status.text()
    assert status and "王芳" not in status and "#" not in status
    assert dialog.form.open_duplicate.isHidden()
    dialog._dirty = False
    dialog.close()
