"""Settings of this computer and its user, declared once, typed, with default and title.

Stored as JSON in the data folder so the command line (backup retention) and
the GUI read the same values. What belongs to the office (organisation name,
idle lock, claims rules, appraisal parameters) is in the database instead
(app.office); the values this file held for those are kept until the database
adopts them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import ValidationError, tr
from app.files import written_whole
from app.paths import settings_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def title(self) -> str:
        return {
            "language": tr("Language", "settings"),
            "backup_retention": tr("Backups to keep", "settings"),
            "daily_backup": tr("Back up once a day", "settings"),
        }.get(self.key, self.key)


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in [
        # "" = follow the system locale (Chinese on a Chinese system).
        Setting("language", str, "", choices=("", "zh_CN", "en")),
        Setting("backup_retention", int, 14, minimum=1, maximum=365),
        Setting("daily_backup", bool, True),
    ]
}
# Office settings older versions kept here; app.office adopts them once.
LEGACY_OFFICE_KEYS = ("organization_name", "idle_lock_minutes")


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self._values: dict[str, Any] = {}
        self._legacy: dict[str, Any] = {}
        self.load()

    def load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raw = {}
        except (OSError, ValueError) as exc:
            log.warning("settings file unreadable, using defaults: %s", exc)
            raw = {}
        self._values = {k: v for k, v in raw.items() if k in SETTINGS}
        self._legacy = {k: v for k, v in raw.items() if k in LEGACY_OFFICE_KEYS}

    def legacy_values(self) -> dict[str, Any]:
        """Office settings this file held before they moved into the database."""
        return dict(self._legacy)

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        return value if isinstance(value, setting.type) else setting.default

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.type):
            raise ValidationError(key, tr("Wrong type for this setting."))
        # Only integer settings have bounds.
        if setting.minimum is not None and isinstance(value, int) and value < setting.minimum:
            raise ValidationError(key, tr("The value must be at least %d.") % setting.minimum)
        if setting.maximum is not None and isinstance(value, int) and value > setting.maximum:
            raise ValidationError(key, tr("The value must be at most %d.") % setting.maximum)
        if setting.choices and value not in setting.choices:
            raise ValidationError(key, tr("Not one of the allowed values."))
        self._values[key] = value

    def save(self) -> None:
        """Write the settings whole (FileWriteError when the data folder is not
        writable): a crash while saving never leaves a truncated settings file."""
        with written_whole(self.path) as temp:
            temp.write_text(
                json.dumps({**self._legacy, **self._values}, ensure_ascii=False, indent=2),
                encoding="utf-8",
            )
