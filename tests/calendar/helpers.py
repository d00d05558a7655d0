"""Calendar items for tests, without a database."""

from __future__ import annotations

import datetime as dt

from app.calendar.items import CalendarItem


def item(
    item_id: int,
    start: str,
    end: str,
    *,
    title: str = "",
    kind: str = "booth",
    status: str = "approved",
    owner_id: int | None = None,
    venue: str = "",
    school: str = "",
    all_day: bool = False,
    version: int = 1,
) -> CalendarItem:
    return CalendarItem(
        id=item_id,
        title=title or f"活动{item_id}",
        kind=kind,
        status=status,
        start=dt.datetime.fromisoformat(start),
        end=dt.datetime.fromisoformat(end),
        all_day=all_day,
        owner_id=owner_id,
        owner=f"员工{owner_id}" if owner_id else "",
        venue=venue,
        school=school,
        version=version,
        uid=f"00000000-0000-4000-8000-{item_id:012d}",
    )
