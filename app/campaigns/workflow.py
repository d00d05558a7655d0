"""The activity and marketing-plan workflows of DESIGN.md section 5, as tables.

Activity: draft -> submitted -> approved | rejected -> in progress -> completed
(summary required) | cancelled. A rejected activity is revised back to draft; an
approved one whose locked parts change (promotion terms, dates, budget) goes back
to submitted ("resubmit", taken by the service, never offered as a button).

Plan: draft -> submitted -> approved | returned; a returned plan is edited and
submitted again.
"""

from __future__ import annotations

from app.campaigns.permissions import CampaignPermission as P
from app.campaigns.translation import tr
from app.context import Actor
from app.errors import ConflictError
from app.workflow import Transition, Workflow
from db.models.campaigns import ActivityStatus as S
from db.models.campaigns import MarketingPlanStatus as PS

__all__ = ["ACTIVITY_FLOW", "PLAN_FLOW", "ActivityStatus", "MarketingPlanStatus"]
ActivityStatus = S
MarketingPlanStatus = PS

_CANCELLABLE = (S.DRAFT, S.SUBMITTED, S.APPROVED, S.REJECTED, S.IN_PROGRESS)

ACTIVITY_FLOW: Workflow[Transition] = Workflow(
    "activity",
    S.ALL,
    (
        Transition("submit", S.DRAFT, S.SUBMITTED, P.EDIT_ACTIVITIES),
        Transition("approve", S.SUBMITTED, S.APPROVED, P.APPROVE_ACTIVITIES),
        Transition("reject", S.SUBMITTED, S.REJECTED, P.APPROVE_ACTIVITIES, needs_reason=True),
        Transition("revise", S.REJECTED, S.DRAFT, P.EDIT_ACTIVITIES),
        Transition("resubmit", S.APPROVED, S.SUBMITTED, P.EDIT_ACTIVITIES),
        Transition("start", S.APPROVED, S.IN_PROGRESS, P.EDIT_ACTIVITIES),
        Transition("complete", S.IN_PROGRESS, S.COMPLETED, P.EDIT_ACTIVITIES),
        *(
            Transition("cancel", source, S.CANCELLED, P.EDIT_ACTIVITIES, needs_reason=True)
            for source in _CANCELLABLE
        ),
    ),
)
# Moves the UI offers as buttons ("resubmit" happens by editing locked parts).
ACTIVITY_ACTIONS = ("submit", "approve", "reject", "revise", "start", "complete", "cancel")
# Where everything may be edited; approved activities keep their locked parts.
EDITABLE = frozenset({S.DRAFT, S.REJECTED, S.SUBMITTED})
# Parts that were approved: changing them sends an approved activity back.
LOCKED_ON_APPROVAL = frozenset({S.APPROVED})
# No edits at all.
FROZEN = frozenset({S.IN_PROGRESS, S.COMPLETED, S.CANCELLED})

PLAN_FLOW: Workflow[Transition] = Workflow(
    "marketing plan",
    PS.ALL,
    (
        Transition("submit", PS.DRAFT, PS.SUBMITTED, P.EDIT_PLANS),
        Transition("submit", PS.RETURNED, PS.SUBMITTED, P.EDIT_PLANS),
        Transition("approve", PS.SUBMITTED, PS.APPROVED, P.APPROVE_PLANS),
        Transition("return", PS.SUBMITTED, PS.RETURNED, P.APPROVE_PLANS, needs_reason=True),
    ),
)
PLAN_ACTIONS = ("submit", "approve", "return")
PLAN_EDITABLE = frozenset({PS.DRAFT, PS.RETURNED})


def status_label(status: str) -> str:
    return {
        S.DRAFT: tr("Draft", "activity status"),
        S.SUBMITTED: tr("Submitted", "activity status"),
        S.APPROVED: tr("Approved", "activity status"),
        S.REJECTED: tr("Rejected", "activity status"),
        S.IN_PROGRESS: tr("In progress", "activity status"),
        S.COMPLETED: tr("Completed", "activity status"),
        S.CANCELLED: tr("Cancelled", "activity status"),
    }.get(status, status)


def plan_status_label(status: str) -> str:
    return {
        PS.DRAFT: tr("Draft", "plan status"),
        PS.SUBMITTED: tr("Submitted", "plan status"),
        PS.APPROVED: tr("Approved", "plan status"),
        PS.RETURNED: tr("Returned", "plan status"),
    }.get(status, status)


def action_label(action: str) -> str:
    return {
        "submit": tr("Submit for approval", "activity action"),
        "approve": tr("Approve", "activity action"),
        "reject": tr("Reject", "activity action"),
        "revise": tr("Revise", "activity action"),
        "resubmit": tr("Send back for approval", "activity action"),
        "start": tr("Start", "activity action"),
        "complete": tr("Complete", "activity action"),
        "cancel": tr("Cancel activity", "activity action"),
        "return": tr("Return", "plan action"),
    }.get(action, action)


def find_activity_move(action: str, status: str) -> Transition:
    t = ACTIVITY_FLOW.find(action, status)
    if t is None:
        raise ConflictError(
            tr("An activity that is %s cannot be changed that way (%s).")
            % (status_label(status), action_label(action))
        )
    return t


def find_plan_move(action: str, status: str) -> Transition:
    t = PLAN_FLOW.find(action, status)
    if t is None:
        raise ConflictError(
            tr("A plan that is %s cannot be changed that way (%s).")
            % (plan_status_label(status), action_label(action))
        )
    return t


def available_activity_actions(actor: Actor, status: str) -> list[str]:
    return [
        t.action for t in ACTIVITY_FLOW.available(actor, status) if t.action in ACTIVITY_ACTIONS
    ]


def available_plan_actions(actor: Actor, status: str) -> list[str]:
    return [t.action for t in PLAN_FLOW.available(actor, status)]
