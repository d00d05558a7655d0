"""The append-only audit log."""

from __future__ import annotations

from app.audit.permissions import GRANTS, AuditPermission
from app.features import Feature

FEATURE = Feature(
    name="audit",
    models=("db.models.audit",),
    permissions=(AuditPermission,),
    grants=GRANTS,
    services={"audit": "app.audit.service:AuditService"},
    ui="ui.audit.feature",
)
