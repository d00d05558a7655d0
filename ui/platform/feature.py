"""The platform's menu entries and tour dialogs (app/platform/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.permissions import PlatformPermission
from ui.features import UiFeature
from ui.menus import MenuEntry


def _backup(ctx, window) -> None:
    from ui.platform_actions import backup_now

    backup_now(ctx, window)


def _restore(ctx, window) -> None:
    from ui.platform_actions import restore

    restore(ctx, window)


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "file",
            "backup",
            lambda: QCoreApplication.translate("MainWindow", "&Back up now"),
            _backup,
            "Ctrl+Alt+B",
            lambda ctx: ctx.actor.can(PlatformPermission.BACKUP),
            "actionBackup",
        ),
        MenuEntry(
            "file",
            "restore",
            lambda: QCoreApplication.translate("MainWindow", "&Restore from backup..."),
            _restore,
            "",
            lambda ctx: ctx.actor.can(PlatformPermission.RESTORE),
            "actionRestore",
        ),
    ),
    tour=("ui.platform_tour",),
)
