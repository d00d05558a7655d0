"""Platform dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _first_run(ctx):
    from ui.first_run import FirstRunDialog

    return FirstRunDialog(str(ctx.services.db.display_location()))


def _login(ctx):
    from app.meta import demo_accounts
    from ui.login_dialog import LoginDialog

    services = ctx.services
    return LoginDialog(
        services, demo_accounts=demo_accounts(services.db), location=services.db.display_location()
    )


def _idle_lock(ctx):
    from ui.login_dialog import LoginDialog

    return LoginDialog(ctx.services, locked_user=ctx.actor.username)


def _create_admin(ctx):
    from ui.login_dialog import CreateAdminDialog

    return CreateAdminDialog(ctx.services)


def _change_password(ctx):
    from ui.login_dialog import ChangePasswordDialog

    return ChangePasswordDialog(ctx.services, ctx.actor, forced=True)


def _settings(ctx):
    from ui.settings_dialog import SettingsDialog

    return SettingsDialog(ctx)


DIALOGS = [
    ("first-run", _first_run),
    ("login", _login),
    ("idle-lock", _idle_lock),
    ("create-admin", _create_admin),
    ("change-password", _change_password),
    ("settings", _settings),
]
