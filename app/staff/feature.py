"""Staff and departments: the worked example of a feature (docs/NEW_FEATURE.md)."""

from __future__ import annotations

from app.features import Feature
from app.staff.permissions import GRANTS, StaffPermission

FEATURE = Feature(
    name="staff",
    models=("db.models.staff",),  # its tables came with the platform revision 0001
    permissions=(StaffPermission,),
    grants=GRANTS,
    services={"staff": "app.staff.service:StaffService"},
    ui="ui.staff.feature",
)
