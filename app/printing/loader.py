"""Reading a claim from the database into a ClaimForm (one claim per call).

A batch calls this once per claim, so memory stays flat however many forms are
printed: attachment bytes are never loaded.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.claims.rows import ApprovalView
from app.printing.claim_form import Approval, ClaimForm, FormLine, Step
from app.printing.verification import META_KEY, new_key, verification_code
from db.engine import Database
from db.models.budget import ExpenseCategory
from db.models.budget_claims import (
    ApprovalStep,
    Claim,
    ClaimLine,
    ClaimStatus,
)
from db.models.meta import Meta


def verification_key(db: Database) -> bytes:
    """The database's secret for verification codes, created on first use.

    Kept in the database (not on one PC) so every seat of a PostgreSQL office
    computes the same codes.
    """
    with db.read_session() as session:
        row = session.get(Meta, META_KEY)
        if row is not None:
            return bytes.fromhex(json.loads(row.value))
    try:
        with db.session() as session, session.begin():
            session.add(Meta(key=META_KEY, value=json.dumps(new_key())))
    except IntegrityError:
        pass  # another seat created it at the same moment: use theirs
    with db.read_session() as session:
        row = session.get(Meta, META_KEY)
        assert row is not None  # inserted above, by this seat or another one
        return bytes.fromhex(json.loads(row.value))


def form_from_claim(
    session: Session, claim: Claim, signoffs: dict[str, ApprovalView], organisation: str, key: bytes
) -> ClaimForm:
    """The form of `claim`; `signoffs` are the claims feature's current sign-off per
    step (`app.claims.views.current_signoffs`), which decides what each signature box shows."""
    lines = session.execute(
        select(ClaimLine, ExpenseCategory.name)
        .join(ExpenseCategory, ExpenseCategory.id == ClaimLine.category_id)
        .where(ClaimLine.claim_id == claim.id)
        .order_by(ClaimLine.position, ClaimLine.id)
    ).all()
    form_lines = tuple(
        FormLine(
            date=line.expense_date,
            place=line.place,
            category=category,
            description=line.description,
            amount_fen=int(line.amount_fen),
            invoice=" ".join(p for p in (line.invoice_code, line.invoice_number) if p),
        )
        for line, category in lines
    )
    if claim.paper_attachments is not None:
        paper = claim.paper_attachments
    else:
        paper = sum(1 for line, _category in lines if line.invoice_key)
    approvals = tuple(
        Approval(
            step=Step(step),
            name=signoffs[step].display_name,
            at=signoffs[step].at,
            signature_png=signoffs[step].signature_png,
        )
        for step in ApprovalStep.ALL
        if step in signoffs
    )
    if ApprovalStep.CASHIER in signoffs:
        # 领款人: the claimant received the money when the cashier paid it.
        approvals += (Approval(Step.PAYEE, claim.claimant_name, signoffs[ApprovalStep.CASHIER].at),)
    form = ClaimForm(
        organisation=organisation,
        department=claim.department_name,
        claimant=claim.claimant_name,
        date=claim.claim_date,
        number=claim.number,
        status=claim.status,
        lines=form_lines,
        purpose=claim.purpose,
        attachment_count=int(paper),
        approvals=approvals,
        finance_approved=claim.status in ClaimStatus.SPENT,
    )
    return _with_code(form, key)


def _with_code(form: ClaimForm, key: bytes) -> ClaimForm:
    from dataclasses import replace

    return replace(form, verification_code=verification_code(form, key))
