"""The audit log dialog for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _audit_log(ctx):
    from ui.audit.audit_dialog import AuditDialog

    dialog = AuditDialog(ctx)
    # Select an entry that changed a record, so the details pane shows named fields.
    rows = dialog.model.rows()
    index = next((i for i, r in enumerate(rows) if r.before and r.after), 0)
    if rows:
        dialog.view.setCurrentIndex(dialog.model.index(index, 0))
    return dialog


DIALOGS = [("audit-log", _audit_log)]
