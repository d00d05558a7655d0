"""The sign-in dialog's heading and demo accounts, the users dialog's account status."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ui.login_dialog import LoginDialog

ACCOUNTS = [
    {"username": "admin", "password": "demo-admin-2026", "role": "admin"},
    {"username": "manager", "password": "demo-manager-2026", "role": "manager"},
    {"username": "staff1", "password": "demo-staff-2026", "role": "staff"},
    {"username": "staff2", "password": "demo-staff-2026", "role": "staff"},
    {"username": "service", "password": "demo-service-2026", "role": "service"},
    {"username": "finance", "password": "demo-finance-2026", "role": "finance"},
]


def test_sign_in_heading_is_the_product_name(qtbot, ui_context):
    dialog = LoginDialog(ui_context("admin").services)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "MarketDesk" in texts and "Marketing desk" not in texts


def test_every_demo_account_is_visible_whole(qtbot, ui_context):
    dialog = LoginDialog(ui_context("admin").services, demo_accounts=ACCOUNTS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.demo_list
    assert not view.verticalScrollBar().isVisible()
    assert not view.horizontalScrollBar().isVisible()
    viewport = view.viewport().rect()
    for row in range(view.count()):
        rect = view.visualItemRect(view.item(row))
        assert viewport.contains(rect.topLeft()) and rect.bottom() <= viewport.bottom(), row
        assert view.sizeHintForColumn(0) <= viewport.width(), row


def test_account_status_is_enabled_or_disabled(ui_context):
    from ui.users.users_dialog import user_columns

    ctx = ui_context("admin")
    status = next(c for c in user_columns() if c.title() == "Status")
    users = ctx.services.users.list_users(ctx.actor)
    assert {status.display(u) for u in users if u.active and not u.locked} == {"Enabled"}
