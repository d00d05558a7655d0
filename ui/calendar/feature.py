"""The Calendar tab (活动日历) and its tour pages (app/calendar/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.calendar import kinds as calendar_kinds
from app.calendar.permissions import CalendarPermission
from app.campaigns import kinds as campaigns_kinds
from ui.features import UiFeature
from ui.tabs import TabSpec


def _calendar_tab(ctx):
    from ui.calendar.calendar_tab import CalendarTab

    return CalendarTab(ctx)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "calendar",
            lambda: QCoreApplication.translate("CalendarFeature", "Calendar"),
            _calendar_tab,
            lambda ctx: ctx.actor.can(CalendarPermission.VIEW_CALENDAR),
            calendar_kinds.KINDS | campaigns_kinds.KINDS,  # holidays, terms, activities
            order=15,
        ),
    ),
    tour=("ui.calendar.tour",),
)
