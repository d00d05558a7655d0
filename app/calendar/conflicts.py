"""Conflicts on the calendar (issue 17): the same owner or the same venue booked twice
at overlapping times, or two activities aimed at the same school on one day.

Rejected and cancelled activities conflict with nothing. An ad placement or a
promotion (an offer valid for weeks) runs without its owner standing by it: it
books its venue (a billboard, a screen), not its owner. Online "venues" (线上, 网上,
online...) are no place that can be double-booked. Each group (an owner, a
venue, a school) is swept in start order, so 500 activities in a month cost a sort
and the pairs that really overlap, not every pair.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from app.calendar.items import CalendarItem

# Kinds whose owner is not present throughout (see above).
UNATTENDED_KINDS = frozenset({"ad_placement", "promotion"})
ONLINE_VENUES = ("线上", "网上", "网络", "online", "internet", "web")
OWNER = "owner"
VENUE = "venue"
SCHOOL = "school"


@dataclass(frozen=True)
class Conflict:
    reason: str  # OWNER, VENUE or SCHOOL
    other_id: int
    other_title: str
    detail: str  # the owner's name, the venue or the school


def _venue_key(venue: str) -> str | None:
    """Venues typed by hand: case, spaces and full-width spaces do not make two rooms;
    None for no venue or an online one."""
    key = "".join(venue.split()).casefold()
    if not key or key.startswith(ONLINE_VENUES):
        return None
    return key


def _overlapping_pairs(
    items: Iterable[CalendarItem],
) -> Iterable[tuple[CalendarItem, CalendarItem]]:
    ordered = sorted(items, key=lambda i: (i.span()[0], i.id))
    open_items: list[CalendarItem] = []
    for item in ordered:
        start, _ = item.span()
        open_items = [o for o in open_items if o.span()[1] > start]
        for other in open_items:
            yield other, item
        open_items.append(item)


def find_conflicts(items: Iterable[CalendarItem]) -> dict[int, tuple[Conflict, ...]]:
    """Item id -> its conflicts (only items that have any)."""
    active = [i for i in items if i.active]
    found: dict[int, list[Conflict]] = defaultdict(list)

    def add(a: CalendarItem, b: CalendarItem, reason: str, detail: str) -> None:
        found[a.id].append(Conflict(reason, b.id, b.title, detail))
        found[b.id].append(Conflict(reason, a.id, a.title, detail))

    def grouped(
        key: Callable[[CalendarItem], Hashable | None],
    ) -> dict[Hashable, list[CalendarItem]]:
        groups: dict[Hashable, list[CalendarItem]] = defaultdict(list)
        for item in active:
            k = key(item)
            if k is not None:
                groups[k].append(item)
        return groups

    for members in grouped(lambda i: None if i.kind in UNATTENDED_KINDS else i.owner_id).values():
        for a, b in _overlapping_pairs(members):
            add(a, b, OWNER, a.owner or b.owner)
    for members in grouped(lambda i: _venue_key(i.venue)).values():
        for a, b in _overlapping_pairs(members):
            add(a, b, VENUE, a.venue)
    for members in grouped(lambda i: i.school.strip() or None).values():
        by_day: dict[dt.date, list[CalendarItem]] = defaultdict(list)
        for item in members:
            for day in item.days():
                by_day[day].append(item)
        seen: set[tuple[int, int]] = set()
        for same_day in by_day.values():
            for n, a in enumerate(same_day):
                for b in same_day[n + 1 :]:
                    pair = (min(a.id, b.id), max(a.id, b.id))
                    if pair not in seen:
                        seen.add(pair)
                        add(a, b, SCHOOL, a.school.strip())
    return {item_id: tuple(conflicts) for item_id, conflicts in found.items()}
