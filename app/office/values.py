"""The office settings as one typed, read-only object handed to the services."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from app.office.options import GRADES, OPTIONS
from app.service import Changed


@dataclass(frozen=True)
class OfficeSettings(Changed):
    values: dict[str, Any]

    @classmethod
    def defaults(cls) -> OfficeSettings:
        return cls({key: option.default for key, option in OPTIONS.items()})

    def get(self, key: str) -> Any:
        return self.values[key]

    @property
    def organization_name(self) -> str:
        return cast(str, self.values["organization_name"])  # OPTIONS checked the type

    @property
    def idle_lock_minutes(self) -> int:
        return cast(int, self.values["idle_lock_minutes"])  # OPTIONS checked the type

    @property
    def max_expense_age_days(self) -> int:
        return cast(int, self.values["claims.max_expense_age_days"])  # OPTIONS checked the type

    @property
    def kpi_cap(self) -> Decimal:
        return cast(Decimal, self.values["appraisal.kpi_cap"])  # OPTIONS checked the type

    @property
    def warning_line(self) -> int:
        return cast(int, self.values["appraisal.warning_line"])  # OPTIONS checked the type

    def conduct_points(self, kind: str) -> int:
        return cast(int, self.values["appraisal.conduct_points"][kind])

    def grade(self, total: Decimal | int) -> str:
        bands = self.values["appraisal.grade_bands"]
        return next((g for g in GRADES[:-1] if total >= bands[g]), GRADES[-1])

    def bonus_coefficient(self, grade: str) -> Decimal:
        return cast(Decimal, self.values["appraisal.bonus_coefficients"][grade])
