"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.conduct.translation import tr


def labels() -> dict[str, str]:
    return {
        "conduct_records": tr("conduct record", "audit record"),
        "conduct_attachments": tr("conduct evidence", "audit record"),
        "conduct_import_mappings": tr("attendance import mapping", "audit record"),
    }
