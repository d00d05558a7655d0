"""The claim workflow of DESIGN.md section 5, in one transition table.

draft -> submitted -> department approved -> finance approved -> paid;
submitted / department approved -> draft (returned with a reason);
draft -> cancelled. Finance-approved and paid claims are immutable.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app import workflow as generic
from app.claims.permissions import ClaimPermission
from app.claims.translation import tr
from app.context import Actor
from app.errors import ConflictError
from app.permissions import Role
from db.models.budget_claims import ApprovalStep, ClaimStatus

# The UI takes the status and step names from here, not from db/.
S = ClaimStatus
Step = ApprovalStep
__all__ = ["TRANSITIONS", "ApprovalStep", "ClaimStatus", "Transition", "Who"]


class Who(Enum):
    CLAIMANT = "claimant"  # only the claimant (or an administrator)
    NOT_CLAIMANT = "not_claimant"  # anyone with the permission except the claimant


@dataclass(frozen=True)
class Transition(generic.Transition):
    """A claim move also names its approval step and who of the permission holders
    may take it."""

    step: str = Step.CLAIMANT
    who: Who = Who.CLAIMANT


TRANSITIONS: tuple[Transition, ...] = (
    Transition(
        "submit", S.DRAFT, S.SUBMITTED, ClaimPermission.CREATE_CLAIM, Step.CLAIMANT, Who.CLAIMANT
    ),
    Transition(
        "cancel", S.DRAFT, S.CANCELLED, ClaimPermission.CREATE_CLAIM, Step.CLAIMANT, Who.CLAIMANT
    ),
    Transition(
        "approve",
        S.SUBMITTED,
        S.DEPARTMENT_APPROVED,
        ClaimPermission.APPROVE_CLAIM_DEPARTMENT,
        Step.DEPARTMENT,
        Who.NOT_CLAIMANT,
    ),
    Transition(
        "return",
        S.SUBMITTED,
        S.DRAFT,
        ClaimPermission.APPROVE_CLAIM_DEPARTMENT,
        Step.DEPARTMENT,
        Who.NOT_CLAIMANT,
        needs_reason=True,
    ),
    Transition(
        "approve",
        S.DEPARTMENT_APPROVED,
        S.FINANCE_APPROVED,
        ClaimPermission.APPROVE_CLAIM_FINANCE,
        Step.FINANCE,
        Who.NOT_CLAIMANT,
    ),
    Transition(
        "return",
        S.DEPARTMENT_APPROVED,
        S.DRAFT,
        ClaimPermission.APPROVE_CLAIM_FINANCE,
        Step.FINANCE,
        Who.NOT_CLAIMANT,
        needs_reason=True,
    ),
    Transition(
        "pay", S.FINANCE_APPROVED, S.PAID, ClaimPermission.PAY_CLAIM, Step.CASHIER, Who.NOT_CLAIMANT
    ),
)

EDITABLE = frozenset({S.DRAFT})
IMMUTABLE = frozenset({S.FINANCE_APPROVED, S.PAID})


def status_label(status: str) -> str:
    return {
        S.DRAFT: tr("Draft", "claim status"),
        S.SUBMITTED: tr("Submitted", "claim status"),
        S.DEPARTMENT_APPROVED: tr("Department approved", "claim status"),
        S.FINANCE_APPROVED: tr("Finance approved", "claim status"),
        S.PAID: tr("Paid", "claim status"),
        S.CANCELLED: tr("Cancelled", "claim status"),
    }.get(status, status)


def action_label(action: str) -> str:
    return {
        "submit": tr("submit", "claim action"),
        "cancel": tr("cancel", "claim action"),
        "approve": tr("approve", "claim action"),
        "return": tr("return", "claim action"),
        "pay": tr("mark as paid", "claim action"),
    }.get(action, action)


def step_label(step: str) -> str:
    return {
        Step.CLAIMANT: tr("Claimant", "claim step"),
        Step.DEPARTMENT: tr("Department head", "claim step"),
        Step.FINANCE: tr("Finance review", "claim step"),
        Step.CASHIER: tr("Cashier", "claim step"),
    }.get(step, step)


def find(action: str, status: str) -> Transition:
    t = FLOW.find(action, status)
    if t is None:
        raise ConflictError(
            tr("A claim that is %s cannot be %s.") % (status_label(status), _past(action))
        )
    return t


def _past(action: str) -> str:
    return {
        "submit": tr("submitted", "claim action past"),
        "cancel": tr("cancelled", "claim action past"),
        "approve": tr("approved", "claim action past"),
        "return": tr("returned", "claim action past"),
        "pay": tr("paid", "claim action past"),
    }.get(action, action)


def _who_may(actor: Actor, t: Transition, claimant_user_id: int | None) -> bool:
    """The guard of FLOW: separation of duties between claimant and approvers, by
    account. The service also compares people (`duty_refusal`), which needs the claim's
    history."""
    is_claimant = actor.user_id is not None and actor.user_id == claimant_user_id
    if t.who is Who.CLAIMANT:
        return is_claimant or actor.role == Role.ADMIN
    # Approving and paying are a person's signature: an account that is nobody may not.
    return actor.staff_id is not None and not is_claimant


def _refusal(actor: Actor, t: Transition, claimant_user_id: int | None) -> str:
    if t.who is Who.CLAIMANT:
        return tr("Only the claimant may %s this claim.") % action_label(t.action)
    if actor.staff_id is None:
        return no_staff_refusal(t)
    return tr("You cannot %s your own claim.") % action_label(t.action)


def no_staff_refusal(t: Transition) -> str:
    return tr(
        "Your account is not linked to a staff member, so it cannot %s a claim: "
        "approvals and payments are signed by a person. Ask the administrator to link "
        "your account to your staff record."
    ) % action_label(t.action)


# A person: their staff record ("staff", id), or for an account without one the
# account itself ("user", id).
Person = tuple[str, int]


@dataclass(frozen=True)
class ClaimPeople:
    """Who has already acted on a claim in its current round, as people."""

    claimant: frozenset[Person]  # the claimant's account and staff record
    steps: tuple[tuple[str, frozenset[Person]], ...]  # (step, that signer) per current step


def duty_refusal(t: Transition, actor: frozenset[Person], people: ClaimPeople) -> str | None:
    """Separation of duties between people: whoever made the claim, or signed one of
    its steps, may not take another step of it (one person with two accounts is still
    one person). None when `actor` may take `t`."""
    if t.who is not Who.NOT_CLAIMANT:
        return None
    if actor & people.claimant:
        return tr("You cannot %s your own claim.") % action_label(t.action)
    for step, signer in people.steps:
        if actor & signer:
            return tr(
                "You already signed the %s step of this claim: the %s step needs another person."
            ) % (step_label(step), step_label(t.step))
    return None


FLOW: generic.Workflow[Transition] = generic.Workflow(
    "claim", ClaimStatus.ALL, TRANSITIONS, guard=_who_may, refusal=_refusal
)


def allowed(actor: Actor, t: Transition, claimant_user_id: int | None) -> bool:
    return FLOW.allowed(actor, t, claimant_user_id)


def check(actor: Actor, t: Transition, claimant_user_id: int | None) -> None:
    FLOW.check(actor, t, claimant_user_id)


def available_actions(actor: Actor, status: str, claimant_user_id: int | None) -> list[str]:
    """The actions this actor may take on a claim in `status` (for the UI)."""
    return [t.action for t in FLOW.available(actor, status, claimant_user_id)]


DELETABLE = frozenset({S.DRAFT, S.CANCELLED})
# A claim whose next step still checks budget, standards and duplicates.
WARNS_AHEAD = frozenset({S.DRAFT, *S.COMMITTED})


def scope_visible(actor: Actor, scope: str) -> bool:
    """Whether the claim list offers this actor the scope "mine", "to_approve" or "all"."""
    if scope == "mine":
        return actor.can(ClaimPermission.CREATE_CLAIM)
    if scope == "to_approve":
        return any(
            actor.can(p)
            for p in (
                ClaimPermission.APPROVE_CLAIM_DEPARTMENT,
                ClaimPermission.APPROVE_CLAIM_FINANCE,
                ClaimPermission.PAY_CLAIM,
            )
        )
    return actor.can(ClaimPermission.VIEW_ALL_CLAIMS)


def is_claimant_or_admin(actor: Actor, claimant_user_id: int | None) -> bool:
    return actor.user_id == claimant_user_id or actor.role == Role.ADMIN


def can_delete(actor: Actor, status: str, claimant_user_id: int | None) -> bool:
    """Drafts and cancelled claims, by their claimant or the administrator (soft delete)."""
    return status in DELETABLE and is_claimant_or_admin(actor, claimant_user_id)


def can_edit(actor: Actor, status: str, claimant_user_id: int | None) -> bool:
    t = Transition(
        "edit", S.DRAFT, S.DRAFT, ClaimPermission.CREATE_CLAIM, Step.CLAIMANT, Who.CLAIMANT
    )
    return status in EDITABLE and allowed(actor, t, claimant_user_id)
