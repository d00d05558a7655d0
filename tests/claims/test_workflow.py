"""The claim transition table: every transition and every forbidden one, per role."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.claims import workflow
from app.claims.rows import ClaimInput
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.permissions import Role
from db.models.audit import AuditEntry
from db.models.budget_claims import ClaimStatus as S
from tests.budget.helpers import approved_plan, line, new_claim, tiny_png

ROLES = [r.value for r in Role]
PATH = [S.DRAFT, S.SUBMITTED, S.DEPARTMENT_APPROVED, S.FINANCE_APPROVED, S.PAID]
# status -> (action, the role that does it on the happy path)
HAPPY = {
    S.DRAFT: ("submit", "staff"),
    S.SUBMITTED: ("approve", "manager"),
    S.DEPARTMENT_APPROVED: ("approve", "finance"),
    # The finance reviewer may not also pay: another person (here the administrator) pays.
    S.FINANCE_APPROVED: ("pay", "admin"),
}


def _plan(services, actors, cats):
    approved_plan(services, actors, {(cats["travel"], 3): 10_000_00})


def _claim_in(services, actors, cats, status: str):
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 500_00)])
    for current in PATH:
        if current == status:
            return claim
        action, role = HAPPY[current]
        claim = getattr(services.claims, action)(actors[role], claim.id, claim.version).claim
    return claim


def _do(services, actor, claim, action):
    if action == "return":
        return services.claims.return_claim(actor, claim.id, claim.version, "发票不清晰")
    return (
        getattr(services.claims, action)(actor, claim.id, claim.version, acknowledge=True)
        if action in ("submit", "approve")
        else getattr(services.claims, action)(actor, claim.id, claim.version)
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "status", [S.DRAFT, S.SUBMITTED, S.DEPARTMENT_APPROVED, S.FINANCE_APPROVED, S.PAID, S.CANCELLED]
)
@pytest.mark.parametrize("action", ["submit", "cancel", "approve", "return", "pay"])
def test_transition_matrix(services, actors, cats, role, status, action):
    """Allowed exactly when the table has (action, status) and the role may do it."""
    _plan(services, actors, cats)
    if status == S.CANCELLED:
        claim = _claim_in(services, actors, cats, S.DRAFT)
        claim = services.claims.cancel(actors["staff"], claim.id, claim.version).claim
    else:
        claim = _claim_in(services, actors, cats, status)
    actor = actors[role]
    expected = [t for t in workflow.TRANSITIONS if t.action == action and t.source == status]
    offered = bool(expected) and workflow.allowed(actor, expected[0], claim.claimant_user_id)
    # Hand-written expectations of the roles table, independent of the code above.
    by_hand = {
        ("submit", S.DRAFT): {"staff", "admin"},
        ("cancel", S.DRAFT): {"staff", "admin"},
        ("approve", S.SUBMITTED): {"manager", "admin"},
        ("return", S.SUBMITTED): {"manager", "admin"},
        ("approve", S.DEPARTMENT_APPROVED): {"finance", "admin"},
        ("return", S.DEPARTMENT_APPROVED): {"finance", "admin"},
        # Finance signed the finance step of this claim: paying it is another person's.
        ("pay", S.FINANCE_APPROVED): {"admin"},
    }
    allowed = role in by_hand.get((action, status), set())
    # The account-level table (what the list offers) cannot know who signed which step;
    # the service refuses the person who did.
    signed_before = (action, status, role) == ("pay", S.FINANCE_APPROVED, "finance")
    assert offered == (allowed or signed_before)
    if allowed:
        result = _do(services, actor, claim, action)
        assert result.done
        assert result.claim.status == expected[0].target
    else:
        with pytest.raises((PermissionDenied, ConflictError)):
            _do(services, actor, claim, action)
        assert services.claims.get_claim(actors["admin"], claim.id).status == status


def test_happy_path_records_signoffs(services, actors, cats):
    _plan(services, actors, cats)
    png = tiny_png()
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 500_00)])
    assert claim.number == "BX-2026-0001"
    claim = services.claims.submit(
        actors["staff"], claim.id, claim.version, signature_png=png
    ).claim
    claim = services.claims.approve(actors["manager"], claim.id, claim.version).claim
    claim = services.claims.approve(
        actors["finance"], claim.id, claim.version, signature_png=png
    ).claim
    claim = services.claims.pay(actors["admin"], claim.id, claim.version).claim
    assert claim.status == S.PAID
    signoffs = services.claims.signoffs(actors["finance"], claim.id)
    assert set(signoffs) == {"claimant", "department", "finance", "cashier"}
    assert signoffs["claimant"].signature_png == png
    assert signoffs["department"].signature_png is None
    assert signoffs["department"].display_name == "manager"


def test_return_needs_reason_and_reopens_for_claimant(services, actors, cats):
    _plan(services, actors, cats)
    claim = _claim_in(services, actors, cats, S.DEPARTMENT_APPROVED)
    with pytest.raises(ValidationError) as exc:
        services.claims.return_claim(actors["finance"], claim.id, claim.version, "  ")
    assert exc.value.field == "reason"
    claim = services.claims.return_claim(
        actors["finance"], claim.id, claim.version, "缺少发票"
    ).claim
    assert claim.status == S.DRAFT and claim.return_reason == "缺少发票"
    assert services.claims.signoffs(actors["staff"], claim.id) == {}
    updated = services.claims.update_claim(
        actors["staff"],
        claim.id,
        claim.version,
        ClaimInput("补充发票", [line(cats["travel"], 400_00)]),
    )
    assert updated.total_fen == 400_00
    resubmitted = services.claims.submit(actors["staff"], updated.id, updated.version).claim
    assert resubmitted.status == S.SUBMITTED and resubmitted.return_reason == ""


def test_other_staff_cannot_edit_or_see(services, actors, cats):
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100_00)])
    with pytest.raises(PermissionDenied):
        services.claims.update_claim(
            actors["service"], claim.id, claim.version, ClaimInput("x", [])
        )
    with pytest.raises(PermissionDenied):
        services.claims.get_claim(actors["service"], claim.id)


@pytest.mark.parametrize("status", [S.SUBMITTED, S.FINANCE_APPROVED, S.PAID])
def test_no_edits_after_draft(services, actors, cats, status):
    """Finance-approved (and any non-draft) claims are immutable: lines, attachments, delete."""
    _plan(services, actors, cats)
    claim = _claim_in(services, actors, cats, status)
    before = services.claims.get_claim(actors["admin"], claim.id)
    for actor in (actors["staff"], actors["admin"]):
        with pytest.raises(ConflictError):
            services.claims.update_claim(
                actor, claim.id, claim.version, ClaimInput("改", [line(cats["travel"], 1)])
            )
        with pytest.raises(ConflictError):
            services.claims.add_attachment(actor, claim.id, "a.png", tiny_png())
        with pytest.raises(ConflictError):
            services.claims.delete_claim(actor, claim.id, claim.version)
    assert services.claims.get_claim(actors["admin"], claim.id) == before


def test_stale_edit_refused(services, actors, cats):
    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100_00)])
    services.claims.update_claim(
        actors["staff"], claim.id, claim.version, ClaimInput("一", [line(cats["travel"], 100_00)])
    )
    with pytest.raises(ConflictError):
        services.claims.update_claim(
            actors["staff"],
            claim.id,
            claim.version,
            ClaimInput("二", [line(cats["travel"], 100_00)]),
        )


def test_soft_delete_and_restore(services, actors, cats):
    from app.claims.rows import ClaimFilter

    claim = new_claim(services, actors["staff"], [line(cats["travel"], 100_00)])
    services.claims.delete_claim(actors["staff"], claim.id, claim.version)
    assert services.claims.list_claims(actors["staff"], ClaimFilter()) == []
    deleted = services.claims.get_claim(actors["staff"], claim.id)
    assert deleted.deleted
    restored = services.claims.restore_claim(actors["staff"], claim.id, deleted.version)
    assert not restored.deleted
    assert [c.id for c in services.claims.list_claims(actors["staff"], ClaimFilter())] == [claim.id]


def test_transitions_are_audited(services, actors, cats):
    _plan(services, actors, cats)
    claim = _claim_in(services, actors, cats, S.PAID)
    with services.db.session() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity == "claims", AuditEntry.entity_id == str(claim.id))
                .order_by(AuditEntry.id)
            )
        )
    assert actions == ["create", "submit", "approve", "approve", "pay"]


def test_count_claims_matches_the_list_past_its_limit(services, actors, cats):
    """The tab's "to approve" count: the same claims as the list, not capped by its limit."""
    from app.claims.rows import ClaimFilter

    _plan(services, actors, cats)
    for i, target in enumerate((S.SUBMITTED, S.SUBMITTED, S.DEPARTMENT_APPROVED)):
        claim = new_claim(
            services, actors["staff"], [line(cats["travel"], (100 + i) * 100)], purpose=f"推广{i}"
        )
        for current in PATH[: PATH.index(target)]:
            action, role = HAPPY[current]
            claim = _do(services, actors[role], claim, action).claim
    new_claim(services, actors["staff"], [line(cats["travel"], 100_00)])  # a draft
    for role in ("admin", "manager", "finance", "staff"):
        for scope in ("mine", "to_approve", "all"):
            flt = ClaimFilter(scope=scope)
            try:
                listed = services.claims.list_claims(actors[role], flt)
            except PermissionDenied:
                with pytest.raises(PermissionDenied):
                    services.claims.count_claims(actors[role], flt)
                continue
            assert services.claims.count_claims(actors[role], flt) == len(listed), (role, scope)
    manager = actors["manager"]
    to_approve = ClaimFilter(scope="to_approve")
    assert services.claims.count_claims(manager, to_approve) >= 2
    capped = ClaimFilter(scope="to_approve", limit=1)
    assert len(services.claims.list_claims(manager, capped)) == 1
    assert services.claims.count_claims(manager, capped) == services.claims.count_claims(
        manager, to_approve
    )
