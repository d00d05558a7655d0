"""Every office setting declared once: key, default, how a value is checked, title.

A value is parsed from what a form or the database holds into its typed form
(int, str, Decimal, or a dict of them); a bad value raises ValueError with the
message shown to the user. Stored values are the JSON form (`to_json`): Decimal
as text, so that a coefficient never passes through a float.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from app.errors import tr

GRADES = ("A", "B", "C", "D", "E")
# Conduct record kinds (DESIGN.md section 4).
CONDUCT_KINDS = ("attendance", "discipline", "demeanor", "commendation", "training")
# Conduct records whose points differ from their kind's (the conduct feature's
# subkinds); personal leave (事假) is the only leave that may cost points.
CONDUCT_SUBKIND_POINTS = {
    "absence": -3,
    "confidentiality": -5,
    "customer_argument": -2,
    "excellent_staff": 5,
    "best_team": 3,
    "external": 2,
    "personal": 0,
}


def _int(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(tr("Enter a whole number."))
    if not low <= value <= high:
        raise ValueError(tr("Enter a number from %d to %d.") % (low, high))
    return value


def _decimal(value: Any, low: Decimal, high: Decimal) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValueError(tr("Enter a number such as 1.2.")) from None
    if not number.is_finite() or not low <= number <= high:
        raise ValueError(tr("Enter a number from %s to %s.") % (low, high))
    return number.quantize(Decimal("0.01")).normalize()


def _mapping(value: Any, keys: tuple[str, ...], item: Callable[[Any], Any]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != set(keys):
        raise ValueError(tr("Give a value for each of: %s.") % ", ".join(keys))
    out = {}
    for key in keys:
        try:
            out[key] = item(value[key])
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return out


def parse_name(value: Any) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text or len(text) > 100:
        raise ValueError(tr("Enter a name of 1 to 100 characters."))
    return text


def parse_grade_bands(value: Any) -> dict[str, int]:
    """Lowest total of grades A-D (E is below D); each lower than the one above."""
    bands = _mapping(value, GRADES[:-1], lambda v: _int(v, 0, 120))
    lows = [bands[g] for g in GRADES[:-1]]
    if any(upper <= lower for upper, lower in zip(lows, lows[1:], strict=False)):
        raise ValueError(tr("Each grade needs a lower minimum than the grade above it."))
    return bands


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    parse: Callable[[Any], Any]
    title: Callable[[], str]
    # The key of the same value in a PC's settings file before it moved here.
    local_key: str | None = None


def to_json(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in [
        Option(
            "organization_name",
            "培训学校",
            parse_name,
            lambda: tr("Organisation name (printed on forms)", "settings"),
            local_key="organization_name",
        ),
        Option(
            "idle_lock_minutes",
            15,
            lambda v: _int(v, 0, 480),
            lambda: tr("Lock after idle (minutes, 0 = never)", "settings"),
            local_key="idle_lock_minutes",
        ),
        Option(
            "claims.max_expense_age_days",
            90,
            lambda v: _int(v, 0, 3650),
            lambda: tr(
                "Warn when an expense predates its claim by more than (days, 0 = never)", "settings"
            ),  # noqa: E501
        ),
        Option(
            "appraisal.grade_bands",
            {"A": 90, "B": 80, "C": 70, "D": 60},
            parse_grade_bands,
            lambda: tr("Grade minimums (E is below D)", "settings"),
        ),
        Option(
            "appraisal.bonus_coefficients",
            {
                "A": Decimal("1.2"),
                "B": Decimal("1"),
                "C": Decimal("0.8"),
                "D": Decimal("0.5"),
                "E": Decimal("0"),
            },
            lambda v: _mapping(v, GRADES, lambda x: _decimal(x, Decimal(0), Decimal(5))),
            lambda: tr("Bonus coefficient per grade", "settings"),
        ),
        Option(
            "appraisal.kpi_cap",
            Decimal("1.2"),
            lambda v: _decimal(v, Decimal(1), Decimal(5)),
            lambda: tr("KPI score cap (times the target)", "settings"),
        ),
        Option(
            "appraisal.warning_line",
            60,
            lambda v: _int(v, 0, 120),
            lambda: tr("Warning line (total below it gets a verbal warning)", "settings"),
        ),
        Option(
            "appraisal.conduct_points",
            {"attendance": -1, "discipline": -2, "demeanor": -1, "commendation": 2, "training": 1},
            lambda v: _mapping(v, CONDUCT_KINDS, lambda x: _int(x, -20, 20)),
            lambda: tr("Conduct points per record kind", "settings"),
        ),
        Option(
            "conduct.subkind_points",
            dict(CONDUCT_SUBKIND_POINTS),
            lambda v: _mapping(v, tuple(CONDUCT_SUBKIND_POINTS), lambda x: _int(x, -20, 20)),
            lambda: tr("Conduct points of these records (others take their kind's)", "settings"),
        ),
        Option(
            "conduct.lates_per_absence",
            3,
            lambda v: _int(v, 0, 31),
            lambda: tr("Lates in a month that count as one absence (0 = never)", "settings"),
        ),
        # Risk warnings (the risks feature; each rule in app/<feature>/risks.py names
        # the keys it reads). A warning is raised when the figure is past the value.
        Option(
            "risks.budget_pace_points",
            10,
            lambda v: _int(v, 0, 100),
            lambda: tr(
                "Risk: a category's spend ahead of the month's pace by more than (points)",
                "settings",
            ),  # noqa: E501
        ),
        Option(
            "risks.kpi_min_elapsed_days",
            7,
            lambda v: _int(v, 1, 28),
            lambda: tr(
                "Risk: project KPIs to the month's end from this day of the month", "settings"
            ),  # noqa: E501
        ),
        Option(
            "risks.complaint_response_hours",
            0,
            lambda v: _int(v, 0, 720),
            lambda: tr("Risk: a complaint's response overdue by more than (hours)", "settings"),
        ),
        Option(
            "risks.complaint_resolution_days",
            7,
            lambda v: _int(v, 1, 365),
            lambda: tr("Risk: a complaint unresolved for more than (days)", "settings"),
        ),
        Option(
            "risks.cpl_months",
            3,
            lambda v: _int(v, 1, 12),
            lambda: tr("Risk: cost per lead compared with the previous (months)", "settings"),
        ),
        Option(
            "risks.cpl_jump_percent",
            50,
            lambda v: _int(v, 1, 1000),
            lambda: tr("Risk: cost per lead above that average by more than (%)", "settings"),
        ),
        Option(
            "risks.cpl_min_leads",
            5,
            lambda v: _int(v, 1, 10000),
            lambda: tr("Risk: cost per lead judged from this many leads in the month", "settings"),  # noqa: E501
        ),
        Option(
            "risks.activity_summary_days",
            3,
            lambda v: _int(v, 0, 365),
            lambda: tr(
                "Risk: an activity ended more than (days) ago and not completed", "settings"
            ),  # noqa: E501
        ),
        Option(
            "risks.lead_uncontacted_days",
            3,
            lambda v: _int(v, 1, 90),
            lambda: tr(
                "Risk: a new lead counts as waiting after (days) without contact", "settings"
            ),  # noqa: E501
        ),
        Option(
            "risks.lead_uncontacted_count",
            20,
            lambda v: _int(v, 0, 1_000_000),
            lambda: tr("Risk: more waiting leads than this are a warning", "settings"),
        ),
    ]
}


def item_title(key: str) -> str:
    """What one part of a dict option (a grade, a conduct kind) is called."""
    return {
        "attendance": tr("Attendance", "settings"),
        "discipline": tr("Discipline", "settings"),
        "demeanor": tr("Demeanor", "settings"),
        "commendation": tr("Commendation", "settings"),
        "training": tr("Training", "settings"),
        "absence": tr("Absence", "settings"),
        "confidentiality": tr("Confidentiality breach", "settings"),
        "customer_argument": tr("Argument with a customer", "settings"),
        "excellent_staff": tr("Excellent employee", "settings"),
        "best_team": tr("Best sales team", "settings"),
        "external": tr("External training", "settings"),
        "personal": tr("Personal leave", "settings"),
    }.get(key, key)
