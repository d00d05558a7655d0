"""Claim transitions: submit, approve (department / finance), return, pay, cancel.

Each call looks its step up in `workflow.TRANSITIONS`. Warnings (over the
remaining budget, over a reimbursement standard, a possible duplicate) come back
in `TransitionResult.warnings` with `done=False` and nothing written; the caller
confirms and repeats the call with `acknowledge=True`. Finance approval over the
budget is not a warning: it needs OVERRIDE_BUDGET and an `override_reason`.
"""

from __future__ import annotations

from sqlalchemy import select

from app.budget.invoices import check_invoice_unused
from app.claims import workflow
from app.claims.checks import (
    age_warnings,
    budget_overruns,
    duplicate_warnings,
    load_categories,
    standard_warnings,
)
from app.claims.permissions import ClaimPermission
from app.claims.rows import ClaimWarning, TransitionResult
from app.claims.translation import tr
from app.claims.views import claim_view
from app.context import Actor, actor_name
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.service import Transaction, snapshot
from app.validation import check_text
from db.models.budget_claims import ApprovalStep, Claim, ClaimApproval
from db.models.budget_claims import ClaimStatus as S
from db.models.users import User
from db.types import utcnow

MAX_SIGNATURE_BYTES = 2 * 1024 * 1024
# Where finance approves or pays: the steps that check the invoices are there.
FINANCE_STEPS = frozenset({S.DEPARTMENT_APPROVED, S.FINANCE_APPROVED})


def attachment_warnings(claim: Claim) -> list[ClaimWarning]:
    """Finance is warned when a claim has neither scanned invoices nor paper ones."""
    if claim.attachments or claim.paper_count > 0:
        return []
    return [
        ClaimWarning(
            "no_attachments",
            tr(
                "Claim %s has no scanned invoices and no paper attachments: check the "
                "invoices before approving or paying it."
            )
            % claim.number,
        )
    ]


def _check_signature(png: bytes | None) -> bytes | None:
    if png is None:
        return None
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError("signature", tr("The signature must be a PNG image under 2 MB."))
    return png


def _check_duties(tx: Transaction, actor: Actor, t: workflow.Transition, claim: Claim) -> None:
    """Compare people, not accounts: staff links are read from the database (an
    Actor's link is as of its sign-in)."""
    if t.who is not workflow.Who.NOT_CLAIMANT:
        return
    current = [a for a in claim.approvals if a.current]
    user_ids = {actor.user_id, claim.claimant_user_id, *(a.user_id for a in current)} - {None}
    query = select(User.id, User.staff_id).where(User.id.in_(user_ids))
    staff_of = {user_id: staff_id for user_id, staff_id in tx.session.execute(query)}

    def person(user_id: int | None) -> frozenset[workflow.Person]:
        if user_id is None:
            return frozenset()
        staff_id = staff_of.get(user_id)
        found = {("user", user_id)}
        if staff_id is not None:
            found.add(("staff", staff_id))
        return frozenset(found)

    if actor.user_id is None or staff_of.get(actor.user_id) is None:
        raise PermissionDenied(workflow.no_staff_refusal(t))
    claimant = set(person(claim.claimant_user_id))
    if claim.claimant_staff_id is not None:
        claimant.add(("staff", claim.claimant_staff_id))
    people = workflow.ClaimPeople(
        frozenset(claimant), tuple((a.step, person(a.user_id)) for a in current)
    )
    refusal = workflow.duty_refusal(t, person(actor.user_id), people)
    if refusal:
        raise PermissionDenied(refusal)


