"""Checks of plain input values shared by every feature's services (years, months,
texts, dates). Each problem is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt

from app.errors import ValidationError, tr

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
