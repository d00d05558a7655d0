"""Accounts and roles."""

from __future__ import annotations

from app.features import Feature
from app.users.permissions import GRANTS, UserPermission

FEATURE = Feature(
    name="users",
    models=("db.models.users",),
    permissions=(UserPermission,),
    grants=GRANTS,
    services={"users": "app.users.service:UserService"},
    ui="ui.users.feature",
)
