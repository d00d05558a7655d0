"""What the audit feature lets a role do: only the administrator reads the log."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants


class AuditPermission(StrEnum):
    VIEW_AUDIT = "audit.view"


GRANTS: Grants = {}  # the administrator holds every permission
