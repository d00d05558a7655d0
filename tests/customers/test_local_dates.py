"""Local dates of stored timestamps (customers table and export) and the table's
remembered labels must be what astimezone() and translating give."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from app.customers.common import LocalDates
from ui.customers.columns import CellTexts

ZONES = [
    "Asia/Shanghai",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
]


@pytest.fixture
def zone(request):
    """Switch the process's local time zone (POSIX tzset), and back."""
    before = os.environ.get("TZ")

    def switch(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield switch
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX tzset")
@pytest.mark.parametrize("name", ZONES)
def test_local_dates_match_astimezone(zone, name):
    zone(name)
    local_date = LocalDates()
    cells = CellTexts()
    # Every 20 minutes over two years, across DST changes (Lord Howe moves by 30 min,
    # Sao Paulo used to change at midnight).
    start = dt.datetime(2017, 1, 1, tzinfo=dt.UTC)
    for i in range(2 * 366 * 72):
        value = start + dt.timedelta(minutes=20 * i)
        assert local_date(value) == value.astimezone().date(), value
        # The text is remembered per UTC hour only where that is right (not in
        # Kolkata's +5:30 or Lord Howe's +10:30): checked for every third of an hour.
        assert local_date.text(value) == value.astimezone().date().isoformat(), value
        if i % 97 == 0:
            assert cells.date(value) == value.astimezone().date().isoformat(), value
    assert local_date(dt.datetime(2026, 11, 26, 23, 30)) == dt.date(2026, 11, 26)  # naive: local
    assert local_date(None) is None
    assert local_date.text(None) == ""
    other = dt.datetime(2026, 1, 1, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert local_date(other) == other.astimezone().date()  # aware, not UTC
    assert cells.date(dt.date(2026, 11, 26)) == "2026-11-26"
    assert cells.date(None) == ""


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX tzset")
def test_offsets_are_shared_while_the_zone_stays(zone):
    """Every search makes a LocalDates: the offsets it learnt are kept for the next,
    until the local zone changes."""
    zone("Asia/Shanghai")
    first = LocalDates()
    value = dt.datetime(2026, 3, 1, 20, 30, tzinfo=dt.UTC)
    assert first(value) == dt.date(2026, 3, 2)
    second = LocalDates()
    assert second._offsets is first._offsets and second._offsets
    zone("America/New_York")
    third = LocalDates()
    assert third._offsets is not first._offsets
    assert third(value) == dt.date(2026, 3, 1)


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs POSIX tzset")
@pytest.mark.parametrize(("name", "remembered"), [("Asia/Shanghai", True), ("Asia/Kolkata", False)])
def test_date_texts_remembered_per_hour_only_for_whole_hour_offsets(
    zone, name, remembered, monkeypatch
):
    monkeypatch.setattr(LocalDates, "_shared", {})  # nothing learnt by earlier tests
    zone(name)
    dates = LocalDates()
    value = dt.datetime(2026, 3, 1, 18, 10, tzinfo=dt.UTC)  # Kolkata: 23:40, at 18:40 the 2nd
    assert dates.text(value) == value.astimezone().date().isoformat()
    assert bool(dates._texts) == remembered
    later = value + dt.timedelta(minutes=30)
    assert dates.text(later) == later.astimezone().date().isoformat()


def test_labels_are_translated_once_per_value():
    asked = []

    def translate(value: str) -> str:
        asked.append(value)
        return value.upper()

    cells = CellTexts()
    assert [cells.label(translate, v) for v in ("new", "lost", "new", "new")] == [
        "NEW",
        "LOST",
        "NEW",
        "NEW",
    ]
    assert asked == ["new", "lost"]
    cells.new_query()  # the table's next search: labels kept (the language is the window's)
    assert cells.label(translate, "lost") == "LOST" and asked == ["new", "lost"]
    assert CellTexts().label(translate, "new") == "NEW" and asked == ["new", "lost", "new"]
