"""What the ad-copy check lets a role do (DESIGN.md section 3).

Everyone may check copy (AdCheckService.check needs no permission); only the
administrator, who holds every permission, edits the rules."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants


class AdCheckPermission(StrEnum):
    EDIT_RULES = "adcheck.edit_rules"


GRANTS: Grants = {}
