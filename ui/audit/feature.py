"""The audit log: the Tools menu entry and the tour dialog (app/audit/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.audit.permissions import AuditPermission
from ui.features import UiFeature
from ui.menus import MenuEntry


def _open_audit(ctx, window) -> None:
    from ui.platform_actions import open_audit

    open_audit(ctx, window)


UI_FEATURE = UiFeature(
    menus=(
        MenuEntry(
            "tools",
            "audit",
            lambda: QCoreApplication.translate("MainWindow", "&Audit log..."),
            _open_audit,
            "Ctrl+Shift+A",
            lambda ctx: ctx.actor.can(AuditPermission.VIEW_AUDIT),
            "actionAudit",
        ),
    ),
    tour=("ui.audit.tour",),
)
