"""Roles, and what each may do (DESIGN.md section 3).

Services check permissions; the UI only uses them to hide what would be refused.
Each feature declares its own permissions (a StrEnum in `app/<feature>/permissions.py`)
and the roles that hold them (its `GRANTS`); this module keeps the roles, the
platform's own permissions, and the union of the grants of the registered
features (app/features.py). The administrator holds every registered permission.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
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


# What a feature grants: role -> the permissions (members of its StrEnum) it holds.
Grants = Mapping[Role, Set[StrEnum]]


class PlatformPermission(StrEnum):
    MANAGE_SETTINGS = "settings.manage"
    BACKUP = "backup.run"
    RESTORE = "backup.restore"


PLATFORM_GRANTS: Grants = {
    Role.MANAGER: {PlatformPermission.BACKUP},
    Role.FINANCE: {PlatformPermission.BACKUP},
}

_cache: tuple[int, dict[Role, frozenset[str]]] | None = None


def role_permissions() -> dict[Role, frozenset[str]]:
    """Role -> the permissions it holds, over the features registered now."""
    global _cache
    from app import features

    generation = features.generation()
    if _cache is None or _cache[0] != generation:
        table: dict[Role, frozenset[str]] = {role: frozenset() for role in Role}
        every: set[str] = set()
        for feature in features.features():
            for enum in feature.permissions:
                every.update(enum)
            for role, granted in feature.grants.items():
                table[Role(role)] = table[Role(role)] | frozenset(granted)
        table[Role.ADMIN] = frozenset(every)  # the administrator may do everything
        _cache = (generation, table)
    return _cache[1]


def has_permission(role: str, permission: StrEnum) -> bool:
    try:
        return permission in role_permissions()[Role(role)]
    except ValueError:
        return False


def require(role: str, permission: StrEnum) -> None:
    if not has_permission(role, permission):
        raise PermissionDenied(
            tr("Your role (%s) may not do this (%s).") % (role_label(role), permission.value)
        )
