"""Checks of plain input values shared by every feature's services (years, months,
texts, dates), and field rules: one table per feature that both its form
validation and its file import read, so that both refuse the same value with the
same message. Each problem is a ValidationError naming the field."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

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


def required_message(label: str) -> str:
    return tr("%s is required.") % label


def too_long_message(label: str, limit: int) -> str:
    return tr("%s is too long (at most %d characters).") % (label, limit)


def check_text(
    value: str, field: str, *, required: bool = False, limit: int = 2000, label: str = ""
) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(field, required_message(label or field))
    if len(value) > limit:
        raise ValidationError(field, too_long_message(label or field, limit))
    return value


@dataclass(frozen=True)
class FieldRule:
    """What a text field accepts: its length, whether it is required, its format.

    `label` is called when a message is made (the language can change);
    `format` returns a problem message for a text it refuses, else None. Texts
    are compared after NFKC normalisation (full-width letters and digits become
    plain ones) and stripping, the way they are stored."""

    key: str
    label: Callable[[], str]
    max_length: int
    required: bool = False
    format: Callable[[str], str | None] | None = None

    def problem(self, text: str) -> str | None:
        """The message for a normalised text this field refuses, or None."""
        if not text:
            return required_message(self.label()) if self.required else None
        if len(text) > self.max_length:
            return too_long_message(self.label(), self.max_length)
        return self.format(text) if self.format is not None else None

    def clean(self, value: str | None) -> str:
        """The normalised text; ValidationError(key) with problem()'s message."""
        text = unicodedata.normalize("NFKC", value or "").strip()
        message = self.problem(text)
        if message is not None:
            raise ValidationError(self.key, message)
        return text


def check_date(value: dt.date | None, field: str, label: str) -> dt.date:
    if not isinstance(value, dt.date):
        raise ValidationError(field, tr("%s is required.") % label)
    if value.year < MIN_YEAR or value > dt.date.today() + dt.timedelta(days=366):
        raise ValidationError(field, tr("%s (%s) is out of range.") % (label, value.isoformat()))
    return value
