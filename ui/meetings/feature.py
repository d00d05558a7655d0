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
)
