"""What the calendar lets a role do (DESIGN.md section 3). Moving an activity is the
campaigns feature's permission (CampaignService.reschedule checks it)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class CalendarPermission(StrEnum):
    VIEW_CALENDAR = "calendar.view"  # the tab, printing, .ics export
    EDIT_HOLIDAYS = "calendar.holidays.edit"  # holidays and school terms (admin)


GRANTS: Grants = {
    Role.MANAGER: {CalendarPermission.VIEW_CALENDAR},
    Role.STAFF: {CalendarPermission.VIEW_CALENDAR},
    Role.SERVICE: {CalendarPermission.VIEW_CALENDAR},
    Role.FINANCE: {CalendarPermission.VIEW_CALENDAR},
}
