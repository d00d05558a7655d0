"""What the calendar shows: plain, frozen items, built from activities by the service.

The widgets, the conflict finder, the layout, the PDF and the .ics writer all work
on these, so they are tested without a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

KINDS = ("promotion", "booth", "lecture", "community", "ad_placement", "exhibition", "partner")
STATUSES = (
    "draft",
    "submitted",
    "approved",
    "rejected",
    "in_progress",
    "completed",
    "cancelled",
)
# Not happening: shown greyed and struck through, never in conflict with anything.
INACTIVE_STATUSES = frozenset({"rejected", "cancelled"})


@dataclass(frozen=True)
class CalendarItem:
    """One activity on the calendar. `start`/`end` are naive local times; an all-day
    item covers the days start.date() .. end.date() inclusive."""

    id: int
    title: str
    kind: str
    status: str
    start: dt.datetime
    end: dt.datetime
    all_day: bool = False
    owner_id: int | None = None
    owner: str = ""
    venue: str = ""
    school: str = ""
    channel_id: int | None = None
    channel: str = ""
    version: int = 1
    uid: str = ""  # stable across exports (the activity's uuid)
    description: str = ""

    @property
    def first_day(self) -> dt.date:
        return self.start.date()

    @property
    def last_day(self) -> dt.date:
        """The last day the item covers: an end at midnight belongs to the day before."""
        if not self.all_day and self.end > self.start and self.end.time() == dt.time(0, 0):
            return (self.end - dt.timedelta(days=1)).date()
        return max(self.end.date(), self.start.date())

    @property
    def active(self) -> bool:
        return self.status not in INACTIVE_STATUSES

    def days(self) -> list[dt.date]:
        count = (self.last_day - self.first_day).days + 1
        return [self.first_day + dt.timedelta(days=n) for n in range(count)]

    def moved(self, start: dt.datetime, end: dt.datetime) -> CalendarItem:
        return replace(self, start=start, end=end)

    def overlaps(self, other: CalendarItem) -> bool:
        """Time overlap; all-day items take their whole days."""
        a0, a1 = self.span()
        b0, b1 = other.span()
        return a0 < b1 and b0 < a1

    def span(self) -> tuple[dt.datetime, dt.datetime]:
        if self.all_day:
            start = dt.datetime.combine(self.first_day, dt.time())
            return start, dt.datetime.combine(self.last_day + dt.timedelta(days=1), dt.time())
        return self.start, max(self.end, self.start)


@dataclass(frozen=True)
class ItemFilter:
    """The tab's filters; None = any."""

    kind: str | None = None
    status: str | None = None
    owner_id: int | None = None
    channel_id: int | None = None

    def accepts(self, item: CalendarItem) -> bool:
        return (
            (self.kind is None or item.kind == self.kind)
            and (self.status is None or item.status == self.status)
            and (self.owner_id is None or item.owner_id == self.owner_id)
            and (self.channel_id is None or item.channel_id == self.channel_id)
        )


def filtered(items: list[CalendarItem], item_filter: ItemFilter) -> list[CalendarItem]:
    return [item for item in items if item_filter.accepts(item)]
