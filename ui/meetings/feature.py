"""The Meetings tab (会议) and its tour dialogs (app/meetings/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.meetings import kinds as meeting_kinds
from app.meetings.permissions import MeetingPermission
from app.staff import kinds as staff_kinds
from ui.features import UiFeature
from ui.tabs import TabSpec


def _meetings_tab(ctx):
    from ui.meetings.tab import MeetingsTab  # imported when the tab is first shown

    return MeetingsTab(ctx)


def _open_meeting(ctx, parent, record_id: int) -> None:
    """The meeting chosen in the Meetings tab, its day inside the period shown and no
    other filter, so that its sign / confirm-read buttons are at hand."""
    import datetime as dt

    from ui.record_links import select_row, show_tab
    from ui.widgets.dates import pydate, qdate

    tab = show_tab(parent, "meetings")
    if tab is None:
        return
    day = ctx.services.meetings.get_meeting(ctx.actor, record_id).starts_at.astimezone().date()
    for edit in (tab.start, tab.end):
        edit.blockSignals(True)
    if pydate(tab.start.date()) > day:
        tab.start.setDate(qdate(day - dt.timedelta(days=7)))
    if pydate(tab.end.date()) < day:
        tab.end.setDate(qdate(day + dt.timedelta(days=7)))
    for edit in (tab.start, tab.end):
        edit.blockSignals(False)
    for box in (tab.series, tab.mine, tab.search):
        box.blockSignals(True)
    tab.series.setCurrentIndex(0)
    tab.mine.setChecked(False)
    tab.search.clear()
    for box in (tab.series, tab.mine, tab.search):
        box.blockSignals(False)
    tab.refresh()
    select_row(tab.view, record_id)


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "meetings",
            lambda: QCoreApplication.translate("MeetingsFeature", "Meetings"),
            _meetings_tab,
            lambda ctx: ctx.actor.can(MeetingPermission.VIEW),
            meeting_kinds.KINDS | staff_kinds.KINDS,
            order=75,
        ),
    ),
    tour=("ui.meetings.tour",),
    openers={"meetings": _open_meeting},
)
