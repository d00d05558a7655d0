"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.calendar.translation import tr


def labels() -> dict[str, str]:
    return {
        "calendar_days": tr("holiday or working day", "audit record"),
        "school_terms": tr("school term", "audit record"),
    }
