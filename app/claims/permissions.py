"""What the reimbursement claims feature lets a role do (DESIGN.md section 3)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class ClaimPermission(StrEnum):
    CREATE_CLAIM = "claims.create"  # own claims: edit, submit, cancel
    VIEW_ALL_CLAIMS = "claims.view_all"
    APPROVE_CLAIM_DEPARTMENT = "claims.approve.department"  # 部门负责人 step (or return)
    APPROVE_CLAIM_FINANCE = "claims.approve.finance"  # 财务审核 step (or return)
    PAY_CLAIM = "claims.pay"  # 出纳: mark paid
    OVERRIDE_BUDGET = "claims.budget_override"  # finance-approve a claim over the budget


GRANTS: Grants = {
    # Managers do the department step; finance does the finance step and pays.
    # Approving over the budget needs OVERRIDE_BUDGET, which only the administrator
    # holds by default: finance asks for an adjustment or the administrator's override.
    Role.MANAGER: {
        ClaimPermission.CREATE_CLAIM,
        ClaimPermission.VIEW_ALL_CLAIMS,
        ClaimPermission.APPROVE_CLAIM_DEPARTMENT,
    },
    Role.STAFF: {ClaimPermission.CREATE_CLAIM},
    Role.SERVICE: {ClaimPermission.CREATE_CLAIM},
    Role.FINANCE: {
        ClaimPermission.CREATE_CLAIM,
        ClaimPermission.VIEW_ALL_CLAIMS,
        ClaimPermission.APPROVE_CLAIM_FINANCE,
        ClaimPermission.PAY_CLAIM,
    },
}
