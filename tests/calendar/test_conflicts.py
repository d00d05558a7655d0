"""Conflicts: owner or venue double-booked, two activities at one school on one day."""

from __future__ import annotations

from app.calendar.conflicts import OWNER, SCHOOL, VENUE, find_conflicts
from tests.calendar.helpers import item


def reasons(conflicts, item_id):
    return sorted((c.reason, c.other_id) for c in conflicts.get(item_id, ()))


def test_same_owner_overlapping_is_a_conflict_touching_is_not():
    items = [
        item(1, "2026-03-10 09:00", "2026-03-10 11:00", owner_id=7),
        item(2, "2026-03-10 10:30", "2026-03-10 12:00", owner_id=7),
        item(3, "2026-03-10 12:00", "2026-03-10 13:00", owner_id=7),  # starts as 2 ends
        item(4, "2026-03-10 09:00", "2026-03-10 11:00", owner_id=8),
    ]
    found = find_conflicts(items)
    assert reasons(found, 1) == [(OWNER, 2)]
    assert reasons(found, 2) == [(OWNER, 1)]
    assert 3 not in found and 4 not in found


def test_venue_ignores_case_and_spaces_and_cancelled_activities():
    items = [
        item(1, "2026-03-10 09:00", "2026-03-10 11:00", venue="一中 操场"),
        item(2, "2026-03-10 10:00", "2026-03-10 12:00", venue="一中操场"),
        item(3, "2026-03-10 10:00", "2026-03-10 12:00", venue="一中操场", status="cancelled"),
    ]
    found = find_conflicts(items)
    assert reasons(found, 1) == [(VENUE, 2)]
    assert 3 not in found


def test_same_school_same_day_at_different_hours():
    items = [
        item(1, "2026-03-10 08:00", "2026-03-10 09:00", school="实验中学"),
        item(2, "2026-03-10 16:00", "2026-03-10 17:00", school="实验中学"),
        item(3, "2026-03-11 16:00", "2026-03-11 17:00", school="实验中学"),
        item(4, "2026-03-09", "2026-03-11", school="实验中学", all_day=True),
    ]
    found = find_conflicts(items)
    assert reasons(found, 1) == [(SCHOOL, 2), (SCHOOL, 4)]
    assert reasons(found, 3) == [(SCHOOL, 4)]
    assert reasons(found, 4) == [(SCHOOL, 1), (SCHOOL, 2), (SCHOOL, 3)]


def test_all_day_items_take_the_whole_day_for_owners():
    items = [
        item(1, "2026-03-10", "2026-03-10", owner_id=1, all_day=True),
        item(2, "2026-03-10 20:00", "2026-03-10 21:00", owner_id=1),
        item(3, "2026-03-11 08:00", "2026-03-11 09:00", owner_id=1),
    ]
    found = find_conflicts(items)
    assert reasons(found, 1) == [(OWNER, 2)]
    assert 3 not in found


def test_many_items_without_conflicts_find_none():
    items = [
        item(
            n,
            f"2026-03-{1 + n % 28:02d} {8 + n // 28:02d}:00",
            f"2026-03-{1 + n % 28:02d} {8 + n // 28:02d}:50",
            owner_id=n % 28,
        )
        for n in range(1, 300)
    ]
    assert find_conflicts(items) == {}


def test_an_ad_placement_books_its_venue_not_its_owner():
    items = [
        item(
            1,
            "2026-03-01",
            "2026-03-31",
            owner_id=1,
            all_day=True,
            kind="ad_placement",
            venue="地铁站灯箱A",
        ),
        item(2, "2026-03-10 09:00", "2026-03-10 11:00", owner_id=1, kind="lecture"),
        item(
            3,
            "2026-03-15",
            "2026-03-20",
            owner_id=2,
            all_day=True,
            kind="ad_placement",
            venue="地铁站灯箱A",
        ),
    ]
    found = find_conflicts(items)
    assert reasons(found, 1) == [(VENUE, 3)]
    assert 2 not in found


def test_promotions_and_online_venues_book_nothing():
    items = [
        item(
            1,
            "2026-03-01",
            "2026-03-31",
            owner_id=1,
            all_day=True,
            kind="promotion",
            venue="线上（公众号）",
        ),
        item(
            2, "2026-03-10", "2026-03-12", owner_id=1, all_day=True, kind="promotion", venue="线上"
        ),
        item(3, "2026-03-10 09:00", "2026-03-10 10:00", owner_id=2, venue="Online"),
        item(4, "2026-03-10 09:00", "2026-03-10 10:00", owner_id=3, venue="online"),
    ]
    assert find_conflicts(items) == {}
