"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.research.translation import tr


def labels() -> dict[str, str]:
    return {
        "research_plans": tr("research plan", "audit record"),
        "research_attachments": tr("research report file", "audit record"),
        "competitors": tr("competitor", "audit record"),
        "competitor_observations": tr("competitor observation", "audit record"),
    }
