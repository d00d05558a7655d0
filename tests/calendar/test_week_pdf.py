"""The printed week is a grid: days as columns, hours as rows, activities as boxes
where their day and hours are, the CJK font embedded (read back with poppler)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from html import unescape

import pytest

from app.calendar.pdf import PrintDay, write_calendar_pdf
from app.calendar.week_pdf import hour_range, tint, wrap
from tests.calendar.helpers import item

MONDAY = dt.date(2026, 9, 28)
ITEMS = [
    item(1, "2026-09-28T09:00", "2026-09-28T11:00", title="家长讲座", kind="lecture"),
    item(2, "2026-09-28T10:00", "2026-09-28T12:00", title="社区活动", kind="community"),
    item(3, "2026-09-30T14:00", "2026-09-30T15:00", title="Review", kind="ad_placement"),
    item(4, "2026-09-29T00:00", "2026-10-01T00:00", title="促销周", kind="promotion", all_day=True),
    item(5, "2026-10-03T19:00", "2026-10-03T21:30", title="晚场", venue="会展中心"),
    item(6, "2026-10-04T09:00", "2026-10-04T10:00", title="取消的", status="cancelled"),
]
DAYS = {dt.date(2026, 10, 1): PrintDay("holiday", "国庆节")}


@pytest.fixture(scope="module")
def week_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("week") / "week.pdf"
    return write_calendar_pdf(path, "week", MONDAY + dt.timedelta(days=2), ITEMS, DAYS, title="周")


def _words(path) -> dict[str, tuple[float, float]]:
    """Each word's (x, y) centre, y downwards from the top of the page."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found: dict[str, tuple[float, float]] = {}
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    for x0, y0, x1, y1, word in re.findall(pattern, html):
        found.setdefault(unescape(word), ((float(x0) + float(x1)) / 2, (float(y0) + float(y1)) / 2))
    return found


def test_the_week_is_a_grid_of_days_and_hours(week_pdf):
    words = _words(week_pdf)
    columns = [words[f"{MONDAY.month}/{MONDAY.day + n}"][0] for n in range(3)]
    hours = {h: words[f"{h:02d}:00"][1] for h in range(8, 22)}
    assert all(hours[h] < hours[h + 1] for h in range(8, 21))  # hours downwards
    assert columns == sorted(columns)  # days rightwards
    width = columns[1] - columns[0]
    # Each box in its day's column, at its hours.
    lecture_x, lecture_y = words["家长讲座"]
    assert abs(lecture_x - columns[0]) < width / 2 and hours[9] < lecture_y < hours[11]
    review_x, review_y = words["Review"]
    assert abs(review_x - columns[2]) < width / 2 and hours[14] < review_y < hours[15]
    # Overlapping boxes share the day: side by side, not one under the other.
    community_x, _ = words["社区活动"]
    assert lecture_x < community_x < columns[0] + width / 2
    # The all-day bar is above the hours; the late box widens the hours to 22:00.
    assert words["促销周"][1] < hours[8]
    assert "21:00" in words and words["晚场"][1] > hours[19]
    assert "国庆节" in words


def test_the_text_and_the_font(week_pdf):
    text = subprocess.run(
        ["pdftotext", "-layout", str(week_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("家长讲座", "社区活动", "促销周", "会展中心", "19:00–21:30", "Cancelled"):
        assert expected in text
    fonts = subprocess.run(["pdffonts", str(week_pdf)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line]
    assert cjk and " yes yes " in cjk[0]  # embedded, subset


def test_hours_shown_widen_to_the_items():
    assert hour_range([], MONDAY) == (8, 20)
    early = item(9, "2026-09-28T06:30", "2026-09-28T07:00")
    late = item(10, "2026-09-29T20:00", "2026-09-29T23:59")
    assert hour_range([early, late], MONDAY) == (6, 24)
    next_week = item(11, "2026-10-05T05:00", "2026-10-05T06:00")
    assert hour_range([next_week], MONDAY) == (8, 20)


def test_wrap_keeps_latin_words_and_breaks_chinese_anywhere():
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import cjk_font

    font = cjk_font()
    canvas = Canvas("/dev/null")
    width = canvas.stringWidth("家长讲座", font, 10)
    assert wrap(canvas, "家长讲座小升初规划", font, 10, width) == ["家长讲座", "小升初规", "划"]
    assert wrap(canvas, "ABC English", font, 10, canvas.stringWidth("English", font, 10)) == [
        "ABC",
        "English",
    ]
    assert tint("#000000", 0.5) == "#808080" and tint("#2e86ab", 0) == "#2e86ab"
