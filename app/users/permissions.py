"""What the accounts feature lets a role do: only the administrator manages users."""

from __future__ import annotations

from enum import StrEnum

from app.permissions import Grants


class UserPermission(StrEnum):
    MANAGE_USERS = "users.manage"


GRANTS: Grants = {}  # the administrator holds every permission
