"""What the worklogs feature lets a role do (DESIGN.md section 3).

Everyone writes their own monthly plans and reports and their daily sales log; a
manager ("approve plans") also sees, approves and returns those of their own
department's staff, and writes the department's plans, reports and annual plan;
the administrator holds every permission (VIEW_ALL among them) and approves the
department's.
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class WorklogsPermission(StrEnum):
    VIEW_OWN = "worklogs.view_own"
    WRITE_OWN = "worklogs.write_own"  # one's own plans, reports and daily logs
    VIEW_DEPARTMENT = "worklogs.view_department"
    WRITE_DEPARTMENT = "worklogs.write_department"  # the department's plans and reports
    APPROVE = "worklogs.approve"
    VIEW_ALL = "worklogs.view_all"


_EVERYONE = {WorklogsPermission.VIEW_OWN, WorklogsPermission.WRITE_OWN}

GRANTS: Grants = {
    Role.MANAGER: _EVERYONE
    | {
        WorklogsPermission.VIEW_DEPARTMENT,
        WorklogsPermission.WRITE_DEPARTMENT,
        WorklogsPermission.APPROVE,
    },
    Role.STAFF: _EVERYONE,
    Role.SERVICE: _EVERYONE,
    Role.FINANCE: _EVERYONE,
}
