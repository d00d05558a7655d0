"""The accounts dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _users(ctx):
    from ui.users.users_dialog import UsersDialog

    return UsersDialog(ctx)


def _user_editor(ctx):
    from ui.users.users_dialog import UserEditor

    users = ctx.services.users.list_users(ctx.actor)
    return UserEditor(ctx, users[0] if users else None)


DIALOGS = [("users", _users), ("user-editor", _user_editor)]
