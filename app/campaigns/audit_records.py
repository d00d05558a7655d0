"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.campaigns.translation import tr


def labels() -> dict[str, str]:
    return {
        "marketing_plans": tr("marketing plan", "audit record"),
        "marketing_plan_budgets": tr("plan budget line", "audit record"),
        "activities": tr("activity", "audit record"),
        "activity_members": tr("activity team member", "audit record"),
        "activity_terms": tr("promotion terms", "audit record"),
        "activity_materials": tr("activity material", "audit record"),
        "activity_costs": tr("activity cost", "audit record"),
        "activity_leads": tr("activity lead", "audit record"),
        "activity_photos": tr("activity photo", "audit record"),
    }
