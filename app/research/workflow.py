"""The research plan workflow (DESIGN.md §5): draft → submitted → approved, or
returned with a reason (editable again) and submitted anew. Nobody decides their
own plan."""

from __future__ import annotations

from typing import Any

from app.context import Actor
from app.research.permissions import ResearchPermission as P
from app.research.translation import tr
from app.workflow import Transition, Workflow
from db.models.research import PlanStatus as S

EDITABLE = (S.DRAFT, S.RETURNED)


def _guard(actor: Actor, t: Transition, subject: Any) -> bool:
    if t.action == "submit":
        return True
    return bool(subject.author_user_id is None or subject.author_user_id != actor.user_id)


def _refusal(actor: Actor, t: Transition, subject: Any) -> str:
    return tr("Nobody approves or returns their own research plan.")


FLOW: Workflow[Transition] = Workflow(
    "research plan",
    states=(S.DRAFT, S.SUBMITTED, S.APPROVED, S.RETURNED),
    transitions=(
        Transition("submit", S.DRAFT, S.SUBMITTED, P.PROPOSE),
        Transition("submit", S.RETURNED, S.SUBMITTED, P.PROPOSE),
        Transition("approve", S.SUBMITTED, S.APPROVED, P.APPROVE),
        Transition("return", S.SUBMITTED, S.RETURNED, P.APPROVE, needs_reason=True),
    ),
    guard=_guard,
    refusal=_refusal,
)
