"""What a printed claim form shows: plain data, independent of the database.

The loader (app/printing/loader.py) fills a ClaimForm from the claim tables;
the renderer (app/printing/claim_pdf.py) draws it. Tests build one by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    """The signature boxes of the form, in order. The first four are the claim's
    approval steps; the payee (领款人) is the claimant receiving the money, filled
    with their name once the cashier has paid (their signature is in 报销人)."""

    CLAIMANT = "claimant"
    DEPARTMENT = "department"
    FINANCE = "finance"
    CASHIER = "cashier"
    PAYEE = "payee"


# The printed form is Chinese by convention (it is the artefact, not the UI).
STEP_LABELS: dict[Step, str] = {
    Step.CLAIMANT: "报销人",
    Step.DEPARTMENT: "部门负责人",
    Step.FINANCE: "财务审核",
    Step.CASHIER: "出纳",
    Step.PAYEE: "领款人",
}

DRAFT_WATERMARK = "草稿"
PENDING_WATERMARK = "待审批"
CANCELLED_WATERMARK = "已作废"


@dataclass(frozen=True)
class FormLine:
    date: dt.date
    place: str
    category: str
    description: str
    amount_fen: int
    invoice: str = ""


@dataclass(frozen=True)
class Approval:
    """A filled signature box: who, when, and the captured signature (PNG) if any."""

    step: Step
    name: str
    at: dt.datetime | None = None
    signature_png: bytes | None = None


@dataclass(frozen=True)
class ClaimForm:
    organisation: str
    department: str
    claimant: str
    date: dt.date
    number: str
    status: str
    lines: tuple[FormLine, ...]
    purpose: str = ""
    # 附单据 … 张: the paper attachments (the claimant's count, by default one per
    # invoice line), not the scanned files.
    attachment_count: int = 0
    approvals: tuple[Approval, ...] = ()
    finance_approved: bool = False
    # Filled by the loader (it needs the database's key); see verification.py.
    verification_code: str = ""

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)

    @property
    def watermark(self) -> str:
        """Only a draft is 草稿; the submitted paper carried round for signatures is
        待审批 until finance approves it, which removes the mark."""
        if self.finance_approved:
            return ""
        return {
            "draft": DRAFT_WATERMARK,
            "cancelled": CANCELLED_WATERMARK,
        }.get(self.status, PENDING_WATERMARK)

    def approval(self, step: Step) -> Approval | None:
        for approval in self.approvals:
            if approval.step == step:
                return approval
        return None
