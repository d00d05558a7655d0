"""The calendar as an iCalendar file (RFC 5545), for Outlook, WeChat Work, phones.

One VEVENT per activity; its UID is the activity's uuid, so a calendar that
imported last month's file updates the same events instead of adding copies, and
SEQUENCE is the activity's version. Times are the office's local time with a
VTIMEZONE for China Standard Time (no daylight saving), all-day activities are
DATE values with the exclusive end of RFC 5545 3.6.1. Lines are CRLF-terminated
and folded at 75 octets without splitting a UTF-8 character (3.1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from app.calendar.items import CalendarItem

PRODID = "-//MarketDesk//Campaign calendar 1.0//ZH"
TZID = "Asia/Shanghai"
UID_DOMAIN = "marketdesk"
_STATUS = {
    "draft": "TENTATIVE",
    "submitted": "TENTATIVE",
    "approved": "CONFIRMED",
    "in_progress": "CONFIRMED",
    "completed": "CONFIRMED",
    "rejected": "CANCELLED",
    "cancelled": "CANCELLED",
}


def item_uid(item: CalendarItem) -> str:
    return f"{item.uid or f'activity-{item.id}'}@{UID_DOMAIN}"


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never inside a character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += width
    out.append(current)
    return "\r\n".join(out)


def _local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _event(item: CalendarItem, stamp: str, kind_label: Callable[[str], str]) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{item_uid(item)}",
        f"DTSTAMP:{stamp}",
        f"SEQUENCE:{max(0, item.version - 1)}",
    ]
    if item.all_day:
        end_day = item.last_day + dt.timedelta(days=1)
        lines += [
            f"DTSTART;VALUE=DATE:{item.first_day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end_day:%Y%m%d}",
        ]
    else:
        end = item.end if item.end > item.start else item.start + dt.timedelta(minutes=1)
        lines += [
            f"DTSTART;TZID={TZID}:{_local(item.start)}",
            f"DTEND;TZID={TZID}:{_local(end)}",
        ]
    lines.append(f"SUMMARY:{escape_text(item.title)}")
    if item.venue:
        lines.append(f"LOCATION:{escape_text(item.venue)}")
    details = [item.description] if item.description else []
    details += [v for v in (item.owner, item.channel, item.school) if v]
    if details:
        lines.append(f"DESCRIPTION:{escape_text(chr(10).join(details))}")
    lines.append(f"CATEGORIES:{escape_text(kind_label(item.kind))}")
    lines.append(f"STATUS:{_STATUS.get(item.status, 'TENTATIVE')}")
    lines.append("END:VEVENT")
    return lines


def to_ics(
    items: Iterable[CalendarItem],
    *,
    name: str,
    now: dt.datetime | None = None,
    kind_label: Callable[[str], str] = str,
) -> bytes:
    """The iCalendar text of `items` (UTF-8 bytes, CRLF line ends)."""
    moment = now or dt.datetime.now(dt.UTC)
    stamp = moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        "BEGIN:VTIMEZONE",
        f"TZID:{TZID}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
    for item in sorted(items, key=lambda i: (i.start, i.id)):
        lines += _event(item, stamp, kind_label)
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
