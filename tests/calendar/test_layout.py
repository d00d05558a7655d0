"""The month and week layouts in grid terms."""

from __future__ import annotations

import datetime as dt

from app.calendar.items import CalendarItem
from app.calendar.layout import (
    agenda_days,
    month_grid_start,
    week_blocks,
    week_segments,
)
from tests.calendar.helpers import item


def test_month_grid_starts_on_the_monday_before_the_first():
    assert month_grid_start(2026, 3) == dt.date(2026, 2, 23)  # 1 March 2026 is a Sunday
    assert month_grid_start(2026, 6) == dt.date(2026, 6, 1)  # a Monday


def test_a_bar_across_a_week_boundary_is_cut_in_two_and_lanes_do_not_overlap():
    first = month_grid_start(2026, 3)
    long = item(1, "2026-02-27", "2026-03-03", all_day=True)  # Friday to Tuesday
    same_day = item(2, "2026-02-27 10:00", "2026-02-27 11:00")
    segments, lanes = week_segments([same_day, long], first, 6)
    mine = [s for s in segments if s.item.id == 1]
    assert [(s.week, s.col0, s.col1, s.starts_here, s.ends_here) for s in mine] == [
        (0, 4, 6, True, False),
        (1, 0, 1, False, True),
    ]
    other = next(s for s in segments if s.item.id == 2)
    assert other.lane != mine[0].lane
    assert lanes[0] == 2 and lanes[1] == 1


def test_midnight_end_belongs_to_the_day_before():
    party = item(1, "2026-03-10 20:00", "2026-03-11 00:00")
    assert party.last_day == dt.date(2026, 3, 10)
    assert week_blocks([party], dt.date(2026, 3, 9))[0].end_min == 24 * 60


def test_overlapping_blocks_share_the_day_column():
    monday = dt.date(2026, 3, 9)
    items = [
        item(1, "2026-03-10 09:00", "2026-03-10 11:00"),
        item(2, "2026-03-10 10:00", "2026-03-10 12:00"),
        item(3, "2026-03-10 11:00", "2026-03-10 12:00"),
        item(4, "2026-03-10 14:00", "2026-03-10 15:00"),
        item(5, "2026-03-10 09:00", "2026-03-12 15:00"),  # multi-day: the all-day strip
    ]
    blocks = {b.item.id: b for b in week_blocks(items, monday)}
    assert set(blocks) == {1, 2, 3, 4}
    assert (blocks[1].col, blocks[2].col, blocks[3].col) == (0, 1, 0)
    assert blocks[1].cols == blocks[2].cols == blocks[3].cols == 2
    assert (blocks[4].col, blocks[4].cols, blocks[4].day) == (0, 1, 1)
    assert (blocks[1].start_min, blocks[1].end_min) == (540, 660)


def test_agenda_lists_each_day_of_a_multi_day_item_all_day_first():
    items: list[CalendarItem] = [
        item(1, "2026-03-10 09:00", "2026-03-10 10:00"),
        item(2, "2026-03-10", "2026-03-11", all_day=True),
    ]
    days = agenda_days(items, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert [(d.day, [i.id for i in its]) for d, its in days] == [(10, [2, 1]), (11, [2])]
