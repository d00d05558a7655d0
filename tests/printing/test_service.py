"""Printing through the service: permissions, audit, batches, loading, verification."""

from __future__ import annotations

import subprocess

import pytest
from sqlalchemy import select, update

from app.errors import NotFound, PermissionDenied, ValidationError
from app.printing import Cancelled
from app.printing.claim_form import Step
from app.printing.service import VerifyOutcome
from db.models.audit import AuditEntry
from db.models.budget_claims import Claim, ClaimApproval, ClaimLine
from tests.printing.helpers import SIGNATURE_PNG, make_claim, poppler


def print_audit(db) -> list[tuple[str, str, str]]:
    with db.session() as session:
        return [
            (a.username, a.entity_id, a.summary)
            for a in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "print").order_by(AuditEntry.id)
            )
        ]


def pages(path) -> int:
    out = subprocess.run(
        [poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))


def test_claimant_prints_own_claim_others_need_view_all(services, actors, tmp_path):
    own_id, _ = make_claim(services.db, actors["staff"])
    other_id, _ = make_claim(services.db, actors["service"])
    printing = services.printing
    printing.export_pdf(actors["staff"], [own_id], tmp_path / "own.pdf")
    with pytest.raises(PermissionDenied):
        printing.export_pdf(actors["staff"], [other_id], tmp_path / "other.pdf")
    with pytest.raises(PermissionDenied):
        printing.export_pdf(actors["staff"], [own_id, other_id], tmp_path / "both.pdf")
    assert not (tmp_path / "other.pdf").exists() and not (tmp_path / "both.pdf").exists()
    for role in ("manager", "finance", "admin"):
        printing.export_pdf(actors[role], [own_id, other_id], tmp_path / f"{role}.pdf")
        assert pages(tmp_path / f"{role}.pdf") == 2
    with pytest.raises(PermissionDenied):
        printing.claim_form(actors["service"], own_id)
    assert printing.claim_form(actors["service"], other_id).claimant


def test_print_writes_one_audit_row_per_claim_preview_none(services, actors, tmp_path):
    a, number_a = make_claim(services.db, actors["staff"])
    b, _ = make_claim(services.db, actors["staff"])
    data = services.printing.preview_pdf(actors["finance"], [a, b])
    assert data.startswith(b"%PDF")
    assert print_audit(services.db) == []
    services.printing.export_pdf(actors["finance"], [a, b], tmp_path / "x.pdf", a5=True)
    rows = print_audit(services.db)
    assert [(u, e) for u, e, _ in rows] == [("finance1", str(a)), ("finance1", str(b))]
    assert rows[0][2].startswith(f"{number_a}: PDF A5, 2 page(s)")
    services.printing.record_print(actors["staff"], [a], "printer: Office")
    assert print_audit(services.db)[-1] == ("staff1", str(a), f"{number_a}: printer: Office")


def test_batch_streams_every_claim_and_cancel_writes_nothing(services, actors, tmp_path):
    ids = [make_claim(services.db, actors["staff"], lines=1 + i % 3)[0] for i in range(6)]
    progress = []
    result = services.printing.export_pdf(
        actors["finance"], ids, tmp_path / "all.pdf", progress=lambda d, t: progress.append((d, t))
    )
    assert (result.claims, result.pages) == (6, 6)
    assert pages(tmp_path / "all.pdf") == 6
    assert progress == [(i, 6) for i in range(1, 7)]
    before = len(print_audit(services.db))
    with pytest.raises(Cancelled):
        services.printing.export_pdf(
            actors["finance"],
            ids,
            tmp_path / "cancelled.pdf",
            is_cancelled=lambda: len(progress) >= 9,
            progress=lambda d, t: progress.append((d, t)),
        )
    assert not (tmp_path / "cancelled.pdf").exists()
    assert len(print_audit(services.db)) == before


def test_cancelled_deleted_and_unknown_claims(services, actors, tmp_path):
    cancelled, _ = make_claim(services.db, actors["staff"], status="cancelled")
    with pytest.raises(ValidationError):
        services.printing.export_pdf(actors["admin"], [cancelled], tmp_path / "c.pdf")
    deleted, number = make_claim(services.db, actors["staff"])
    with services.db.session() as session, session.begin():
        session.get(Claim, deleted).deleted_at = session.get(Claim, deleted).created_at
    with pytest.raises(NotFound):
        services.printing.export_pdf(actors["admin"], [deleted], tmp_path / "d.pdf")
    with pytest.raises(NotFound):
        services.printing.claim_id(actors["admin"], number)
    with pytest.raises(NotFound):
        services.printing.claim_id(actors["admin"], "BX-1999-0001")
    with pytest.raises(ValidationError):
        services.printing.export_pdf(actors["admin"], [], tmp_path / "e.pdf")
    assert print_audit(services.db) == []


