"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.appraisal.translation import tr


def labels() -> dict[str, str]:
    return {
        "appraisal_kpis": tr("KPI", "audit record"),
        "appraisal_templates": tr("appraisal template", "audit record"),
        "appraisal_template_items": tr("template KPI", "audit record"),
        "appraisal_targets": tr("KPI target", "audit record"),
        "appraisal_runs": tr("appraisal run", "audit record"),
        "appraisal_results": tr("appraisal result", "audit record"),
        "appraisal_scores": tr("KPI score", "audit record"),
    }
