"""What the research feature lets a role do (DESIGN.md section 3).

Staff, managers and customer service see the research plans and the competitor
register, propose plans, write the report of an approved plan they own and record
competitor observations (a booth is where rivals' flyers are seen); a manager
approves or returns plans; the administrator holds every permission.
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class ResearchPermission(StrEnum):
    VIEW = "research.view"
    PROPOSE = "research.propose"  # write one's own plans and their reports
    APPROVE = "research.approve"
    OBSERVE = "research.observe"  # add competitors and record observations


_WORKERS = {ResearchPermission.VIEW, ResearchPermission.PROPOSE, ResearchPermission.OBSERVE}

GRANTS: Grants = {
    Role.MANAGER: _WORKERS | {ResearchPermission.APPROVE},
    Role.STAFF: _WORKERS,
    Role.SERVICE: _WORKERS,
    Role.FINANCE: {ResearchPermission.VIEW},
}