def test_loader_fills_signature_boxes_from_current_approvals(services, actors):
    claim_id, number = make_claim(
        services.db,
        actors["staff"],
        lines=3,
        attachments=2,
        status="finance_approved",
        approvals={
            "claimant": ("测试staff", SIGNATURE_PNG),
            "department": ("经理", None),
            "finance": ("财务", SIGNATURE_PNG),
        },
    )
    with services.db.session() as session, session.begin():
        # a returned pass: history, not a signature box
        old = ClaimApproval(
            claim_id=claim_id,
            step="department",
            action="approve",
            user_id=None,
            display_name="旧审批人",
            current=False,
        )
        session.add(old)
    form = services.printing.claim_form(actors["finance"], claim_id)
    # 附单据 counts paper: by default one per invoice line, not the 2 scanned files.
    assert form.number == number and form.attachment_count == 3
    with services.db.session() as session, session.begin():
        session.get(Claim, claim_id).paper_attachments = 5  # what the claimant entered
    assert services.printing.claim_form(actors["finance"], claim_id).attachment_count == 5
    assert form.finance_approved and form.total_fen == 3 * 140950
    assert [a.step for a in form.approvals] == [Step.CLAIMANT, Step.DEPARTMENT, Step.FINANCE]
    assert form.approval(Step.DEPARTMENT).name == "经理"
    assert form.approval(Step.CLAIMANT).signature_png == SIGNATURE_PNG
    assert form.approval(Step.CASHIER) is None
    assert [line.category for line in form.lines] == ["差旅费"] * 3
    assert form.verification_code.startswith(number + "-")


def test_verify_matches_then_fails_after_a_change(services, actors):
    claim_id, number = make_claim(services.db, actors["staff"], lines=2)
    code = services.printing.claim_form(actors["staff"], claim_id).verification_code
    # the key is created once and kept: the same code on every call
    assert services.printing.claim_form(actors["finance"], claim_id).verification_code == code
    result = services.printing.verify(actors["finance"], code.lower())
    assert result.outcome == VerifyOutcome.MATCH
    assert (result.number, result.claim_id, result.total_fen) == (number, claim_id, 281900)

    with services.db.session() as session, session.begin():
        session.execute(
            update(ClaimLine)
            .where(ClaimLine.claim_id == claim_id, ClaimLine.position == 0)
            .values(amount_fen=150000)
        )
    changed = services.printing.verify(actors["finance"], code)
    assert changed.outcome == VerifyOutcome.MISMATCH and changed.claim_id == claim_id

    assert (
        services.printing.verify(actors["finance"], "BX-1999-0001-ABCDEF").outcome
        == VerifyOutcome.UNKNOWN
    )
    assert (
        services.printing.verify(actors["finance"], "not a code").outcome == VerifyOutcome.MALFORMED
    )


def test_draft_print_no_longer_matches_after_finance_approval(services, actors):
    claim_id, _ = make_claim(services.db, actors["staff"], status="department_approved")
    draft_code = services.printing.claim_form(actors["finance"], claim_id).verification_code
    with services.db.session() as session, session.begin():
        session.get(Claim, claim_id).status = "finance_approved"
    assert services.printing.verify(actors["finance"], draft_code).outcome == VerifyOutcome.MISMATCH
    approved_code = services.printing.claim_form(actors["finance"], claim_id).verification_code
    with services.db.session() as session, session.begin():
        session.get(Claim, claim_id).status = "paid"
    assert services.printing.verify(actors["finance"], approved_code).outcome == VerifyOutcome.MATCH


def test_verify_someone_elses_claim_is_refused_to_staff(services, actors):
    claim_id, _ = make_claim(services.db, actors["manager"])
    code = services.printing.claim_form(actors["manager"], claim_id).verification_code
    with pytest.raises(PermissionDenied):
        services.printing.verify(actors["staff"], code)
