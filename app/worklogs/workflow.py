"""The plan and report workflow (DESIGN.md §5): draft → submitted → approved, or
returned with a reason (editable again) and submitted anew.

The guard's subject is (session, report): who may decide depends on departments.
"""

from __future__ import annotations

from typing import Any

from app.context import Actor
from app.workflow import Transition, Workflow
from app.worklogs import scope
from app.worklogs.permissions import WorklogsPermission as P
from app.worklogs.translation import tr
from db.models.worklogs import ReportStatus as S

EDITABLE = (S.DRAFT, S.RETURNED)


def _guard(actor: Actor, t: Transition, subject: Any) -> bool:
    session, report = subject
    if t.action == "submit":
        return True  # scope.check_may_write is checked by the service, with its message
    return scope.may_decide(session, actor, report)


def _refusal(actor: Actor, t: Transition, subject: Any) -> str:
    return tr("Only the author's manager can approve or return this, and never their own.")


FLOW: Workflow[Transition] = Workflow(
    "work plan or report",
    states=(S.DRAFT, S.SUBMITTED, S.APPROVED, S.RETURNED),
    transitions=(
        Transition("submit", S.DRAFT, S.SUBMITTED, None),
        Transition("submit", S.RETURNED, S.SUBMITTED, None),
        Transition("approve", S.SUBMITTED, S.APPROVED, P.APPROVE),
        Transition("return", S.SUBMITTED, S.RETURNED, P.APPROVE, needs_reason=True),
    ),
    guard=_guard,
    refusal=_refusal,
)
