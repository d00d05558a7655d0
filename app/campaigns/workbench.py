"""The campaigns' workbench items (app.work_items): submitted marketing plans and
activities waiting for the one who approves them (a manager)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from app.campaigns.permissions import CampaignPermission
from app.campaigns.plans import period_label
from app.campaigns.translation import tr
from app.campaigns.workflow import ActivityStatus, MarketingPlanStatus
from app.context import Actor
from app.entities import kind
from app.money import format_money
from app.work_items import Section, WorkItem
from db.models.campaigns import Activity, MarketingPlan


def _line(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    found: list[WorkItem] = []
    if actor.can(CampaignPermission.APPROVE_PLANS):
        for plan in services.marketing_plans.list_plans(actor):
            if plan.status != MarketingPlanStatus.SUBMITTED:
                continue
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("Marketing plan to approve: %s") % plan.name,
                    period_label(plan.period_kind, plan.year, plan.period)
                    + (
                        f" · {format_money(plan.budget_total_fen)}" if plan.budget_total_fen else ""
                    ),
                    kind=kind(MarketingPlan),
                    record_id=plan.id,
                )
            )
    if actor.can(CampaignPermission.APPROVE_ACTIVITIES):
        # The service's own list (its permission check and row shape), by status.
        waiting = select(Activity).where(Activity.status == ActivityStatus.SUBMITTED)
        for row in services.campaigns._rows(actor, waiting):
            starts = row.starts_at.astimezone().date()
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("Activity to approve: %s") % row.name,
                    _line(row.owner_name, format_money(row.budget_fen), row.venue),
                    due=starts,
                    overdue=starts < today,
                    kind=kind(Activity),
                    record_id=row.id,
                )
            )
    return found
