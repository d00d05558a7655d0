"""The printed week: a grid like the week view on screen, not a list.

Days are columns (Monday first), hours are rows, each timed activity is a box from
its start to its end, overlapping ones side by side (app/calendar/layout.py's
week_blocks, as the view lays them out). All-day and multi-day activities are bars
in a strip above the hours (week_segments). The hours shown are 08:00-20:00,
widened to the earliest start and the latest end of the week. Weekends are shaded,
holidays tinted and named; conflicts have a red border and "!"; a cancelled or
rejected activity is grey and says so in words (the font has no strike-through).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.calendar.items import CalendarItem
from app.calendar.labels import KIND_COLOURS, status_label
from app.calendar.layout import MINUTES_PER_DAY, Segment, is_timed, week_blocks, week_segments
from app.calendar.pdf import PrintDay, _fit, _safe, _weekdays
from app.calendar.translation import tr

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

GUTTER = 30.0  # the hour labels
HEAD = 30.0  # weekday, date, holiday name
LANE = 11.0  # one all-day bar
MAX_LANES = 4  # more all-day bars than this: "+N more"
FIRST_HOUR, LAST_HOUR = 8, 20  # always shown
TEXT = 6.5
WEEKEND_FILL = "#f5f5f5"
HOLIDAY_FILL = "#fdecea"
GRID = "#d0d0d0"

# Runs of Latin letters and digits stay whole when a title wraps; CJK breaks anywhere.
_TOKENS = re.compile(r"\s+|[0-9A-Za-z_.,:;!?'\"()&+/-]+|.")


def tint(colour: str, share: float) -> str:
    """`colour` (#rrggbb) mixed with white: share 0 is the colour, 1 is white."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c + (255 - c) * share) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def wrap(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width` (a token wider than a line is cut)."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(text):
        if canvas.stringWidth(line + token, font, size) <= width:
            line += token
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = "" if token.isspace() else token
        while canvas.stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and canvas.stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def hour_range(items: Sequence[CalendarItem], first: dt.date) -> tuple[int, int]:
    """The hours the grid shows: FIRST_HOUR..LAST_HOUR, widened to the week's items."""
    blocks = week_blocks(list(items), first)
    start = min([FIRST_HOUR * 60, *(b.start_min for b in blocks)])
    end = max([LAST_HOUR * 60, *(b.end_min for b in blocks)])
    return start // 60, min(24, -(-end // 60))


def draw_week(
    canvas: Canvas,
    font: str,
    area: tuple[float, float, float, float],
    first: dt.date,
    items: Sequence[CalendarItem],
    days: dict[dt.date, PrintDay],
    conflicts: set[int],
) -> None:
    x0, y0, w, h = area
    left = x0 + GUTTER
    cell_w = (w - GUTTER) / 7
    top = y0 + h
    segments, lanes = week_segments([i for i in items if not is_timed(i)], first, 1)
    lane_count = min(lanes[0] if lanes else 0, MAX_LANES)
    strip = lane_count * LANE + (6 if lane_count else 0)
    grid_top = top - HEAD - strip
    first_hour, last_hour = hour_range(items, first)
    hour_h = (grid_top - y0) / max(1, last_hour - first_hour)

    names = _weekdays()
    for col in range(7):
        day = first + dt.timedelta(days=col)
        x = left + col * cell_w
        mark = days.get(day)
        fill = None
        if mark is not None and mark.kind == "holiday":
            fill = HOLIDAY_FILL
        elif day.weekday() >= 5 and (mark is None or mark.kind != "workday"):
            fill = WEEKEND_FILL
        if fill is not None:
            canvas.setFillColor(fill)
            canvas.rect(x, y0, cell_w, top - y0, stroke=0, fill=1)
        canvas.setFont(font, 9)
        canvas.setFillColor("#333333")
        canvas.drawCentredString(x + cell_w / 2, top - 12, f"{names[col]} {day.month}/{day.day}")
        if mark is not None:  # the holiday, or the weekend day worked in its place
            holiday = mark.kind == "holiday"
            label = mark.name if holiday else tr("%s (work)") % mark.name
            canvas.setFont(font, 7)
            canvas.setFillColor("#c62828" if holiday else "#5d4037")
            canvas.drawCentredString(
                x + cell_w / 2, top - 24, _fit(canvas, _safe(label), font, 7, cell_w - 4)
            )

    # The hour lines and their labels.
    canvas.setLineWidth(0.4)
    canvas.setStrokeColor(GRID)
    canvas.setFont(font, 7)
    for n in range(last_hour - first_hour + 1):
        y = grid_top - n * hour_h
        canvas.line(left, y, left + 7 * cell_w, y)
        if n < last_hour - first_hour:
            canvas.setFillColor("#666666")
            canvas.drawRightString(left - 3, y - 8, f"{first_hour + n:02d}:00")
    for col in range(8):
        canvas.line(left + col * cell_w, y0, left + col * cell_w, top)
    canvas.line(left, top, left + 7 * cell_w, top)
    canvas.line(left, top - HEAD, left + 7 * cell_w, top - HEAD)
    if lane_count:
        canvas.setFillColor("#666666")
        canvas.drawRightString(left - 3, top - HEAD - 9, _safe(tr("All day")))

    _all_day_bars(canvas, font, segments, left, cell_w, top - HEAD - 3, conflicts)
    if lanes and lanes[0] > MAX_LANES:
        hidden = {s.item.id for s in segments if s.lane >= MAX_LANES}
        canvas.setFillColor("#555555")
        canvas.setFont(font, 6)
        canvas.drawString(x0, grid_top + 2, _safe(tr("+%d more") % len(hidden)))

    for block in week_blocks(list(items), first):
        start = max(block.start_min, first_hour * 60)
        end = min(max(block.end_min, start + 15), last_hour * 60, MINUTES_PER_DAY)
        y_top = grid_top - (start - first_hour * 60) / 60 * hour_h
        y_bottom = grid_top - (end - first_hour * 60) / 60 * hour_h
        share = cell_w / block.cols
        x = left + block.day * cell_w + block.col * share
        conflict = block.item.id in conflicts
        box = (x + 1, y_bottom + 0.5, share - 2, y_top - y_bottom - 1)
        _box(canvas, font, block.item, box, conflict)


def _colour(item: CalendarItem) -> str:
    return KIND_COLOURS.get(item.kind, "#777777") if item.active else "#9e9e9e"


def _label(item: CalendarItem, conflict: bool) -> str:
    mark = "! " if conflict else ""
    struck = f"[{status_label(item.status)}] " if not item.active else ""
    return f"{mark}{struck}{item.title}"


def _all_day_bars(
    canvas: Canvas,
    font: str,
    segments: Sequence[Segment],
    left: float,
    cell_w: float,
    top: float,
    conflicts: set[int],
) -> None:
    for seg in segments:
        if seg.lane >= MAX_LANES:
            continue
        item = seg.item
        x = left + seg.col0 * cell_w + 1
        width = (seg.col1 - seg.col0 + 1) * cell_w - 2
        y = top - (seg.lane + 1) * LANE
        conflict = item.id in conflicts
        canvas.setFillColor(tint(_colour(item), 0.75))
        canvas.setStrokeColor("#d01010" if conflict else _colour(item))
        canvas.setLineWidth(1 if conflict else 0.5)
        canvas.rect(x, y + 1, width, LANE - 2, stroke=1, fill=1)
        canvas.setFillColor("#d01010" if conflict else "#222222")
        canvas.setFont(font, TEXT)
        prefix = "" if seg.starts_here else "… "  # it began the week before
        text = _safe(prefix + _label(item, conflict))
        canvas.drawString(x + 3, y + 3, _fit(canvas, text, font, TEXT, width - 6))


def _box(
    canvas: Canvas,
    font: str,
    item: CalendarItem,
    box: tuple[float, float, float, float],
    conflict: bool,
) -> None:
    x, y, width, height = box
    colour = _colour(item)
    canvas.setFillColor(tint(colour, 0.8) if item.active else "#eeeeee")
    canvas.setStrokeColor("#d01010" if conflict else colour)
    canvas.setLineWidth(1.2 if conflict else 0.5)
    canvas.rect(x, y, width, height, stroke=1, fill=1)
    canvas.setFillColor(colour)
    canvas.rect(x, y, 2.5, height, stroke=0, fill=1)
    step = TEXT + 1.5
    room = max(1, int((height - 2) // step))
    inner = width - 6
    # (text, size, colour): the time (when there is room for more), the title, the
    # venue and owner; a box too short for all ends its last line with "…".
    ink = "#d01010" if conflict else "#222222"
    lines: list[tuple[str, float, str]] = []
    if room > 1:
        when = f"{item.start:%H:%M}–{item.end:%H:%M}"
        if canvas.stringWidth(when, font, TEXT) > inner:  # a narrow box: the start
            when = f"{item.start:%H:%M}"
        lines.append((_fit(canvas, when, font, TEXT, inner), TEXT, ink))
    lines += [
        (t, TEXT, ink) for t in wrap(canvas, _safe(_label(item, conflict)), font, TEXT, inner)
    ]
    detail = " · ".join(v for v in (item.venue, item.owner) if v)
    if detail:
        small = TEXT - 0.5
        lines += [(t, small, "#555555") for t in wrap(canvas, _safe(detail), font, small, inner)]
    if len(lines) > room:
        lines = lines[:room]
        text, size, colour = lines[-1]
        lines[-1] = (_fit(canvas, text + "…", font, size, inner), size, colour)
    text_y = y + height - TEXT - 1
    for text, size, colour in lines:
        canvas.setFillColor(colour)
        canvas.setFont(font, size)
        canvas.drawString(x + 4.5, text_y, text)
        text_y -= step
