"""What the meetings feature lets a role do (DESIGN.md section 3).

Everyone sees the meetings that are not confidential and those they take part in,
and acts in their part: the recorder writes the minutes, the host signs them, the
attendees confirm reading them and answer the survey, owners close their action
items. A manager calls meetings (the notice) and records attendance. Confidential
meetings beyond one's own are the administrator's alone (VIEW_CONFIDENTIAL).
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class MeetingPermission(StrEnum):
    VIEW = "meetings.view"
    PARTICIPATE = "meetings.participate"  # act in one's own part of a meeting
    ORGANIZE = "meetings.organize"  # notices and attendance
    VIEW_CONFIDENTIAL = "meetings.view_confidential"  # every confidential meeting


_EVERYONE = {MeetingPermission.VIEW, MeetingPermission.PARTICIPATE}

GRANTS: Grants = {
    Role.MANAGER: _EVERYONE | {MeetingPermission.ORGANIZE},
    Role.STAFF: _EVERYONE,
    Role.SERVICE: _EVERYONE,
    Role.FINANCE: _EVERYONE,
}
