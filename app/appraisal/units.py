"""The unit of a KPI's figures (actual and target), and how a figure is typed and shown.

Money ("fen") is integer fen like every amount in MarketDesk: parsed and shown by
app/money.py, never through a float. The other units are not money: counts, percentages
and 1-5 ratings (rounded to two decimals by the metrics) and a manager's 0-100 points.
"""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation

from app.appraisal.translation import tr
from app.errors import ValidationError
from app.money import MAX_AMOUNT_FEN, format_money, parse_money

COUNT = "count"
PERCENT = "percent"
FEN = "fen"  # money: integer fen
RATING = "rating"  # a mean of 1-5 satisfaction marks
POINTS = "points"  # a manager's 0-100 score (manual KPIs)
UNITS = (COUNT, PERCENT, FEN, RATING, POINTS)

# A figure: integer fen when the unit is FEN, else a plain number.
Figure = int | float


def is_money(unit: str) -> bool:
    return unit == FEN


def unit_label(unit: str) -> str:
    """What a column header or a hint says the figure is in."""
    labels = {
        COUNT: tr("count"),
        PERCENT: "%",
        FEN: tr("yuan"),
        RATING: tr("rating 1-5"),
        POINTS: tr("points"),
    }
    return labels.get(unit, unit)


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_text(unit: str, value: Figure | None, *, symbol: bool = True) -> str:
    """A figure for a reader: money as ¥12,345.60 (two decimals), others as 95.5."""
    if value is None:
        return "—"
    if is_money(unit):
        return format_money(int(value), symbol=symbol)
    return _number(value)


def edit_text(unit: str, value: Figure | None) -> str:
    """A figure as a person would type it again: 12,345.60 for money, 95.5 otherwise."""
    if value is None:
        return ""
    if is_money(unit):
        return format_money(int(value), symbol=False)
    return f"{value:g}"


def parse_figure(unit: str, text: str, field: str = "target") -> Figure | None:
    """What a person typed (or a sheet held) as a target: None for an empty text; money
    through parse_money ("12,345.60", "12345.6" -> 1234560 fen; a negative amount or one
    with three decimals is refused); other units a number of 0 or more."""
    text = text.strip()
    if not text:
        return None
    if is_money(unit):
        return parse_money(text, field)
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValidationError(field, tr("'%s' is not a number.") % text) from None
    if not value.is_finite() or value < 0:
        raise ValidationError(field, tr("Enter a number of 0 or more."))
    return int(value) if value == value.to_integral_value() else float(value)


def check_figure(unit: str, value: object, field: str = "target") -> Figure:
    """A target handed to the service: integer fen (0 or more) for money, a number of 0
    or more otherwise. A float for a money KPI is refused, not rounded."""
    if is_money(unit):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(field, tr("A money target must be a whole number of fen."))
        if value < 0:
            raise ValidationError(field, tr("The amount cannot be negative."))
        if value > MAX_AMOUNT_FEN:
            raise ValidationError(field, tr("The amount is too large."))
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, tr("A target must be 0 or more."))
    if not (value >= 0 and math.isfinite(value)):  # also NaN
        raise ValidationError(field, tr("A target must be 0 or more."))
    return value
