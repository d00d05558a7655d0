"""Claims for printing tests, written straight to the tables.

The printing tests do not go through the claims workflow service: they need
claims in a given state with given signatures, and the workflow has its own
tests (tests/claims/).
"""

from __future__ import annotations

import datetime as dt
import shutil
from itertools import count

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.printing.claim_form import Approval, ClaimForm, FormLine, Step
from db.models.budget import ExpenseCategory
from db.models.budget_claims import Claim, ClaimApproval, ClaimAttachment, ClaimLine

_seq = count(1)


def _signature_png() -> bytes:
    """A small signature-like stroke on a transparent background."""
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
    ImageDraw.Draw(image).line(
        [(5, 30), (30, 8), (55, 32), (80, 6), (115, 28)], fill=(0, 0, 120, 255), width=3
    )
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


SIGNATURE_PNG = _signature_png()


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return path


def category(session, name: str = "差旅费") -> int:
    found = session.scalar(select(ExpenseCategory.id).where(ExpenseCategory.name == name))
    if found is not None:
        return found
    row = ExpenseCategory(name=name)
    session.add(row)
    session.flush()
    return row.id


def make_claim(
    db,
    claimant: Actor,
    *,
    lines: int = 2,
    status: str = "submitted",
    approvals: dict[str, tuple[str, bytes | None]] | None = None,
    attachments: int = 1,
    amount_fen: int = 140950,
) -> tuple[int, str]:
    """A claim of `claimant` with `lines` lines of `amount_fen` each; returns (id, number)."""
    with db.session() as session, session.begin():
        cat = category(session)
        seq = (session.scalar(select(func.max(Claim.seq))) or 0) + next(_seq)
        number = f"BX-2026-{seq:04d}"
        claim = Claim(
            number=number,
            year=2026,
            seq=seq,
            claim_date=dt.date(2026, 3, 5),
            claimant_user_id=claimant.user_id,
            claimant_staff_id=claimant.staff_id,
            claimant_name=claimant.display_name or claimant.username,
            department_name="市场部",
            purpose="春季招生推广",
            status=status,
            total_fen=lines * amount_fen,
        )
        session.add(claim)
        session.flush()
        for i in range(lines):
            session.add(
                ClaimLine(
                    claim_id=claim.id,
                    position=i,
                    expense_date=dt.date(2026, 3, 1 + i % 28),
                    place="北京海淀",
                    category_id=cat,
                    description=f"教育展会交通费 第{i + 1}笔",
                    amount_fen=amount_fen,
                    invoice_code="",
                    invoice_number=f"2511200000{seq:04d}{i:06d}",
                    invoice_key=f"2511200000{seq:04d}{i:06d}",
                )
            )
        for i in range(attachments):
            session.add(
                ClaimAttachment(
                    claim_id=claim.id,
                    filename=f"inv{i}.png",
                    mime_type="image/png",
                    size=len(SIGNATURE_PNG),
                    sha256="0" * 64,
                    data=SIGNATURE_PNG,
                )
            )
        for step, (name, png) in (approvals or {}).items():
            action = {"claimant": "submit", "cashier": "pay"}.get(step, "approve")
            session.add(
                ClaimApproval(
                    claim_id=claim.id,
                    step=step,
                    action=action,
                    user_id=None,
                    display_name=name,
                    at=dt.datetime(2026, 3, 6, 2, 0, tzinfo=dt.UTC),
                    signature_png=png,
                )
            )
        return claim.id, number


def sample_form(
    *,
    lines: int = 3,
    approved: bool = False,
    number: str = "BX-2026-0042",
    signature: bytes | None = SIGNATURE_PNG,
) -> ClaimForm:
    at = dt.datetime(2026, 3, 5, 6, 30, tzinfo=dt.UTC)
    approvals = [
        Approval(Step.CLAIMANT, "张伟", at, signature),
        Approval(Step.DEPARTMENT, "李娜", at),
    ]
    if approved:
        approvals.append(Approval(Step.FINANCE, "王芳", at, signature))
    return ClaimForm(
        organisation="北京启明星培训学校",
        department="市场部",
        claimant="张伟",
        date=dt.date(2026, 3, 5),
        number=number,
        status="finance_approved" if approved else "submitted",
        lines=tuple(
            FormLine(
                dt.date(2026, 3, 1 + i % 28),
                "北京海淀",
                "差旅费",
                f"教育展会交通费 第{i + 1}笔",
                140950,
                f"251120000000{i:08d}",
            )
            for i in range(lines)
        ),
        purpose="春季招生推广",
        attachment_count=4,
        approvals=tuple(approvals),
        finance_approved=approved,
        verification_code=f"{number}-7F3A9C",
    )


def preview_exec(result, pages: list[int]):
    """A stand-in for QPrintPreviewDialog.exec: renders the preview, appends its page
    count to `pages` and returns `result` (accepted: printed; rejected: closed)."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    def run(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        return result

    return run
