"""Figures of one channel in one period, and the ratios DESIGN.md section 6 defines.

Counts and revenue are exact fractions (a linear share of a customer is 1/n); cost is
whole fen. A ratio with a zero denominator is None, shown as "—".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ZERO = Fraction(0)


@dataclass
class Figures:
    leads: Fraction = ZERO
    trials: Fraction = ZERO
    conversions: Fraction = ZERO
    cost_fen: int = 0
    revenue: Fraction = ZERO  # fen

    def add(self, other: Figures) -> None:
        self.leads += other.leads
        self.trials += other.trials
        self.conversions += other.conversions
        self.cost_fen += other.cost_fen
        self.revenue += other.revenue

    @property
    def revenue_fen(self) -> int:
        return round_fen(self.revenue)

    @property
    def conversion_rate(self) -> Fraction | None:
        return None if not self.leads else self.conversions / self.leads

    @property
    def cpl(self) -> Fraction | None:
        """Cost per lead in fen."""
        return None if not self.leads else Fraction(self.cost_fen) / self.leads

    @property
    def cpa(self) -> Fraction | None:
        """Cost per conversion (acquisition) in fen."""
        return None if not self.conversions else Fraction(self.cost_fen) / self.conversions

    @property
    def roi(self) -> Fraction | None:
        """(revenue - cost) / cost."""
        return None if not self.cost_fen else (self.revenue - self.cost_fen) / self.cost_fen

    def is_empty(self) -> bool:
        return not (self.leads or self.conversions or self.cost_fen or self.revenue)


@dataclass
class ChannelFigures:
    channel_id: int | None  # None: customers with no recorded source channel
    name: str
    online: bool | None
    figures: Figures = field(default_factory=Figures)


def round_fen(value: Fraction) -> int:
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def as_decimal(value: Fraction | None, places: int) -> Decimal | None:
    if value is None:
        return None
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def count_number(value: Fraction) -> int | float:
    """A count for JSON: whole numbers as int, shares of customers to two places."""
    if value.denominator == 1:
        return value.numerator
    return float(as_decimal(value, 2) or 0)
