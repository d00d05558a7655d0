"""The calendar's tour pages (ui/tour_registry.py): the month and the week of the
busiest month of the demo, the holidays dialog."""

from __future__ import annotations

import datetime as dt


def _busiest_month(ctx) -> dt.date:
    """The demo's month with most activities (the tour is rendered on any day)."""
    today = dt.date.today()
    first, last = dt.date(today.year - 1, 1, 1), dt.date(today.year + 1, 12, 31)
    counts: dict[dt.date, int] = {}
    for item in ctx.services.calendar.items(ctx.actor, first, last):
        month = item.first_day.replace(day=1)
        counts[month] = counts.get(month, 0) + 1
    return max(counts, key=lambda m: (counts[m], m)) if counts else today


def _tab(ctx, mode: str):
    from ui.calendar.calendar_tab import CalendarTab

    tab = CalendarTab(ctx)
    tab.resize(1280, 780)
    month = _busiest_month(ctx)
    anchor = month + dt.timedelta(days=14)
    tab.view.set_mode(mode)
    tab.mode_actions[mode].setChecked(True)
    tab.go_to(anchor)
    if mode == "week":
        # The week of that month with the most activities.
        best = max(
            (month + dt.timedelta(days=7 * n) for n in range(4)),
            key=lambda day: sum(
                1
                for i in tab.all_items
                if 0 <= (i.first_day - (day - dt.timedelta(days=day.weekday()))).days < 7
            ),
        )
        tab.go_to(best)
    return tab


def _holidays(ctx):
    from ui.calendar.holidays_dialog import HolidaysDialog

    return HolidaysDialog(ctx, 2026)


DIALOGS = [
    ("calendar-month", lambda ctx: _tab(ctx, "month")),
    ("calendar-week", lambda ctx: _tab(ctx, "week")),
    ("calendar-holidays", _holidays),
]
