"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.meetings.translation import tr


def labels() -> dict[str, str]:
    return {
        "meetings": tr("meeting", "audit record"),
        "meeting_invitees": tr("meeting attendance", "audit record"),
        "meeting_action_items": tr("action item", "audit record"),
        "meeting_survey_answers": tr("meeting survey answer", "audit record"),
    }
