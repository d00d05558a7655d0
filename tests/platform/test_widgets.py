"""Platform widgets driven through real widgets with qtbot."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.permissions import Role
from app.staff.service import StaffInput
from ui.login_dialog import ChangePasswordDialog, CreateAdminDialog, LoginDialog
from ui.main_window import MainWindow


def test_login_dialog_wrong_then_right(qtbot, ui_context):
    ctx = ui_context("admin")
    dialog = LoginDialog(ctx.services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.username, "staff1")
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is None
    assert not dialog.error.isHidden()
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "secret-pass-1")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor.username == "staff1" and dialog.actor.role == Role.STAFF


def test_login_dialog_lists_demo_accounts(qtbot, ui_context):
    ctx = ui_context("admin")
    accounts = [{"username": "manager1", "password": "secret-pass-1", "role": "manager"}]
    dialog = LoginDialog(ctx.services, demo_accounts=accounts)
    qtbot.addWidget(dialog)
    assert dialog.demo_list.count() == 1
    with qtbot.waitSignal(dialog.accepted):
        dialog.demo_list.itemDoubleClicked.emit(dialog.demo_list.item(0))
    assert dialog.actor.role == Role.MANAGER


def test_create_first_admin_dialog(qtbot, sqlite_db):
    from app.services import Services

    services = Services(sqlite_db)
    dialog = CreateAdminDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "chief")
    qtbot.keyClicks(dialog.password, "chief-pass-1")
    qtbot.keyClicks(dialog.confirm, "chief-pass-2")
    dialog.create()
    assert dialog.actor is None and "differ" in dialog.error.text()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, "chief-pass-1")
    dialog.create()
    assert dialog.actor is not None and dialog.actor.role == Role.ADMIN
    assert services.users.authenticate("chief", "chief-pass-1")


def test_change_password_dialog(qtbot, ui_context):
    ctx = ui_context("service")
    dialog = ChangePasswordDialog(ctx.services, ctx.actor)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old, "secret-pass-1")
    qtbot.keyClicks(dialog.new, "new-service-9")
    qtbot.keyClicks(dialog.repeat, "new-service-9")
    with qtbot.waitSignal(dialog.accepted):
        dialog.change()
    assert ctx.services.users.authenticate("service1", "new-service-9")


def test_users_dialog_creates_user(qtbot, ui_context, monkeypatch):
    from ui.users.users_dialog import UserEditor, UsersDialog

    ctx = ui_context("admin")
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    editor = UserEditor(ctx, None, dialog)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.username, "xiaoli")
    editor.display_name.insert("小李")
    editor.role.setCurrentIndex(editor.role.findData("finance"))
    qtbot.keyClicks(editor.password, "xiaoli-pass-1")
    editor.save()
    assert editor.result() == editor.DialogCode.Accepted
    dialog.refresh()
    assert dialog.model.rowCount() == before + 1
    row = next(u for u in dialog.model.rows() if u.username == "xiaoli")
    assert row.role == "finance"
    # Bad input: a taken user name, then a weak password, are refused under the form, the
    # field in question gets the focus, what was typed stays, and nothing is added.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    editor = UserEditor(ctx, None, dialog)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.username, "xiaoli")
    qtbot.keyClicks(editor.password, "xiaoli-pass-1")
    editor.save()
    assert editor.error.isVisible() and "xiaoli" in editor.error.text()
    assert editor.focusWidget() is editor.username
    assert editor.result() != editor.DialogCode.Accepted
    editor.username.setText("xiaowang")
    editor.password.setText("short")
    editor.save()
    assert "password" in editor.error.text().lower() and editor.focusWidget() is editor.password
    assert editor.password.text() == "short" and warnings == []
    dialog.refresh()
    assert dialog.model.rowCount() == before + 1


def test_staff_tab_search_and_edit(qtbot, ui_context):
    from ui.staff.staff_tab import StaffEditor, StaffTab

    ctx = ui_context("admin")
    ctx.services.staff.create_staff(
        ctx.actor, StaffInput(name="欧阳娜娜", position="销售代表", phone="13800001111")
    )
    tab = StaffTab(ctx)
    qtbot.addWidget(tab)
    total = tab.model.rowCount()
    tab.search.insert("欧阳")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_object(0).name == "欧阳娜娜"
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == total)
    tab.search.insert("没有这个人")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.stack.currentWidget() is tab.empty

    row = next(s for s in ctx.services.staff.list_staff(ctx.actor) if s.name == "欧阳娜娜")
    editor = StaffEditor(ctx, row, tab)
    qtbot.addWidget(editor)
    editor.position.clear()
    editor.position.insert("销售主管")
    editor.phone.setText("not a phone")
    editor.save()
    assert editor.error.isVisibleTo(editor) and editor.result() != editor.DialogCode.Accepted
    editor.phone.setText("138-0000-1111")
    with qtbot.waitSignal(ctx.bus.changed):
        editor.save()
    assert ctx.services.staff.get_staff(ctx.actor, row.id).position == "销售主管"


def test_staff_editor_stale_edit(qtbot, ui_context, monkeypatch):
    from ui.staff.staff_tab import StaffEditor

    ctx = ui_context("admin")
    row = ctx.services.staff.create_staff(ctx.actor, StaffInput(name="司马光"))
    editor = StaffEditor(ctx, row)
    qtbot.addWidget(editor)
    ctx.services.staff.update_staff(
        ctx.actor, row.id, row.version, StaffInput(name="司马光", position="别人改的")
    )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    editor.position.insert("我改的")
    editor.save()
    assert warnings and "someone else" in warnings[0]
    assert ctx.services.staff.get_staff(ctx.actor, row.id).position == "别人改的"


@pytest.mark.parametrize("role", ["admin", "manager", "staff", "service", "finance"])
def test_main_window_per_role(qtbot, ui_context, role):
    ctx = ui_context(role)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.findChildren(type(window.menuBar().actions()[0]))}
    assert ("actionUsers" in names) == (role == "admin")
    assert ("actionAudit" in names) == (role == "admin")
    assert "actionLock" in names and "actionSettings" in names
    assert [s.key for s in window.specs][-1] == "staff"
    status = window.findChild(type(window.statusBar().children()[0]), "statusUser")
    assert status is None or ctx.actor.display_name in status.text()


def test_main_window_tabs_built_lazily(qtbot, ui_context):
    ctx = ui_context("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    current = window.specs[window.tab_widget.currentIndex()].key
    assert set(window._widgets) == {current}
    staff = window.tab("staff")
    assert staff is not None and window._widgets["staff"] is staff


def test_idle_lock_covers_and_uncovers(qtbot, ui_context):
    from ui.idle_lock import IdleLock

    ctx = ui_context("staff")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(lambda: 15)
    fired = []
    lock.lock_now.connect(lambda: fired.append(True))
    lock._last_input -= 16 * 60
    lock._check()
    assert fired
    lock.cover_windows()
    covers = window.findChildren(type(window.statusBar().children()[0]), "lockCover")
    assert lock.locked
    assert window.isVisible()  # dialogs and windows stay alive under the cover
    lock.uncover_windows()
    assert not lock.locked and lock.idle_seconds() < 5
    lock.stop()
    assert covers is not None


def test_settings_dialog_saves(qtbot, ui_context):
    from app.settings import Settings
    from ui.settings_dialog import SettingsDialog

    ctx = ui_context("admin")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.office.editor("idle_lock_minutes").setValue(5)
    dialog.retention.setValue(30)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save()
    assert dialog.language_changed
    fresh = Settings()
    assert ctx.services.office_settings.current(ctx.actor).idle_lock_minutes == 5
    assert fresh.get("backup_retention") == 30
    assert fresh.get("language") == "en"


def test_audit_dialog_filters(qtbot, ui_context):
    from ui.audit.audit_dialog import AuditDialog

    ctx = ui_context("admin")
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() > 0
    dialog.entity.setCurrentIndex(dialog.entity.findData("staff"))
    assert dialog.model.rowCount() > 0
    assert all(r.entity == "staff" for r in dialog.model.rows())
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    assert "name" in dialog.details.toPlainText()


def test_row_models_pass_modeltester(qtmodeltester, ui_context):
    from ui.audit.audit_dialog import audit_columns
    from ui.staff.staff_tab import staff_columns
    from ui.users.users_dialog import user_columns
    from ui.widgets.row_model import RowTableModel

    ctx = ui_context("admin")
    for columns, rows in [
        (staff_columns(), ctx.services.staff.list_staff(ctx.actor)),
        (user_columns(), ctx.services.users.list_users(ctx.actor)),
        (
            audit_columns(),
            ctx.services.audit.query(
                ctx.actor, __import__("app.audit.service", fromlist=["AuditFilter"]).AuditFilter()
            ),
        ),
    ]:
        model = RowTableModel(columns)
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)


def test_model_data_does_not_leak_none_references(ui_context):
    """PySide6 6.12.0 lost a reference to None on every data() call from Python
    (shared/PITFALLS.md); this guards the pin in pyproject.toml."""
    from ui.staff.staff_tab import staff_columns
    from ui.widgets.row_model import RowTableModel

    ctx = ui_context("admin")
    model = RowTableModel(staff_columns())
    model.set_rows(ctx.services.staff.list_staff(ctx.actor))
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(20000):
        index.data(Qt.ItemDataRole.DecorationRole)  # returns None
    drift = sys.getrefcount(None) - before
    assert abs(drift) < 1000


def test_departments_dialog_adds(qtbot, ui_context, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.staff.departments_dialog import DepartmentsDialog

    ctx = ui_context("admin")
    dialog = DepartmentsDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("教研组", True))
    with qtbot.waitSignal(ctx.bus.changed):
        dialog.add()
    assert dialog.list.count() == before + 1


def test_main_window_opens_on_the_first_tab_only(qtbot, ui_context):
    """After sign-in the window shows its first tab (the workbench), whatever tab was
    open when it closed, and builds only that one."""
    ctx = ui_context("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    last = len(window.specs) - 1
    window.tab_widget.setCurrentIndex(last)
    window.save_state()
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.tab_widget.currentIndex() == 0
    assert set(again._widgets) == {again.specs[0].key}


def test_tab_title_shows_count_from_tab(qtbot, ui_context):
    from PySide6.QtWidgets import QWidget

    from ui.feature_tab import FeatureTab
    from ui.tabs import TabSpec

    class Counting(FeatureTab):
        def refresh(self) -> None:
            pass

        def title_suffix(self) -> str:
            return "3"

    ctx = ui_context("admin")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.specs.append(
        TabSpec("counting", lambda: "Counting", lambda c: Counting(), entities=frozenset({"x"}))
    )
    window.tab_widget.addTab(QWidget(), "Counting")
    holder = window.tab_widget.widget(window.tab_widget.count() - 1)
    from PySide6.QtWidgets import QVBoxLayout

    QVBoxLayout(holder)
    window.tab("counting")
    assert window.tab_widget.tabText(window.tab_widget.count() - 1) == "Counting (3)"
