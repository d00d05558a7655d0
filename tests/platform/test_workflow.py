"""The generic transition table (app/workflow.py) that every status workflow uses."""

from __future__ import annotations

import pytest

from app.budget.permissions import BudgetPermission
from app.context import Actor
from app.errors import PermissionDenied
from app.permissions import Role
from app.workflow import Transition, Workflow

DRAFT, SUBMITTED, APPROVED, REJECTED = "draft", "submitted", "approved", "rejected"


def _actor(role: str, user_id: int = 1) -> Actor:
    return Actor(user_id=user_id, username=f"u{user_id}", role=role)


def _flow(**kw) -> Workflow[Transition]:
    return Workflow(
        "thing",
        (DRAFT, SUBMITTED, APPROVED, REJECTED),
        (
            Transition("submit", DRAFT, SUBMITTED, BudgetPermission.EDIT_BUDGET_PLAN),
            Transition("approve", SUBMITTED, APPROVED, BudgetPermission.APPROVE_BUDGET_PLAN),
            Transition(
                "reject",
                SUBMITTED,
                REJECTED,
                BudgetPermission.APPROVE_BUDGET_PLAN,
                needs_reason=True,
            ),
            Transition("return", SUBMITTED, DRAFT, BudgetPermission.APPROVE_BUDGET_PLAN),
        ),
        **kw,
    )


def test_table_lookups():
    flow = _flow()
    assert flow.find("approve", SUBMITTED).target == APPROVED
    assert flow.find("approve", DRAFT) is None
    assert flow.between(SUBMITTED, REJECTED).needs_reason
    assert flow.between(DRAFT, APPROVED) is None
    assert flow.table() == {
        DRAFT: {SUBMITTED},
        SUBMITTED: {APPROVED, REJECTED, DRAFT},
        APPROVED: frozenset(),
        REJECTED: frozenset(),
    }
    assert flow.terminal() == {APPROVED, REJECTED}


def test_permissions_decide_who_may_move():
    flow = _flow()
    finance, staff = _actor(Role.FINANCE), _actor(Role.STAFF)
    approve = flow.find("approve", SUBMITTED)
    assert flow.allowed(finance, approve) and not flow.allowed(staff, approve)
    flow.check(finance, approve)
    with pytest.raises(PermissionDenied):
        flow.check(staff, approve)
    assert [t.action for t in flow.available(finance, SUBMITTED)] == [
        "approve",
        "reject",
        "return",
    ]
    assert flow.available(staff, SUBMITTED) == []


def test_guard_and_its_refusal():
    """The guard adds what the permission cannot say (here: not on your own record)."""
    flow = _flow(
        guard=lambda actor, t, owner_id: t.action == "submit" or actor.user_id != owner_id,
        refusal=lambda actor, t, owner_id: f"You cannot {t.action} your own thing.",
    )
    manager = _actor(Role.ADMIN, user_id=7)
    approve = flow.find("approve", SUBMITTED)
    assert flow.allowed(manager, approve, 8)
    assert not flow.allowed(manager, approve, 7)
    with pytest.raises(PermissionDenied, match="You cannot approve your own thing."):
        flow.check(manager, approve, 7)
    assert [t.action for t in flow.available(manager, SUBMITTED, 7)] == []


def test_hooks_run_for_the_action_and_the_target_state_once_each():
    calls = []
    flow = _flow(
        hooks={
            "approve": [lambda t, subject, **ctx: calls.append(("action", subject, ctx))],
            APPROVED: [lambda t, subject, **ctx: calls.append(("state", subject, ctx))],
        }
    )
    flow.run_hooks(flow.find("approve", SUBMITTED), "plan", actor="me")
    flow.run_hooks(flow.find("return", SUBMITTED), "plan")
    assert calls == [("action", "plan", {"actor": "me"}), ("state", "plan", {"actor": "me"})]
    same = Workflow(
        "named by target",
        (DRAFT, SUBMITTED),
        [Transition(SUBMITTED, DRAFT, SUBMITTED)],
        hooks={SUBMITTED: [lambda t, subject: calls.append("once")]},
    )
    same.run_hooks(same.find(SUBMITTED, DRAFT), None)
    assert calls[-2:] == [("state", "plan", {"actor": "me"}), "once"]


@pytest.mark.parametrize(
    ("states", "transitions", "hooks", "problem"),
    [
        ((DRAFT,), [Transition("go", DRAFT, SUBMITTED)], None, "unknown state"),
        ((DRAFT, DRAFT), [], None, "listed twice"),
        (
            (DRAFT, SUBMITTED),
            [Transition("go", DRAFT, SUBMITTED), Transition("go", DRAFT, DRAFT)],
            None,
            "two moves",
        ),
        ((DRAFT,), [], {"fly": []}, "unknown actions"),
    ],
)
def test_a_bad_table_fails_when_it_is_built(states, transitions, hooks, problem):
    with pytest.raises(ValueError, match=problem):
        Workflow("bad", states, transitions, hooks=hooks)


def test_the_features_share_the_shape():
    from app.budget.plans import PLAN_FLOW
    from app.claims.workflow import FLOW as CLAIM_FLOW
    from app.customers.pipeline import COMPLAINT_WORKFLOW, CUSTOMER_FLOW, TRIAL_WORKFLOW

    for flow in (PLAN_FLOW, CLAIM_FLOW, CUSTOMER_FLOW, TRIAL_WORKFLOW, COMPLAINT_WORKFLOW):
        assert isinstance(flow, Workflow)
        assert all(isinstance(t, Transition) for t in flow.transitions)
    assert CLAIM_FLOW.terminal() == {"paid", "cancelled"}
    assert CUSTOMER_FLOW.between("contacted", "lost").needs_reason
