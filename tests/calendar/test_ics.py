"""The .ics export parsed back by an independent RFC 5545 parser (icalendar)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar

from app.calendar.ics import fold, to_ics
from tests.calendar.helpers import item

NOW = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)


def parse(data: bytes):
    return icalendar.Calendar.from_ical(data)


def test_events_round_trip_with_stable_uids():
    items = [
        item(
            1,
            "2026-03-10 09:00",
            "2026-03-10 11:30",
            title="校园地推; 第一场, 实验中学",
            venue="实验中学\n南门",
            owner_id=3,
        ),
        item(2, "2026-03-14", "2026-03-15", title="周末讲座", all_day=True, status="cancelled"),
    ]
    first = to_ics(items, name="活动日历", now=NOW)
    again = to_ics(list(reversed(items)), name="活动日历", now=NOW + dt.timedelta(days=3))
    assert b"\r\n" in first and b"\n" not in first.replace(b"\r\n", b"")
    cal = parse(first)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {str(e["UID"]) for e in parse(again).walk("VEVENT")}
    timed = events["00000000-0000-4000-8000-000000000001@marketdesk"]
    assert str(timed["SUMMARY"]) == "校园地推; 第一场, 实验中学"
    assert str(timed["LOCATION"]) == "实验中学\n南门"
    shanghai = ZoneInfo("Asia/Shanghai")
    start = timed.decoded("DTSTART")
    assert start == dt.datetime(2026, 3, 10, 9, 0, tzinfo=shanghai)
    assert start.utcoffset() == dt.timedelta(hours=8)
    assert timed.decoded("DTEND") - start == dt.timedelta(hours=2, minutes=30)
    assert str(timed["STATUS"]) == "CONFIRMED"
    whole = events["00000000-0000-4000-8000-000000000002@marketdesk"]
    assert whole.decoded("DTSTART") == dt.date(2026, 3, 14)
    assert whole.decoded("DTEND") == dt.date(2026, 3, 16)  # exclusive end
    assert str(whole["STATUS"]) == "CANCELLED"
    assert len(cal.walk("VTIMEZONE")) == 1
    assert cal.get("PRODID") and str(cal["VERSION"]) == "2.0"


def test_long_lines_fold_at_75_octets_between_characters():
    line = "SUMMARY:" + "营销活动" * 40
    folded = fold(line)
    parts = folded.split("\r\n")
    assert len(parts) > 1
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line
    cal = parse(
        to_ics(
            [item(1, "2026-03-10 09:00", "2026-03-10 10:00", title="营销活动" * 40)],
            name="x",
            now=NOW,
        )
    )
    assert str(cal.walk("VEVENT")[0]["SUMMARY"]) == "营销活动" * 40


def test_empty_calendar_is_valid():
    cal = parse(to_ics([], name="空", now=NOW))
    assert cal.walk("VEVENT") == []
