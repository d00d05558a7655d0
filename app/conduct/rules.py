"""The office's conduct rules: points per record kind and subkind, and how many
lates in a month count as one absence. Kept in the office settings (the
administrator edits them in the settings dialog, app/office/options.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conduct.kinds import LEAVE
from app.office.options import OPTIONS
from app.office.values import OfficeSettings
from db.models.office_settings import OfficeSetting

KIND_POINTS_KEY = "appraisal.conduct_points"
SUBKIND_POINTS_KEY = "conduct.subkind_points"
LATES_KEY = "conduct.lates_per_absence"
KEYS = (KIND_POINTS_KEY, SUBKIND_POINTS_KEY, LATES_KEY)


@dataclass(frozen=True)
class ConductRules:
    kind_points: dict[str, int]
    subkind_points: dict[str, int]
    lates_per_absence: int  # 0: lates never turn into an absence

    @classmethod
    def from_values(cls, values: dict[str, Any]) -> ConductRules:
        return cls(
            kind_points=dict(values[KIND_POINTS_KEY]),
            subkind_points=dict(values[SUBKIND_POINTS_KEY]),
            lates_per_absence=int(values[LATES_KEY]),
        )

    @classmethod
    def defaults(cls) -> ConductRules:
        return cls.from_values({key: OPTIONS[key].default for key in KEYS})

    @classmethod
    def from_office(cls, office: OfficeSettings) -> ConductRules:
        return cls.from_values({key: office.get(key) for key in KEYS})

    @classmethod
    def load(cls, session: Session) -> ConductRules:
        """The rules as stored (a missing or unreadable value is its default, as the
        office settings service reads them)."""
        values = {key: OPTIONS[key].default for key in KEYS}
        rows = session.execute(
            select(OfficeSetting.key, OfficeSetting.value).where(OfficeSetting.key.in_(KEYS))
        )
        for key, raw in rows:
            # The settings service logs a bad value; the default applies, as there.
            with contextlib.suppress(ValueError):
                values[key] = OPTIONS[key].parse(raw)
        return cls.from_values(values)

    def points_for(self, kind: str, subkind: str) -> float:
        """The points a new record of this kind and subkind counts."""
        if subkind in self.subkind_points:
            return float(self.subkind_points[subkind])
        if kind == LEAVE:
            return 0.0  # sick, annual leave and time off in lieu are entitlements
        return float(self.kind_points.get(kind, 0))

    @property
    def absence_points(self) -> float:
        return self.points_for("attendance", "absence")
