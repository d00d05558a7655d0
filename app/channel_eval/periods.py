"""Report periods: inclusive local dates, their UTC bounds, the previous period and the
same period a year earlier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.channel_eval.translation import tr
from app.errors import ValidationError


@dataclass(frozen=True)
class Period:
    start: dt.date  # first day, inclusive
    end: dt.date  # last day, inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(
                "period", tr("The period ends (%s) before it starts (%s).") % (self.end, self.start)
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def end_exclusive(self) -> dt.date:
        return self.end + dt.timedelta(days=1)

    def utc_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The UTC instants of local midnight on the first day and after the last day:
        a customer registered in the period has created_at in [start, end) - the same
        local date the export shows as 登记日期."""
        return _local_midnight_utc(self.start), _local_midnight_utc(self.end_exclusive)

    def previous(self) -> Period:
        """The period of the same length just before; whole months stay whole months."""
        if self.start.day == 1 and self.end_exclusive.day == 1:
            months = _months_between(self.start, self.end_exclusive)
            start = _add_months(self.start, -months)
            return Period(start, self.start - dt.timedelta(days=1))
        return Period(self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1))

    def year_ago(self) -> Period:
        return Period(_minus_year(self.start), _minus_year(self.end))

    def months(self) -> list[str]:
        """ "YYYY-MM" of every month the period touches."""
        out: list[str] = []
        month = self.start.replace(day=1)
        while month <= self.end:
            out.append(f"{month.year:04d}-{month.month:02d}")
            month = _add_months(month, 1)
        return out

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _minus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _months_between(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month


def local_offset_minutes() -> int:
    """The local zone's offset from UTC now, for grouping timestamps by local month in
    SQL (China keeps one offset all year)."""
    offset = dt.datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def trend_period(period: Period, months: int = 12) -> Period:
    """At least `months` whole months ending with the period's last month."""
    end_month = period.end.replace(day=1)
    start = min(period.start.replace(day=1), _add_months(end_month, -(months - 1)))
    return Period(start, _add_months(end_month, 1) - dt.timedelta(days=1))


def parse_day(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            field, tr("'%s' is not a date: write it as YYYY-MM-DD.") % text
        ) from None
