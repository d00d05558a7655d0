"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.booth.translation import tr


def labels() -> dict[str, str]:
    return {
        "booth_kits": tr("booth kit", "audit record"),
        "booth_competitor_notes": tr("competitor seen at the booth", "audit record"),
    }
