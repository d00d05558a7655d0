"""The appraisal formulas (DESIGN.md section 6), pure: the run, the UI and the
command line all score through these functions and nothing else.

Scores and totals are floats rounded to 2 decimals (a score is a percentage, not
money); the grade bands, coefficients, cap and warning line come from the office
settings (`GradeRules.from_settings`), with DESIGN.md's numbers as defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

HIGHER = "higher"
LOWER = "lower"
MANUAL = "manual"
DIRECTIONS = (HIGHER, LOWER, MANUAL)
TOTAL_MIN = 0.0
TOTAL_MAX = 120.0
MANUAL_MAX = 100.0


def _round(value: float) -> float:
    """A score (a percentage, not money) to 2 decimals."""
    return round(float(value) + 0.0, 2)  # + 0.0: never a negative zero


def kpi_score(
    direction: str, actual: float | None, target: float | None, cap: float = 1.2
) -> float | None:
    """One KPI's score, 0..cap×100; None where it is undefined (no target, no actual).

    higher: min(actual / target, cap) × 100; lower: min(target / actual, cap) × 100,
    and cap × 100 when actual is 0; manual: the entered 0..100 (target unused).
    Money figures come as integer fen: the ratio of two integers is the only
    division, so no amount passes through a float (the score is a percentage)."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown KPI direction {direction!r}")
    if actual is None:
        return None
    if direction == MANUAL:
        return _round(min(max(float(actual), 0.0), MANUAL_MAX))  # a manual score in points
    if target is None or target <= 0:
        return None
    actual = max(actual, 0)
    if direction == HIGHER:
        ratio = actual / target
    elif actual == 0:
        ratio = cap
    else:
        ratio = target / actual
    return _round(min(ratio, cap) * 100)


def weighted_mean(items: Iterable[tuple[float, float | None]]) -> float | None:
    """Σ(weight × score) / Σ weight over the items with a score; None when none has."""
    pairs = [(float(w), float(s)) for w, s in items if s is not None and w > 0]
    weights = sum(w for w, _ in pairs)
    if weights == 0:
        return None
    return sum(w * s for w, s in pairs) / weights


def total_score(items: Iterable[tuple[float, float | None]], conduct_points: float) -> float:
    """The weighted mean of the scored items plus the conduct points, clamped to
    0..120. Items without a score (None) are left out of both sums; with no scored
    item the mean counts as 0."""
    mean = weighted_mean(items) or 0.0
    return _round(min(max(mean + float(conduct_points), TOTAL_MIN), TOTAL_MAX))


class Grade(NamedTuple):
    letter: str
    coefficient: float
    warning: bool


@dataclass(frozen=True)
class GradeRules:
    """Lowest total of grades A-D (E below D), bonus coefficient per grade, the
    KPI cap (times the target) and the warning line (a total below it: 口头警告)."""

    bands: Mapping[str, float] = field(default_factory=lambda: {"A": 90, "B": 80, "C": 70, "D": 60})
    coefficients: Mapping[str, float] = field(
        default_factory=lambda: {"A": 1.2, "B": 1.0, "C": 0.8, "D": 0.5, "E": 0.0}
    )
    cap: float = 1.2
    warning_line: float = 60

    @classmethod
    def from_settings(cls, settings: Any) -> GradeRules:
        """From app.office.values.OfficeSettings (Decimal values become floats)."""
        bands = settings.get("appraisal.grade_bands")
        coefficients = settings.get("appraisal.bonus_coefficients")
        return cls(
            bands={k: float(v) for k, v in bands.items()},
            coefficients={k: float(Decimal(v)) for k, v in coefficients.items()},
            cap=float(settings.kpi_cap),
            warning_line=float(settings.warning_line),
        )


DEFAULT_RULES = GradeRules()


def grade(total: float, rules: GradeRules = DEFAULT_RULES) -> Grade:
    """The grade of a total: the first of A-D whose minimum it reaches, else E."""
    letter = next(
        (g for g in ("A", "B", "C", "D") if total >= rules.bands[g]),
        "E",
    )
    return Grade(letter, rules.coefficients[letter], total < rules.warning_line)


def annual_total(monthly_totals: Sequence[float | None]) -> float | None:
    """The mean of the months with a finalized run (None = no run that month);
    None when no month has one."""
    present = [float(t) for t in monthly_totals if t is not None]
    if not present:
        return None
    return _round(sum(present) / len(present))


def months_included(monthly_totals: Sequence[float | None]) -> list[int]:
    """1-based months (positions) that annual_total counted, for the report."""
    return [i + 1 for i, t in enumerate(monthly_totals) if t is not None]
