"""The workbench's warnings: today's unacknowledged risk warnings of the user
(Feature.workbench of the risks feature, app/work_items.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.context import Actor
from app.risk_kit import Severity
from app.risks.permissions import RiskPermission
from app.work_items import Section, WorkItem


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(RiskPermission.VIEW):
        return []
    overview = services.risks.current(actor, today)
    out = []
    for risk in overview.unacknowledged:
        finding = risk.finding
        kind, record_id = finding.records[0] if finding.records else ("", None)
        out.append(
            WorkItem(
                section=Section.WARNINGS,
                title=finding.message,
                detail=risk.rule_title,
                due=today,
                overdue=finding.severity == Severity.CRITICAL,
                kind=kind,
                record_id=record_id,
            )
        )
    return out
