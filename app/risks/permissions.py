"""What the risks feature lets a role do (DESIGN.md section 3).

Risk warnings are for those who steer: managers (every rule whose data they may
read) and finance (the budget and channel spend), and the administrator. Each rule
is shown only to a role that may read the data behind it (RiskRule.needs).
"""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class RiskPermission(StrEnum):
    VIEW = "risks.view"  # the risk warnings tab and the workbench's warnings
    ACKNOWLEDGE = "risks.acknowledge"  # acknowledge a warning with a note


GRANTS: Grants = {
    Role.MANAGER: {RiskPermission.VIEW, RiskPermission.ACKNOWLEDGE},
    Role.FINANCE: {RiskPermission.VIEW},
}
