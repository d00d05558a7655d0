"""ORM -> plain view conversion for claims."""

from __future__ import annotations

from sqlalchemy.orm import object_session

from app.channels.service import channel_names
from app.claims.checks import standard_flags
from app.claims.rows import ApprovalView, AttachmentInfo, ClaimView, LineView
from db.models.budget import ExpenseCategory
from db.models.budget_claims import Claim, ClaimApproval


def approval_view(a: ClaimApproval, with_signature: bool = False) -> ApprovalView:
    return ApprovalView(
        a.id,
        a.step,
        a.action,
        a.user_id,
        a.display_name,
        a.at,
        a.note,
        a.current,
        a.signature_png is not None,
        a.signature_png if with_signature else None,
    )


def current_signoffs(claim: Claim) -> dict[str, ApprovalView]:
    """The current sign-off per step (claimant, department, finance, cashier), with
    signature bytes: what a printed form's signature boxes show."""
    return {
        a.step: approval_view(a, with_signature=True)
        for a in claim.approvals
        if a.current and a.action in ("submit", "approve", "pay")
    }


def claim_view(claim: Claim, categories: dict[int, ExpenseCategory]) -> ClaimView:
    flags = standard_flags(claim.lines, categories)
    session = object_session(claim)
    channels = (
        channel_names(session)
        if session is not None and any(ln.channel_id for ln in claim.lines)
        else {}
    )
    lines = [
        LineView(
            ln.id,
            ln.position,
            ln.expense_date,
            ln.place,
            ln.category_id,
            categories[ln.category_id].name if ln.category_id in categories else "",
            ln.description,
            ln.amount_fen,
            ln.invoice_code,
            ln.invoice_number,
            flags.get(i, ""),
            ln.channel_id,
            channels.get(ln.channel_id, "") if ln.channel_id else "",
        )
        for i, ln in enumerate(claim.lines)
    ]
    attachments = [
        AttachmentInfo(a.id, a.filename, a.mime_type, a.size, a.added_at) for a in claim.attachments
    ]
    return ClaimView(
        id=claim.id,
        number=claim.number,
        claim_date=claim.claim_date,
        claimant_user_id=claim.claimant_user_id,
        claimant_name=claim.claimant_name,
        department_name=claim.department_name,
        purpose=claim.purpose,
        channel=claim.channel,
        status=claim.status,
        return_reason=claim.return_reason,
        total_fen=claim.total_fen,
        budget_override_reason=claim.budget_override_reason,
        version=claim.version,
        deleted=claim.deleted_at is not None,
        lines=lines,
        attachments=attachments,
        history=[approval_view(a) for a in claim.approvals],
        paper_attachments=claim.paper_attachments,
        paper_count=claim.paper_count,
    )
