"""A month or a week of the calendar printed on A4 landscape (reportlab, with the
bundled CJK font so Chinese prints the same everywhere).

The month is the on-screen grid: each day lists its activities by start time, with
the kind's colour, and "+N" when the cell is full; holidays and worked weekend days
are named. The week is a grid of days and hours with each activity a box
(app/calendar/week_pdf.py). Conflicts are marked with "!" as on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.calendar.conflicts import find_conflicts
from app.calendar.items import CalendarItem
from app.calendar.labels import KIND_COLOURS, kind_label, status_label
from app.calendar.layout import WEEKS_IN_MONTH_VIEW, agenda_days, month_grid_start, week_start
from app.calendar.translation import tr
from app.files import written_whole

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

MARGIN = 28.0


@dataclass(frozen=True)
class PrintDay:
    """A holiday or worked weekend day as printed."""

    kind: str
    name: str


def _weekdays() -> list[str]:
    return [tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")]


def write_calendar_pdf(
    path: Path,
    mode: str,
    anchor: dt.date,
    items: Sequence[CalendarItem],
    days: dict[dt.date, PrintDay],
    *,
    title: str,
    footer: str = "",
) -> Path:
    """`mode` "month" prints anchor's month, "week" the week of anchor."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import cjk_font

    font = cjk_font()
    width, height = landscape(A4)
    with written_whole(path) as temp:
        canvas = Canvas(str(temp), pagesize=(width, height))
        canvas.setTitle(title)
        canvas.setFont(font, 15)
        canvas.drawString(MARGIN, height - MARGIN - 8, _safe(title))
        if footer:
            canvas.setFont(font, 7)
            canvas.drawString(MARGIN, MARGIN / 2, _safe(footer))
        _legend(canvas, font, width - MARGIN, height - MARGIN - 8)
        area = (MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - 24)
        conflicts = set(find_conflicts(items))
        if mode == "week":
            from app.calendar.week_pdf import draw_week  # it uses this module's helpers

            draw_week(canvas, font, area, week_start(anchor), items, days, conflicts)
        else:
            _month(canvas, font, area, anchor, items, days, conflicts)
        canvas.showPage()
        canvas.save()
    return path


def _safe(text: str) -> str:
    from app.printing.fonts import drawable

    return drawable(text)


def _legend(canvas: Canvas, font: str, right: float, y: float) -> None:
    canvas.setFont(font, 7)
    x = right
    for kind in reversed(list(KIND_COLOURS)):
        label = kind_label(kind)
        x -= canvas.stringWidth(label, font, 7) + 16
        canvas.setFillColor(KIND_COLOURS[kind])
        canvas.rect(x, y - 1, 7, 7, stroke=0, fill=1)
        canvas.setFillColor("#333333")
        canvas.drawString(x + 9, y, _safe(label))


def _entry(item: CalendarItem, day: dt.date, conflict: bool) -> str:
    when = "" if item.all_day or item.first_day != day else f"{item.start:%H:%M} "
    mark = "! " if conflict else ""
    # The font has no ballot mark: a cancelled or rejected activity says so in words.
    struck = f"[{status_label(item.status)}] " if not item.active else ""
    return f"{mark}{struck}{when}{item.title}"


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _day_head(
    canvas: Canvas,
    font: str,
    x: float,
    top: float,
    w: float,
    day: dt.date,
    days: dict[dt.date, PrintDay],
    muted: bool,
) -> None:
    mark = days.get(day)
    if mark is not None and mark.kind == "holiday":
        canvas.setFillColor("#fdecea")
        canvas.rect(x, top - 13, w, 13, stroke=0, fill=1)
    canvas.setFillColor("#aaaaaa" if muted else "#222222")
    canvas.setFont(font, 8)
    canvas.drawString(x + 3, top - 10, str(day.day) if day.day != 1 else f"{day.month}/{day.day}")
    if mark is not None:
        label = mark.name if mark.kind == "holiday" else tr("%s (work)") % mark.name
        canvas.setFillColor("#c62828" if mark.kind == "holiday" else "#5d4037")
        canvas.setFont(font, 7)
        canvas.drawRightString(x + w - 3, top - 10, _safe(label))


def _lines(
    canvas: Canvas,
    font: str,
    x: float,
    top: float,
    w: float,
    bottom: float,
    day: dt.date,
    day_items: list[CalendarItem],
    conflicts: set[int],
    size: float,
) -> None:
    step = size + 2.5
    capacity = max(0, int((top - bottom) // step))
    shown = day_items if len(day_items) <= capacity else day_items[: max(0, capacity - 1)]
    y = top - size
    for item in shown:
        canvas.setFillColor(KIND_COLOURS.get(item.kind, "#777777") if item.active else "#9e9e9e")
        canvas.rect(x + 3, y, 4, size - 1, stroke=0, fill=1)
        canvas.setFillColor("#d01010" if item.id in conflicts else "#222222")
        canvas.setFont(font, size)
        text = _fit(canvas, _safe(_entry(item, day, item.id in conflicts)), font, size, w - 12)
        canvas.drawString(x + 9, y, text)
        y -= step
    if len(shown) < len(day_items):
        canvas.setFillColor("#555555")
        canvas.drawString(x + 9, y, tr("+%d more") % (len(day_items) - len(shown)))


def _month(
    canvas: Canvas,
    font: str,
    area: tuple[float, float, float, float],
    anchor: dt.date,
    items: Sequence[CalendarItem],
    days: dict[dt.date, PrintDay],
    conflicts: set[int],
) -> None:
    x0, y0, w, h = area
    first = month_grid_start(anchor.year, anchor.month)
    last = first + dt.timedelta(days=7 * WEEKS_IN_MONTH_VIEW - 1)
    by_day = dict(agenda_days(list(items), first, last))
    cell_w, head = w / 7, 14.0
    row_h = (h - head) / WEEKS_IN_MONTH_VIEW
    top = y0 + h
    canvas.setFont(font, 8)
    canvas.setFillColor("#444444")
    for col, name in enumerate(_weekdays()):
        canvas.drawCentredString(x0 + (col + 0.5) * cell_w, top - 10, name)
    canvas.setStrokeColor("#bbbbbb")
    canvas.setLineWidth(0.5)
    for week in range(WEEKS_IN_MONTH_VIEW):
        for col in range(7):
            day = first + dt.timedelta(days=week * 7 + col)
            x = x0 + col * cell_w
            cell_top = top - head - week * row_h
            canvas.rect(x, cell_top - row_h, cell_w, row_h, stroke=1, fill=0)
            _day_head(canvas, font, x, cell_top, cell_w, day, days, day.month != anchor.month)
            _lines(
                canvas,
                font,
                x,
                cell_top - 14,
                cell_w,
                cell_top - row_h + 2,
                day,
                by_day.get(day, []),
                conflicts,
                6.5,
            )
