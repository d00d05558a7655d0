"""The research feature's workbench items (app.work_items): submitted research plans
waiting for the one who approves them (never one's own), and the reports the actor
owes on their approved plans whose fieldwork ends within a week or has ended."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.context import Actor
from app.entities import kind
from app.money import format_money
from app.research.permissions import ResearchPermission
from app.research.translation import tr
from app.work_items import Section, WorkItem
from db.models.research import PlanStatus, ResearchPlan

# A report shows up this long before the plan's last day.
REPORT_AHEAD = dt.timedelta(days=7)


def _line(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(ResearchPermission.VIEW):
        return []
    found: list[WorkItem] = []
    plans = services.research.list_plans(actor)
    if actor.can(ResearchPermission.APPROVE):
        found.extend(
            WorkItem(
                Section.APPROVALS,
                tr("Research plan to approve: %s") % p.title,
                _line(p.author_name, format_money(p.budget_fen)),
                due=p.starts_on,
                overdue=p.starts_on < today,
                kind=kind(ResearchPlan),
                record_id=p.id,
            )
            for p in reversed(plans)
            if p.status == PlanStatus.SUBMITTED
            and (p.author_user_id is None or p.author_user_id != actor.user_id)
        )
    if actor.can(ResearchPermission.PROPOSE) and actor.user_id is not None:
        found.extend(
            WorkItem(
                Section.REPORTS,
                tr("Research report to write: %s") % p.title,
                tr("Fieldwork %s – %s") % (p.starts_on.isoformat(), p.ends_on.isoformat()),
                due=p.ends_on,
                overdue=p.ends_on < today,
                kind=kind(ResearchPlan),
                record_id=p.id,
            )
            for p in reversed(plans)
            if p.status == PlanStatus.APPROVED
            and p.author_user_id == actor.user_id
            and p.reported_at is None
            and p.ends_on <= today + REPORT_AHEAD
        )
    return found
