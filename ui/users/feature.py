"""Accounts and roles: the Tools menu entry and the tour dialogs (app/users/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.users.permissions import UserPermission
from ui.features import UiFeature
from ui.menus import MenuEntry


def _open_users(ctx, window) -> None:
    from ui.platform_actions import open_users

    open_users(ctx, window)


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "tools",
            "users",
            lambda: QCoreApplication.translate("MainWindow", "&Users and roles..."),
            _open_users,
            "Ctrl+Shift+U",
            lambda ctx: ctx.actor.can(UserPermission.MANAGE_USERS),
            "actionUsers",
        ),
    ),
    tour=("ui.users.tour",),
)
