"""The record types of this feature's audit rows, in the reader's language
(app/audit/describe.py shows them; declared in the feature as audit_records)."""

from __future__ import annotations

from app.risks.translation import tr


def labels() -> dict[str, str]:
    return {"risk_acknowledgements": tr("risk warning acknowledgement", "audit record")}
