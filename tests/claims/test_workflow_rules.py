"""The rules the claims UI asks app/claims/workflow.py instead of deciding itself."""

from __future__ import annotations

import pytest

from app.claims import workflow
from app.claims.workflow import ApprovalStep, ClaimStatus
from app.context import Actor


def _actor(user_id: int, role: str) -> Actor:
    return Actor(user_id=user_id, username=f"u{user_id}", role=role)


@pytest.mark.parametrize(
    "action,status,step",
    [
        ("submit", ClaimStatus.DRAFT, ApprovalStep.CLAIMANT),
        ("approve", ClaimStatus.SUBMITTED, ApprovalStep.DEPARTMENT),
        ("approve", ClaimStatus.DEPARTMENT_APPROVED, ApprovalStep.FINANCE),
        ("pay", ClaimStatus.FINANCE_APPROVED, ApprovalStep.CASHIER),
    ],
)
def test_signature_step_comes_from_the_transition_table(action, status, step):
    assert workflow.find(action, status).step == step


@pytest.mark.parametrize(
    "status,deletable",
    [
        (ClaimStatus.DRAFT, True),
        (ClaimStatus.CANCELLED, True),
        (ClaimStatus.SUBMITTED, False),
        (ClaimStatus.FINANCE_APPROVED, False),
    ],
)
def test_can_delete(status, deletable):
    assert workflow.can_delete(_actor(7, "staff"), status, 7) is deletable
    assert workflow.can_delete(_actor(1, "admin"), status, 7) is deletable
    assert workflow.can_delete(_actor(8, "manager"), status, 7) is False
