"""What the workbench feature lets a role do: every role sees its own workbench
(what each item shows is decided by the feature that owns the records)."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants, Role


class WorkbenchPermission(StrEnum):
    VIEW = "workbench.view"


GRANTS: Grants = {
    Role.MANAGER: {WorkbenchPermission.VIEW},
    Role.STAFF: {WorkbenchPermission.VIEW},
    Role.SERVICE: {WorkbenchPermission.VIEW},
    Role.FINANCE: {WorkbenchPermission.VIEW},
}
