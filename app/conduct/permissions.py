"""What the conduct feature lets a role do (DESIGN.md section 3).

Everyone sees and answers (acknowledges or objects to) their own records and asks
for leave; a manager sees and records for the staff of their own department and
the records they wrote, and decides leave; the administrator holds every
permission, VIEW_ALL among them.
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class ConductPermission(StrEnum):
    VIEW_OWN = "conduct.view_own"
    VIEW_DEPARTMENT = "conduct.view_department"
    VIEW_ALL = "conduct.view_all"
    ACKNOWLEDGE = "conduct.acknowledge"  # answer one's own records
    REQUEST_LEAVE = "conduct.request_leave"  # ask for one's own leave
    RECORD = "conduct.record"  # write, change and withdraw records
    APPROVE_LEAVE = "conduct.approve_leave"
    IMPORT_ATTENDANCE = "conduct.import"


_EVERYONE = {
    ConductPermission.VIEW_OWN,
    ConductPermission.ACKNOWLEDGE,
    ConductPermission.REQUEST_LEAVE,
}

GRANTS: Grants = {
    Role.MANAGER: _EVERYONE
    | {
        ConductPermission.VIEW_DEPARTMENT,
        ConductPermission.RECORD,
        ConductPermission.APPROVE_LEAVE,
        ConductPermission.IMPORT_ATTENDANCE,
    },
    Role.STAFF: _EVERYONE,
    Role.SERVICE: _EVERYONE,
    Role.FINANCE: _EVERYONE,
}
