"""Appraisal periods: a month "2026-10", a quarter "2026-Q3" or a year "2026"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.appraisal.translation import tr
from app.errors import ValidationError

MONTHLY = "monthly"
QUARTERLY = "quarterly"
ANNUAL = "annual"
KINDS = (MONTHLY, QUARTERLY, ANNUAL)

_PATTERN = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])))?$")


@dataclass(frozen=True)
class Period:
    text: str
    kind: str
    year: int
    first_month: int
    last_month: int

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def end(self) -> dt.date:
        """The first day after the period."""
        if self.last_month == 12:
            return dt.date(self.year + 1, 1, 1)
        return dt.date(self.year, self.last_month + 1, 1)

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants at which the period starts and ends in local time."""
        tz = dt.datetime.now().astimezone().tzinfo
        return (
            dt.datetime.combine(self.start, dt.time(), tzinfo=tz).astimezone(dt.UTC),
            dt.datetime.combine(self.end, dt.time(), tzinfo=tz).astimezone(dt.UTC),
        )

    def year_months(self) -> list[tuple[int, list[int]]]:
        return [(self.year, list(range(self.first_month, self.last_month + 1)))]

    def months(self) -> list[str]:
        """The monthly periods inside this one."""
        return [f"{self.year}-{m:02d}" for m in range(self.first_month, self.last_month + 1)]


def parse_period(text: str) -> Period:
    match = _PATTERN.match(text.strip())
    year = int(match.group(1)) if match else 0
    if match is None or not 2000 <= year <= 2100:
        raise ValidationError(
            "period",
            tr("'%s' is not a period: write a month 2026-10, a quarter 2026-Q3 or a year 2026.")
            % text,
        )
    month, quarter = match.group(2), match.group(3)
    if month is not None:
        m = int(month)
        if not 1 <= m <= 12:
            raise ValidationError("period", tr("'%s': the month must be 1 to 12.") % text)
        return Period(f"{year}-{m:02d}", MONTHLY, year, m, m)
    if quarter is not None:
        q = int(quarter)
        return Period(f"{year}-Q{q}", QUARTERLY, year, 3 * q - 2, 3 * q)
    return Period(str(year), ANNUAL, year, 1, 12)


def kind_label(kind: str) -> str:
    return {
        MONTHLY: tr("Monthly"),
        QUARTERLY: tr("Quarterly"),
        ANNUAL: tr("Annual"),
    }.get(kind, kind)
