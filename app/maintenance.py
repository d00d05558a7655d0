"""Backup, restore and the settings as services: permission-checked and audited like
every other change, whether the menu, the settings dialog or the command line asks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.backup import backup_sqlite
from app.context import Actor
from app.paths import backups_dir
from app.permissions import PlatformPermission
from app.service import Change, Service
from app.settings import Settings

# The automatic backup at sign-in is the application's, not the user's: it runs for a
# user without the backup permission too.
DAILY = "daily"
# Settings each user may change for this computer; the others are the administrator's.
PERSONAL_SETTINGS = frozenset({"language"})


def _standard_folder(target_dir: Path | None) -> bool:
    if target_dir is None:
        return True
    try:
        return target_dir.resolve() == backups_dir().resolve()
    except OSError:
        return False


class MaintenanceService(Service):
    def backup(
        self,
        actor: Actor,
        reason: str = "manual",
        *,
        retention: int | None = None,
        target_dir: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> Change:
        """Back up the SQLite file (BackupCancelled from `progress` stops it and leaves no
        file); audited; the change's result is the backup file. A backup other than the
        daily one into the standard backups folder needs PlatformPermission.BACKUP."""
        if reason != DAILY or not _standard_folder(target_dir):
            # A copy of the whole, unmasked database elsewhere is a backup like any other.
            actor.require(PlatformPermission.BACKUP)
        path = backup_sqlite(
            self.db.sqlite_path,
            reason=reason,
            target_dir=target_dir,
            retention=retention,
            progress=progress,
        )
        with self.tx(actor, None) as tx:
            tx.audit("backup", entity="database", summary=f"{reason}: {path}")
        return tx.returning(path)

    def restore(self, actor: Actor, backup_file: Path) -> Path:
        """Swap a verified backup in (app.database.restore_database); needs
        PlatformPermission.RESTORE. The service's database must not be used afterwards."""
        from app.database import restore_database

        actor.require(PlatformPermission.RESTORE)
        return restore_database(self.db, backup_file, actor)

    def save_settings(self, actor: Actor, settings: Settings, values: dict[str, Any]) -> Change:
        """Set and save `values`; the change's result holds the settings that changed.
        Changing another setting than the language needs PlatformPermission.MANAGE_SETTINGS.
        Every value is checked before anything is saved: on an error (ValidationError naming the
        setting) the file and `settings` keep their previous values. Changes of
        administrator settings are audited with their old and new values."""
        changed = {key: value for key, value in values.items() if settings.get(key) != value}
        shared = {key: value for key, value in changed.items() if key not in PERSONAL_SETTINGS}
        if shared:
            actor.require(PlatformPermission.MANAGE_SETTINGS)
        if not changed:
            return Change(result={})
        before = {key: settings.get(key) for key in shared}
        try:
            for key, value in changed.items():
                settings.set(key, value)
        except Exception:
            settings.load()
            raise
        with self.tx(actor, None) as tx:
            if shared:
                tx.audit(
                    "update",
                    entity="settings",
                    summary=", ".join(sorted(shared)),
                    before=before,
                    after=shared,
                )
            settings.save()  # in the transaction: a failed save leaves no audit row
        return tx.returning(changed)
