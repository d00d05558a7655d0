"""Roles and what each may do (DESIGN.md section 3).

Services check these; the UI only uses them to hide what would be refused.
A feature adds its permissions to `Permission` and to the role table below.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import PermissionDenied, tr


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    STAFF = "staff"
    SERVICE = "service"
    FINANCE = "finance"


def role_label(role: str) -> str:
    labels: dict[str, str] = {
        Role.ADMIN: tr("Administrator", "roles"),
        Role.MANAGER: tr("Marketing manager", "roles"),
        Role.STAFF: tr("Marketing staff", "roles"),
        Role.SERVICE: tr("Customer service", "roles"),
        Role.FINANCE: tr("Finance", "roles"),
    }
    return labels.get(role, role)  # a StrEnum member and its value are the same key


class Permission(StrEnum):
    # --- platform ---------------------------------------------------------------
    MANAGE_USERS = "users.manage"
    VIEW_AUDIT = "audit.view"
    MANAGE_SETTINGS = "settings.manage"
    BACKUP = "backup.run"
    RESTORE = "backup.restore"
    VIEW_STAFF = "staff.view"
    EDIT_STAFF = "staff.edit"
    EDIT_DEPARTMENTS = "departments.edit"

    # --- customers (customer database feature) -----------------------------------
    VIEW_CUSTOMERS = "customers.view"  # the Customers tab (own customers at least)
    VIEW_ALL_CUSTOMERS = "customers.view_all"  # every customer, not only one's own
    VIEW_CUSTOMER_CONTACTS = "customers.contacts"  # phones and guardian data unmasked
    EDIT_CUSTOMERS = "customers.edit"  # create/update/pipeline/tier/tags
    EDIT_ALL_CUSTOMERS = "customers.edit_all"  # edit customers owned by someone else
    ASSIGN_CUSTOMERS = "customers.assign"  # change the owner
    DELETE_CUSTOMERS = "customers.delete"  # soft delete and restore
    MERGE_CUSTOMERS = "customers.merge"  # find and merge duplicates
    EDIT_FOLLOW_UPS = "customers.follow_ups"
    EDIT_TRIALS = "customers.trials"
    EDIT_ENROLLMENTS = "customers.enrollments"
    EDIT_COMPLAINTS = "customers.complaints"
    MANAGE_COURSES = "customers.courses"
    MANAGE_CHANNELS = "customers.channels"
    IMPORT_CUSTOMERS = "customers.import"
    EXPORT_CUSTOMERS = "customers.export"
    CAPTURE_LEADS = "customers.capture"  # booth mode
    MERGE_BUNDLES = "customers.bundles"  # merge booth bundles
    PRIVACY_REQUESTS = "customers.privacy"  # personal data export, anonymise

    # --- budget, expenses and claims (budget feature) --------------------------------
    VIEW_BUDGET = "budget.view"  # categories, plans, adjustments
    VIEW_BUDGET_REPORT = "budget.report"  # budget vs. spend, drill-down, export
    MANAGE_EXPENSE_CATEGORIES = "budget.categories"  # categories and reimbursement standards
    EDIT_BUDGET_PLAN = "budget.plan.edit"  # draft and submit the annual plan
    APPROVE_BUDGET_PLAN = "budget.plan.approve"  # approve / return a submitted plan
    REQUEST_BUDGET_ADJUSTMENT = "budget.adjust.request"
    APPROVE_BUDGET_ADJUSTMENT = "budget.adjust.approve"
    RECORD_DIRECT_EXPENSE = "budget.expense.record"  # direct expenses and their reversal
    CREATE_CLAIM = "claims.create"  # own claims: edit, submit, cancel
    VIEW_ALL_CLAIMS = "claims.view_all"
    APPROVE_CLAIM_DEPARTMENT = "claims.approve.department"  # 部门负责人 step (or return)
    APPROVE_CLAIM_FINANCE = "claims.approve.finance"  # 财务审核 step (or return)
    PAY_CLAIM = "claims.pay"  # 出纳: mark paid
    OVERRIDE_BUDGET = "claims.budget_override"  # finance-approve a claim over the budget


# Which role may do what, one table per feature; ROLE_PERMISSIONS is their union.
PLATFORM_ROLES: dict[Role, set[Permission]] = {
    Role.MANAGER: {Permission.VIEW_STAFF, Permission.EDIT_STAFF, Permission.BACKUP},
    Role.STAFF: {Permission.VIEW_STAFF},
    Role.SERVICE: {Permission.VIEW_STAFF},
    Role.FINANCE: {Permission.VIEW_STAFF, Permission.BACKUP},
}


_CUSTOMER_WORK = {
    Permission.VIEW_CUSTOMERS,
    Permission.VIEW_CUSTOMER_CONTACTS,
    Permission.EDIT_CUSTOMERS,
    Permission.EDIT_FOLLOW_UPS,
    Permission.CAPTURE_LEADS,
}

CUSTOMER_ROLES: dict[Role, set[Permission]] = {
    # Managers see and change every customer, unmasked.
    Role.MANAGER: _CUSTOMER_WORK
    | {
        Permission.VIEW_ALL_CUSTOMERS,
        Permission.EDIT_ALL_CUSTOMERS,
        Permission.ASSIGN_CUSTOMERS,
        Permission.DELETE_CUSTOMERS,
        Permission.MERGE_CUSTOMERS,
        Permission.EDIT_TRIALS,
        Permission.EDIT_ENROLLMENTS,
        Permission.EDIT_COMPLAINTS,
        Permission.MANAGE_COURSES,
        Permission.IMPORT_CUSTOMERS,
        Permission.EXPORT_CUSTOMERS,
        Permission.MERGE_BUNDLES,
        Permission.PRIVACY_REQUESTS,
    },
    # Staff work their own customers (the services restrict them to owner = self).
    Role.STAFF: _CUSTOMER_WORK | {Permission.EDIT_TRIALS, Permission.EDIT_ENROLLMENTS},
    # Customer service: every customer, follow-ups and complaints.
    Role.SERVICE: _CUSTOMER_WORK
    | {
        Permission.VIEW_ALL_CUSTOMERS,
        Permission.EDIT_ALL_CUSTOMERS,
        Permission.MERGE_CUSTOMERS,
        Permission.EDIT_COMPLAINTS,
        Permission.IMPORT_CUSTOMERS,
        Permission.EXPORT_CUSTOMERS,
        Permission.MERGE_BUNDLES,
    },
    # Finance sees customers (for enrollments and channel figures) but masked only.
    Role.FINANCE: {
        Permission.VIEW_CUSTOMERS,
        Permission.VIEW_ALL_CUSTOMERS,
        Permission.EXPORT_CUSTOMERS,
    },
}


BUDGET_ROLES: dict[Role, set[Permission]] = {
    # Managers draft the annual plan and approve adjustments and the department step;
    # finance approves plans, records direct expenses, does the finance step and pays.
    # Approving over the budget needs OVERRIDE_BUDGET, which only the administrator
    # holds by default: finance asks for an adjustment or the administrator's override.
    Role.MANAGER: {
        Permission.VIEW_BUDGET,
        Permission.VIEW_BUDGET_REPORT,
        Permission.EDIT_BUDGET_PLAN,
        Permission.REQUEST_BUDGET_ADJUSTMENT,
        Permission.APPROVE_BUDGET_ADJUSTMENT,
        Permission.CREATE_CLAIM,
        Permission.VIEW_ALL_CLAIMS,
        Permission.APPROVE_CLAIM_DEPARTMENT,
    },
    Role.STAFF: {
        Permission.VIEW_BUDGET,
        Permission.REQUEST_BUDGET_ADJUSTMENT,
        Permission.CREATE_CLAIM,
    },
    Role.SERVICE: {Permission.VIEW_BUDGET, Permission.CREATE_CLAIM},
    Role.FINANCE: {
        Permission.VIEW_BUDGET,
        Permission.VIEW_BUDGET_REPORT,
        Permission.APPROVE_BUDGET_PLAN,
        Permission.RECORD_DIRECT_EXPENSE,
        Permission.CREATE_CLAIM,
        Permission.VIEW_ALL_CLAIMS,
        Permission.APPROVE_CLAIM_FINANCE,
        Permission.PAY_CLAIM,
    },
}


def _union(*tables: dict[Role, set[Permission]]) -> dict[Role, frozenset[Permission]]:
    result: dict[Role, frozenset[Permission]] = {role: frozenset() for role in Role}
    for table in tables:
        for role, permissions in table.items():
            result[role] = result[role] | frozenset(permissions)
    # The administrator may do everything.
    result[Role.ADMIN] = frozenset(Permission)
    return result


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = _union(
    PLATFORM_ROLES, CUSTOMER_ROLES, BUDGET_ROLES
)


def has_permission(role: str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False


def require(role: str, permission: Permission) -> None:
    if not has_permission(role, permission):
        raise PermissionDenied(
            tr("Your role (%s) may not do this (%s).") % (role_label(role), permission.value)
        )
