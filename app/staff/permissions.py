"""What the staff feature lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class StaffPermission(StrEnum):
    VIEW_STAFF = "staff.view"
    EDIT_STAFF = "staff.edit"
    EDIT_DEPARTMENTS = "departments.edit"


GRANTS: Grants = {
    Role.MANAGER: {StaffPermission.VIEW_STAFF, StaffPermission.EDIT_STAFF},
    Role.STAFF: {StaffPermission.VIEW_STAFF},
    Role.SERVICE: {StaffPermission.VIEW_STAFF},
    Role.FINANCE: {StaffPermission.VIEW_STAFF},
}
