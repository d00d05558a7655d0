"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.worklogs.translation import tr


def labels() -> dict[str, str]:
    return {
        "work_reports": tr("work plan or report", "audit record"),
        "daily_logs": tr("daily sales log", "audit record"),
    }
