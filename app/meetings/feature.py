"""Meetings (会议): notices, attendance (lateness feeds conduct records), minutes
signed by the host and confirmed by the attendees, action items and a survey."""

from __future__ import annotations

from app.features import DemoStep, Feature
from app.meetings.permissions import GRANTS, MeetingPermission
from db.migrate import VERSIONS_DIR

FEATURE = Feature(
    name="meetings",
    audit_records="app.meetings.audit_records:labels",
    models=("db.models.meetings",),
    migrations=VERSIONS_DIR,  # branch "meetings": meetings_001
    permissions=(MeetingPermission,),
    grants=GRANTS,
    services={
        "meetings": "app.meetings.service:MeetingService",
        "meeting_minutes": "app.meetings.minutes:MinutesService",
        "meeting_followup": "app.meetings.followup:FollowUpService",
    },
    ui="ui.meetings.feature",
    demo=DemoStep("meetings", "app.demo.meetings"),
    translations=("meetings",),
    workbench="app.meetings.workbench:items",
)
