"""Menu actions of the platform: backup, restore, users, audit, settings, password."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.backup import BackupCancelled
from app.errors import ServiceError
from app.paths import backups_dir
from app.tasks import Cancelled, TaskControl
from ui.context import UiContext
from ui.widgets.messages import confirm, show_error
from ui.widgets.tasks import run_with_progress

translate = QCoreApplication.translate


def run_backup(services, settings, actor, window, reason: str) -> Path | None:
    """Back up with a progress dialog that can cancel; audited. None if cancelled or refused."""
    maintenance, retention = services.maintenance, settings.get("backup_retention")
    try:
        change = run_with_progress(
            window,
            translate("PlatformActions", "Backing up the database..."),
            lambda control: maintenance.backup(
                actor, reason, retention=retention, progress=_stop_when_cancelled(control)
            ),
            total=100,
        )
    except Cancelled:
        return None
    except ServiceError as exc:
        show_error(window, exc)
        return None
    return change.result


def _stop_when_cancelled(control: TaskControl):
    """The backup's progress callback: reports in percent and stops the copy (its
    BackupCancelled removes the partial file) once the user cancelled."""

    def report(done: int, total: int) -> None:
        control.report(int(done * 100 / max(total, 1)), 100)
        if control.cancelled():
            raise BackupCancelled()

    return report


def backup_now(ctx: UiContext, window) -> Path | None:
    path = run_backup(ctx.services, ctx.settings, ctx.actor, window, "manual")
    if path is not None and hasattr(window, "show_message"):
        window.show_message(translate("PlatformActions", "Backup written: %s") % path)
    return path


def restore(ctx: UiContext, window) -> None:
    path, _ = QFileDialog.getOpenFileName(
        window,
        translate("PlatformActions", "Restore from backup"),
        str(backups_dir()),
        translate("PlatformActions", "MarketDesk backups (*.sqlite3)"),
    )
    if not path:
        return
    if not confirm(
        window,
        translate("PlatformActions", "Restore from backup"),
        translate(
            "PlatformActions",
            "Replace the current database with this backup?\n%s\n\nThe current database is "
            "kept as a backup first. MarketDesk will close; start it again afterwards.",
        )
        % path,
    ):
        return
    try:
        ctx.services.maintenance.restore(ctx.actor, Path(path))
    except ServiceError as exc:
        show_error(window, exc)
        return
    QMessageBox.information(
        window,
        translate("PlatformActions", "Restored"),
        translate(
            "PlatformActions", "The database was restored. MarketDesk closes now; start it again."
        ),
    )
    window.close()


def open_users(ctx: UiContext, window) -> None:
    from ui.users.users_dialog import UsersDialog

    UsersDialog(ctx, window).exec()


def open_audit(ctx: UiContext, window) -> None:
    from ui.audit.audit_dialog import AuditDialog

    AuditDialog(ctx, window).exec()


def change_password(ctx: UiContext, window) -> None:
    from ui.login_dialog import ChangePasswordDialog

    if ChangePasswordDialog(ctx.services, ctx.actor, parent=window).exec():
        QMessageBox.information(
            window,
            translate("PlatformActions", "Password changed"),
            translate("PlatformActions", "Your password was changed."),
        )


def open_settings(ctx: UiContext, window) -> None:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx, window)
    if dialog.exec() and dialog.language_changed:
        window.language_changed.emit(ctx.settings.get("language"))
