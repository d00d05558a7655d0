"""The workbench's warnings: today's unacknowledged risk warnings of the user
(Feature.workbench of the risks feature, app/work_items.py).

A warning with one record behind it opens that record; one with several (the lead
pool, a week's late complaints) is of kind "risk" and opens the warning itself on
the risks tab (ui/risks/openers.py), its record_id the warning's `risk_key`."""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from app.context import Actor
from app.risk_kit import Severity
from app.risks.permissions import RiskPermission
from app.work_items import Section, WorkItem

RISK_KIND = "risk"


def risk_key(rule: str, subject: str) -> int:
    """A warning's id for the workbench's opener: stable for its rule and subject."""
    return zlib.crc32(f"{rule}|{subject}".encode())


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(RiskPermission.VIEW):
        return []
    overview = services.risks.current(actor, today)
    out = []
    for risk in overview.unacknowledged:
        finding = risk.finding
        if len(finding.records) == 1:
            kind, record_id = finding.records[0]
        else:
            kind, record_id = RISK_KIND, risk_key(finding.rule, finding.subject)
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
