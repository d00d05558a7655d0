"""Separation of duties between people (staff members), not accounts (issue 21)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.errors import PermissionDenied
from app.permissions import Role
from app.users.service import actor_for
from db.models.audit import AuditEntry
from db.models.budget_claims import Claim, ClaimApproval
from db.models.users import User
from tests.budget.helpers import approved_plan, line, new_claim


@pytest.fixture
def claim(services, actors, cats):
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_00})
    return new_claim(services, actors["staff"], [line(cats["travel"], 500_00)])


def _account(services, role: Role, username: str, staff_id: int | None) -> Actor:
    row = services.users.create_user(
        Actor.command_line(),
        username=username,
        display_name=username,
        role=role,
        password="secret-pass-1",
        staff_id=staff_id,
    )
    with services.db.session() as session:
        return actor_for(session.get(User, row.id))


def _written(services, claim_id: int) -> tuple:
    """What a refused call must leave alone: the claim's version, its steps, the log."""
    with services.db.session() as session:
        return (
            session.get(Claim, claim_id).version,
            session.scalar(select(func.count()).where(ClaimApproval.claim_id == claim_id)),
            session.scalar(select(func.count(AuditEntry.id))),
        )


def _refused(services, call, claim_id: int, words: str) -> None:
    before = _written(services, claim_id)
    with pytest.raises(PermissionDenied) as exc:
        call()
    assert words in exc.value.message
    assert _written(services, claim_id) == before


def _step(services, actor, claim, action="approve"):
    return getattr(services.claims, action)(actor, claim.id, claim.version).claim


def test_one_account_cannot_approve_both_steps(services, actors, claim):
    admin = actors["admin"]
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, admin, claim)
    _refused(
        services,
        lambda: services.claims.approve(admin, claim.id, claim.version),
        claim.id,
        "already signed",
    )


def test_department_approver_cannot_pay(services, actors, claim):
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, actors["admin"], claim)
    claim = _step(services, actors["finance"], claim)
    _refused(
        services,
        lambda: services.claims.pay(actors["admin"], claim.id, claim.version),
        claim.id,
        "already signed",
    )


def test_finance_reviewer_cannot_pay_what_he_approved(services, actors, claim):
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, actors["manager"], claim)
    claim = _step(services, actors["finance"], claim)
    _refused(
        services,
        lambda: services.claims.pay(actors["finance"], claim.id, claim.version),
        claim.id,
        "already signed",
    )
    # Another person pays.
    assert _step(services, actors["admin"], claim, "pay").status == "paid"


def test_second_account_of_the_claimant_cannot_approve(services, actors, claim):
    claim = _step(services, actors["staff"], claim, "submit")
    twin = _account(services, Role.MANAGER, "staff-as-manager", actors["staff"].staff_id)
    _refused(
        services,
        lambda: services.claims.approve(twin, claim.id, claim.version),
        claim.id,
        "your own claim",
    )
    _refused(
        services,
        lambda: services.claims.return_claim(twin, claim.id, claim.version, "x"),
        claim.id,
        "your own claim",
    )


def test_second_account_of_an_approver_cannot_take_the_next_step(services, actors, claim):
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, actors["manager"], claim)
    twin = _account(services, Role.FINANCE, "manager-as-finance", actors["manager"].staff_id)
    _refused(
        services,
        lambda: services.claims.approve(twin, claim.id, claim.version),
        claim.id,
        "already signed",
    )


def test_account_without_staff_link_cannot_approve_or_pay(services, actors, claim):
    nobody = _account(services, Role.ADMIN, "root", None)
    claim = _step(services, actors["staff"], claim, "submit")
    _refused(
        services,
        lambda: services.claims.approve(nobody, claim.id, claim.version),
        claim.id,
        "not linked to a staff member",
    )
    claim = _step(services, actors["manager"], claim)
    claim = _step(services, actors["finance"], claim)
    _refused(
        services,
        lambda: services.claims.pay(nobody, claim.id, claim.version),
        claim.id,
        "not linked to a staff member",
    )
    # The command line is nobody either.
    _refused(
        services,
        lambda: services.claims.pay(Actor.command_line(), claim.id, claim.version),
        claim.id,
        "not linked to a staff member",
    )


def test_staff_link_is_read_from_the_database(services, actors, claim):
    """An actor signed in before the administrator unlinked the account is still nobody."""
    claim = _step(services, actors["staff"], claim, "submit")
    with services.db.session() as session, session.begin():
        session.get(User, actors["manager"].user_id).staff_id = None
    _refused(
        services,
        lambda: services.claims.approve(actors["manager"], claim.id, claim.version),
        claim.id,
        "not linked to a staff member",
    )


def test_a_returned_claim_starts_a_new_round(services, actors, claim):
    """Sign-offs of a returned round are history: the same people sign the new round."""
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, actors["manager"], claim)
    claim = services.claims.return_claim(actors["finance"], claim.id, claim.version, "缺发票").claim
    claim = _step(services, actors["staff"], claim, "submit")
    claim = _step(services, actors["manager"], claim)
    claim = _step(services, actors["finance"], claim)
    assert _step(services, actors["admin"], claim, "pay").status == "paid"
