"""Where items go in the month and week views, in grid terms (days, lanes, minutes).

Pure arithmetic, so that the widget only turns it into pixels, the PDF reuses it,
and both are tested without painting. Done once when the items or the range change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.calendar.items import CalendarItem

WEEKS_IN_MONTH_VIEW = 6
MINUTES_PER_DAY = 24 * 60


def month_grid_start(year: int, month: int) -> dt.date:
    """The Monday on or before the first of the month (Chinese calendars start on Monday)."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=first.weekday())


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Segment:
    """The part of an item inside one week row: columns col0..col1 (0 = Monday),
    on lane `lane` of that row; starts_here/ends_here say whether the bar is cut."""

    item: CalendarItem
    week: int
    col0: int
    col1: int
    lane: int
    starts_here: bool
    ends_here: bool


def _bar_order(item: CalendarItem) -> tuple[dt.date, int, dt.datetime, int]:
    # Long bars first so they keep one lane across the week, then by time.
    return (item.first_day, -(item.last_day - item.first_day).days, item.start, item.id)


def week_segments(
    items: list[CalendarItem], first_day: dt.date, weeks: int
) -> tuple[list[Segment], list[int]]:
    """Bars of `items` over `weeks` rows of 7 days from `first_day`, each row packed
    into lanes; returns the segments and the number of lanes of each row."""
    last = first_day + dt.timedelta(days=7 * weeks - 1)
    rows: list[list[CalendarItem]] = [[] for _ in range(weeks)]
    for item in items:
        a, b = item.first_day, item.last_day
        if b < first_day or a > last:
            continue
        w0 = max(0, (a - first_day).days // 7)
        w1 = min(weeks - 1, (b - first_day).days // 7)
        for w in range(w0, w1 + 1):
            rows[w].append(item)
    segments: list[Segment] = []
    lane_counts: list[int] = []
    for w, row in enumerate(rows):
        row_start = first_day + dt.timedelta(days=7 * w)
        lanes_end: list[int] = []  # last column used on each lane
        for item in sorted(row, key=_bar_order):
            col0 = max(0, (item.first_day - row_start).days)
            col1 = min(6, (item.last_day - row_start).days)
            lane = next((n for n, end in enumerate(lanes_end) if end < col0), len(lanes_end))
            if lane == len(lanes_end):
                lanes_end.append(col1)
            else:
                lanes_end[lane] = col1
            segments.append(
                Segment(
                    item,
                    w,
                    col0,
                    col1,
                    lane,
                    item.first_day >= row_start,
                    item.last_day <= row_start + dt.timedelta(days=6),
                )
            )
        lane_counts.append(len(lanes_end))
    return segments, lane_counts


@dataclass(frozen=True)
class Block:
    """A timed item in the week view: day column, minutes from midnight, and its
    share of the column when it overlaps others (column `col` of `cols`)."""

    item: CalendarItem
    day: int
    start_min: int
    end_min: int
    col: int
    cols: int


def is_timed(item: CalendarItem) -> bool:
    """Shown as a block in the week's hours (not as a bar in the all-day strip)."""
    return not item.all_day and item.first_day == item.last_day


def _minutes(moment: dt.datetime, day: dt.date) -> int:
    if moment.date() > day:
        return MINUTES_PER_DAY
    return moment.hour * 60 + moment.minute


def week_blocks(items: list[CalendarItem], first_day: dt.date) -> list[Block]:
    """Timed items of the 7 days from `first_day`; overlapping ones share the column."""
    by_day: list[list[CalendarItem]] = [[] for _ in range(7)]
    for item in items:
        if is_timed(item):
            d = (item.first_day - first_day).days
            if 0 <= d < 7:
                by_day[d].append(item)
    blocks: list[Block] = []
    for d, day_items in enumerate(by_day):
        day = first_day + dt.timedelta(days=d)
        spans = sorted(
            (
                (_minutes(i.start, day), max(_minutes(i.end, day), _minutes(i.start, day) + 15), i)
                for i in day_items
            ),
            key=lambda s: (s[0], -s[1], s[2].id),
        )
        # A cluster is a run of items linked by overlaps; its items share its columns.
        cluster: list[tuple[int, int, CalendarItem, int]] = []
        cluster_end = -1
        columns_end: list[int] = []
        for start, end, item in spans:
            if cluster and start >= cluster_end:
                blocks += _cluster_blocks(cluster, len(columns_end), d)
                cluster, columns_end, cluster_end = [], [], -1
            col = next((n for n, e in enumerate(columns_end) if e <= start), len(columns_end))
            if col == len(columns_end):
                columns_end.append(end)
            else:
                columns_end[col] = end
            cluster.append((start, end, item, col))
            cluster_end = max(cluster_end, end)
        if cluster:
            blocks += _cluster_blocks(cluster, len(columns_end), d)
    return blocks


def _cluster_blocks(
    cluster: list[tuple[int, int, CalendarItem, int]], columns: int, day: int
) -> list[Block]:
    return [Block(i, day, s, e, c, max(1, columns)) for s, e, i, c in cluster]


def agenda_days(
    items: list[CalendarItem], first: dt.date, last: dt.date
) -> list[tuple[dt.date, list[CalendarItem]]]:
    """Days from `first` to `last` that have items, each with its items by start."""
    days: dict[dt.date, list[CalendarItem]] = {}
    for item in items:
        for day in item.days():
            if first <= day <= last:
                days.setdefault(day, []).append(item)
    return [
        (day, sorted(day_items, key=lambda i: (not i.all_day, i.start, i.id)))
        for day, day_items in sorted(days.items())
    ]
