"""What the appraisal feature lets a role do (DESIGN.md section 3, issue 16 item 9).

Results are seen by scope: VIEW_OWN (one's own), VIEW_DEPARTMENT (one's
department), VIEW_ALL (everyone; granted to no role, so the administrator only).
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class AppraisalPermission(StrEnum):
    VIEW_OWN = "appraisal.view_own"
    VIEW_DEPARTMENT = "appraisal.view_department"
    VIEW_ALL = "appraisal.view_all"
    EDIT_LIBRARY = "appraisal.edit_library"  # KPIs, templates, targets
    RUN = "appraisal.run"  # compute a draft, enter manual scores
    FINALIZE = "appraisal.finalize"
    REOPEN = "appraisal.reopen"  # administrator only
    ACKNOWLEDGE = "appraisal.acknowledge"  # one's own result


_PERSONAL = {AppraisalPermission.VIEW_OWN, AppraisalPermission.ACKNOWLEDGE}

GRANTS: Grants = {
    Role.MANAGER: _PERSONAL
    | {
        AppraisalPermission.VIEW_DEPARTMENT,
        AppraisalPermission.EDIT_LIBRARY,
        AppraisalPermission.RUN,
        AppraisalPermission.FINALIZE,
    },
    Role.STAFF: _PERSONAL,
    Role.SERVICE: _PERSONAL,
    Role.FINANCE: _PERSONAL,
}
