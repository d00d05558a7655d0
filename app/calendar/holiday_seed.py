"""The holiday arrangements the calendar starts with (the administrator edits them).

2026: the State Council General Office's notice on the 2026 holidays
(国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025), days off and the
weekend days worked (调休上班).

2027: the statutory days only (全国年节及纪念日放假办法 as revised in 2024: New Year
1 day, Spring Festival 4 days from New Year's Eve, Qingming 1, Labour Day 2, Dragon
Boat 1, Mid-Autumn 1, National Day 3), on that year's lunar dates. The 2027 notice,
with its bridging days and swapped working days, was not available when this was
written: the administrator adds it from the holidays dialog when it is published.

Migration cal001 inserts a frozen copy of these rows.
"""

from __future__ import annotations

import datetime as dt

# (first day, last day, name) of each run of days off; (day, name) of each worked weekend day.
HOLIDAYS: list[tuple[str, str, str]] = [
    ("2026-01-01", "2026-01-03", "元旦"),
    ("2026-02-15", "2026-02-23", "春节"),
    ("2026-04-04", "2026-04-06", "清明节"),
    ("2026-05-01", "2026-05-05", "劳动节"),
    ("2026-06-19", "2026-06-21", "端午节"),
    ("2026-09-25", "2026-09-27", "中秋节"),
    ("2026-10-01", "2026-10-07", "国庆节"),
    ("2027-01-01", "2027-01-01", "元旦"),
    ("2027-02-05", "2027-02-08", "春节"),
    ("2027-04-05", "2027-04-05", "清明节"),
    ("2027-05-01", "2027-05-02", "劳动节"),
    ("2027-06-09", "2027-06-09", "端午节"),
    ("2027-09-15", "2027-09-15", "中秋节"),
    ("2027-10-01", "2027-10-03", "国庆节"),
]
WORKDAYS: list[tuple[str, str]] = [
    ("2026-01-04", "元旦"),
    ("2026-02-14", "春节"),
    ("2026-02-28", "春节"),
    ("2026-05-09", "劳动节"),
    ("2026-09-20", "国庆节"),
    ("2026-10-10", "国庆节"),
]
# Years whose official arrangement (with 调休) is in the seed; other seeded years
# hold only the statutory days.
OFFICIAL_YEARS = frozenset({2026})


def seed_days() -> list[tuple[dt.date, str, str]]:
    """(day, kind, name) rows of the seed, by day."""
    rows: list[tuple[dt.date, str, str]] = []
    for first, last, name in HOLIDAYS:
        day, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
        while day <= end:
            rows.append((day, "holiday", name))
            day += dt.timedelta(days=1)
    rows += [(dt.date.fromisoformat(day), "workday", name) for day, name in WORKDAYS]
    return sorted(rows)
