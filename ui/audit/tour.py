"""The audit log dialog for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _audit_log(ctx):
    from ui.audit.audit_dialog import AuditDialog

    return AuditDialog(ctx)


DIALOGS = [("audit-log", _audit_log)]
