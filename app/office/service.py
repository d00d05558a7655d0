"""OfficeSettingsService: the office's settings, read by every user, changed by the
administrator only, each change audited with its before and after.

A value this computer's settings file held before the setting moved into the
database is adopted the first time the database has none (audited once, as
"adopt"), so an upgraded office keeps its organisation name and lock policy.

Reads are cached for a minute: the idle lock asks every few seconds, and a
change made on another computer is seen within that minute.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.context import Actor
from app.errors import ValidationError, tr
from app.office.options import OPTIONS, to_json
from app.office.values import OfficeSettings
from app.permissions import PlatformPermission
from app.service import Change, Service, Transaction, attach
from db.engine import Database
from db.models.office_settings import OfficeSetting

log = logging.getLogger(__name__)
CACHE_SECONDS = 60.0
ENTITY = OfficeSetting.__tablename__


def _local_file_values() -> dict[str, Any]:
    from app.settings import Settings

    return Settings().legacy_values()


def parse_values(values: dict[str, Any]) -> dict[str, Any]:
    """Typed values, or ValidationError naming the first bad setting."""
    parsed = {}
    for key, value in values.items():
        option = OPTIONS.get(key)
        if option is None:
            raise ValidationError(key, tr("Unknown setting."))
        try:
            parsed[key] = option.parse(value)
        except ValueError as exc:
            raise ValidationError(key, f"{option.title()}: {exc}") from None
    return parsed


class OfficeSettingsService(Service):
    def __init__(
        self, db: Database, local_values: Callable[[], dict[str, Any]] = _local_file_values
    ) -> None:
        super().__init__(db)
        self._local_values = local_values
        self._cached: OfficeSettings | None = None
        self._cached_at = 0.0

    def current(self, actor: Actor) -> OfficeSettings:
        """Every setting, typed (defaults where the office set nothing)."""
        if self._cached is not None and time.monotonic() - self._cached_at < CACHE_SECONDS:
            return self._cached
        with self.read(actor, None) as session:
            stored = {row.key: row.value for row in session.scalars(select(OfficeSetting))}
        adopted = self._adopt_local(actor, stored)
        values = {key: option.default for key, option in OPTIONS.items()}
        for key, raw in {**stored, **adopted}.items():
            if key not in OPTIONS:
                continue
            try:
                values[key] = OPTIONS[key].parse(raw)
            except ValueError:
                log.warning("office setting %s holds an invalid value; using the default", key)
        self._cached, self._cached_at = OfficeSettings(values), time.monotonic()
        return self._cached

    def save(self, actor: Actor, values: dict[str, Any]) -> OfficeSettings:
        """Set `values` (key -> value as a form gives it). Needs MANAGE_SETTINGS; every
        value is checked before anything is written; one audit row holds the changed
        settings before and after. The returned settings carry the change."""
        actor.require(PlatformPermission.MANAGE_SETTINGS)
        parsed = parse_values(values)
        self._cached = None
        old = self.current(actor)
        changed = {key: value for key, value in parsed.items() if old.get(key) != value}
        change = self._store(actor, old, changed) if changed else Change()
        self._cached = None
        # A copy: the cached settings other callers share carry no one's change.
        return attach(replace(self.current(actor)), change)

    def _store(self, actor: Actor, old: OfficeSettings, changed: dict[str, Any]) -> Change:
        with self.tx(actor, PlatformPermission.MANAGE_SETTINGS) as tx:
            for key, value in changed.items():
                self._write(tx, key, value)
            tx.audit(
                "update",
                entity=ENTITY,
                summary=", ".join(sorted(changed)),
                before={key: to_json(old.get(key)) for key in changed},
                after={key: to_json(value) for key, value in changed.items()},
            )
        return tx.change

    @staticmethod
    def _write(tx: Transaction, key: str, value: Any) -> None:
        row = tx.session.get(OfficeSetting, key)
        by = tx.actor.display_name or tx.actor.username
        if row is None:
            tx.session.add(OfficeSetting(key=key, value=to_json(value), updated_by=by))
        else:
            row.value, row.updated_by = to_json(value), by

    def _adopt_local(self, actor: Actor, stored: dict[str, Any]) -> dict[str, Any]:
        """Move values of this computer's settings file the database lacks into it."""
        missing = [o for o in OPTIONS.values() if o.local_key and o.key not in stored]
        if not missing:
            return {}
        local = self._local_values()
        adopt = {}
        for option in missing:
            if option.local_key not in local:
                continue
            try:
                adopt[option.key] = option.parse(local[option.local_key])
            except ValueError:
                log.warning("settings file: %s is invalid, not adopted", option.local_key)
        if not adopt:
            return {}
        try:
            self._store_adopted(actor, adopt)
        except IntegrityError:
            # Another computer adopted its own values at the same moment: theirs stand.
            with self.read(actor, None) as session:
                return {row.key: row.value for row in session.scalars(select(OfficeSetting))}
        return {key: to_json(value) for key, value in adopt.items()}

    def _store_adopted(self, actor: Actor, adopt: dict[str, Any]) -> Change:
        with self.tx(actor, None) as tx, tx.session.begin_nested():
            for key, value in adopt.items():
                self._write(tx, key, value)
            tx.session.flush()
            tx.audit(
                "adopt",
                entity=ENTITY,
                summary="from this computer's settings file: " + ", ".join(sorted(adopt)),
                after={key: to_json(value) for key, value in adopt.items()},
            )
        return tx.change


def organization_name(db: Database, actor: Actor) -> str:
    """For services built with a database only (customer lists and records)."""
    return OfficeSettingsService(db).current(actor).organization_name
