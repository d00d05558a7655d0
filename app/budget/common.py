"""Small rules shared by the budget and claim services."""

from __future__ import annotations

import datetime as dt

from app.budget.translation import tr
from app.context import Actor
from app.errors import ValidationError

MIN_YEAR, MAX_YEAR = 2000, 2100


def check_year(year: int, field: str = "year") -> int:
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field, tr("The year must be between %d and %d.") % (MIN_YEAR, MAX_YEAR)
        )
    return year


def check_month(month: int, field: str = "month") -> int:
    if not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError(field, tr("The month must be between 1 and 12."))
    return month


def check_text(
    value: str, field: str, *, required: bool = False, limit: int = 2000, label: str = ""
) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, tr("%s is required.") % (label or field))
    if len(value) > limit:
        raise ValidationError(
            field, tr("%s is too long (at most %d characters).") % (label or field, limit)
        )
    return value


def check_date(value: dt.date | None, field: str, label: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(field, tr("%s is required.") % label)
    if value.year < MIN_YEAR or value > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(field, tr("%s (%s) is out of range.") % (label, value.isoformat()))
    return value


def actor_name(actor: Actor) -> str:
    return actor.display_name or actor.username


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First day of the month and first day of the next month."""
    start = dt.date(year, month, 1)
    end = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return start, end