class ClaimActionsMixin:
    def submit(
        self,
        actor: Actor,
        claim_id: int,
        expected_version: int,
        *,
        acknowledge: bool = False,
        signature_png: bytes | None = None,
    ) -> TransitionResult:
        return self._transition(
            actor,
            claim_id,
            expected_version,
            "submit",
            acknowledge=acknowledge,
            signature_png=signature_png,
        )

    def approve(
        self,
        actor: Actor,
        claim_id: int,
        expected_version: int,
        *,
        acknowledge: bool = False,
        override_reason: str = "",
        note: str = "",
        signature_png: bytes | None = None,
    ) -> TransitionResult:
        """Department approval of a submitted claim, or finance approval of a
        department-approved one (the claim's status decides the step)."""
        return self._transition(
            actor,
            claim_id,
            expected_version,
            "approve",
            acknowledge=acknowledge,
            override_reason=override_reason,
            note=note,
            signature_png=signature_png,
        )

    def return_claim(
        self, actor: Actor, claim_id: int, expected_version: int, reason: str
    ) -> TransitionResult:
        return self._transition(actor, claim_id, expected_version, "return", note=reason)

    def pay(
        self,
        actor: Actor,
        claim_id: int,
        expected_version: int,
        *,
        acknowledge: bool = False,
        signature_png: bytes | None = None,
        note: str = "",
    ) -> TransitionResult:
        """Mark paid; warns (confirm with acknowledge=True) when nothing is attached."""
        return self._transition(
            actor,
            claim_id,
            expected_version,
            "pay",
            acknowledge=acknowledge,
            note=note,
            signature_png=signature_png,
        )

    def cancel(self, actor: Actor, claim_id: int, expected_version: int) -> TransitionResult:
        return self._transition(actor, claim_id, expected_version, "cancel")

    def warnings(self, actor: Actor, claim_id: int) -> list[ClaimWarning]:
        """Everything the next step would warn about, for the editor to show."""
        with self.read(actor, None) as session:  # type: ignore[attr-defined]
            claim = session.get(Claim, claim_id)
            if claim is None:
                return []
            self._check_can_view(actor, claim)  # type: ignore[attr-defined]
            categories = load_categories(session)
            return (
                budget_overruns(session, claim, categories)
                + standard_warnings(claim.lines, categories)
                + duplicate_warnings(session, claim, categories)
                + self._age_warnings(actor, claim)
                + (attachment_warnings(claim) if claim.status in FINANCE_STEPS else [])
            )

    def _age_warnings(self, actor: Actor, claim: Claim) -> list[ClaimWarning]:
        max_days = self.office.current(actor).max_expense_age_days  # type: ignore[attr-defined]
        return age_warnings(claim.lines, max_days, claim.claim_date)

    def _transition(
        self,
        actor: Actor,
        claim_id: int,
        expected_version: int,
        action: str,
        *,
        acknowledge: bool = False,
        override_reason: str = "",
        note: str = "",
        signature_png: bytes | None = None,
    ) -> TransitionResult:
        signature_png = _check_signature(signature_png)
        note = check_text(
            note, "reason" if action == "return" else "note", limit=2000, label=tr("The reason")
        )
        override_reason = check_text(
            override_reason, "override_reason", limit=2000, label=tr("The override reason")
        )
        with self.tx(actor, None) as tx:  # type: ignore[attr-defined]
            claim = tx.get(Claim, claim_id, expected_version)
            if claim.deleted_at is not None:
                raise ConflictError(tr("The claim %s is deleted.") % claim.number)
            t = workflow.find(action, claim.status)
            workflow.check(actor, t, claim.claimant_user_id)
            _check_duties(tx, actor, t, claim)
            if t.needs_reason and not note:
                raise ValidationError("reason", tr("Say why the claim is returned."))
            categories = load_categories(tx.session)
            warnings: list[ClaimWarning] = []
            overruns: list[ClaimWarning] = []
            if action in ("submit", "approve"):
                self._check_complete(tx, claim)
                overruns = budget_overruns(tx.session, claim, categories)
                warnings = (
                    standard_warnings(claim.lines, categories)
                    + duplicate_warnings(tx.session, claim, categories)
                    + self._age_warnings(actor, claim)
                )
                if t.step == ApprovalStep.FINANCE and overruns:
                    self._check_override(actor, overruns, override_reason)
                else:
                    warnings = overruns + warnings
            if claim.status in FINANCE_STEPS and action in ("approve", "pay"):
                warnings = warnings + attachment_warnings(claim)
            if warnings and not acknowledge:
                refused = TransitionResult(False, claim_view(claim, categories), warnings)
                return tx.done(refused)  # type: ignore[no-any-return]  # tx is untyped in the mixin
            before = snapshot(claim)
            self._apply(tx, actor, claim, t, note, signature_png)
            if t.step == ApprovalStep.FINANCE and overruns and action == "approve":
                claim.budget_override_reason = override_reason
                tx.audit(
                    "budget_override",
                    claim,
                    before,
                    summary=(
                        f"{claim.number}: {override_reason} | "
                        + " | ".join(w.message for w in overruns)
                    ),
                )
            summary = claim.number
            if warnings:
                summary += (
                    " | "
                    + tr("confirmed warnings:")
                    + " "
                    + " | ".join(w.message for w in warnings)
                )
            if note:
                summary += f" | {note}"
            tx.audit(action, claim, before, summary=summary)
            moved = TransitionResult(True, claim_view(claim, categories), warnings)
            return tx.done(moved)  # type: ignore[no-any-return]  # tx is untyped in the mixin

    @staticmethod
    def _check_complete(tx: Transaction, claim: Claim) -> None:
        if not claim.lines:
            raise ValidationError("lines", tr("The claim has no lines."))
        for i, line in enumerate(claim.lines, start=1):
            if not line.invoice_key:
                raise ValidationError(
                    f"lines.{i}.invoice_number",
                    tr(
                        "Line %d has no invoice: enter the invoice code and number, or the "
                        "20-digit all-electronic invoice number."
                    )
                    % i,
                )
        check_invoice_unused(tx.session, [ln.invoice_key for ln in claim.lines], claim.id)

    @staticmethod
    def _check_override(actor: Actor, overruns: list[ClaimWarning], reason: str) -> None:
        figures = " ".join(w.message for w in overruns)
        if not actor.can(ClaimPermission.OVERRIDE_BUDGET):
            raise PermissionDenied(
                tr(
                    "The claim is over the budget and approving it needs the budget override "
                    "permission. Ask for a budget adjustment or an administrator. %s"
                )
                % figures
            )
        if not reason:
            raise ValidationError(
                "override_reason",
                tr("The claim is over the budget: give a reason for approving it anyway. %s")
                % figures,
            )

    @staticmethod
    def _apply(
        tx: Transaction,
        actor: Actor,
        claim: Claim,
        t: workflow.Transition,
        note: str,
        signature_png: bytes | None,
    ) -> None:
        now = utcnow()
        claim.status = t.target
        record = ClaimApproval(
            step=t.step,
            action=t.action,
            user_id=actor.user_id,
            display_name=actor_name(actor),
            at=now,
            note=note,
            signature_png=signature_png,
            current=True,
        )
        if t.action == "submit":
            claim.submitted_at = now
            claim.return_reason = ""
            claim.budget_override_reason = ""
        elif t.action == "return":
            claim.return_reason = note
            for earlier in claim.approvals:
                earlier.current = False
            record.current = False
        elif t.action == "cancel":
            record.current = False
        elif t.target == S.FINANCE_APPROVED:
            claim.finance_approved_at = now
        elif t.target == S.PAID:
            claim.paid_at = now
        claim.approvals.append(record)
        tx.session.flush()
