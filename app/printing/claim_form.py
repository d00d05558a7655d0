"""What a printed claim form shows: plain data, independent of the database.

The loader (app/printing/loader.py) fills a ClaimForm from the claim tables;
the renderer (app/printing/claim_pdf.py) draws it. Tests build one by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class Step(StrEnum):
    """The four signature boxes of the form, in order."""

    CLAIMANT = "claimant"
    DEPARTMENT = "department"
    FINANCE = "finance"
    CASHIER = "cashier"


# The printed form is Chinese by convention (it is the artefact, not the UI).
STEP_LABELS: dict[Step, str] = {
    Step.CLAIMANT: "报销人",
    Step.DEPARTMENT: "部门负责人",
    Step.FINANCE: "财务审核",
    Step.CASHIER: "出纳/领款人",
}


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
    attachment_count: int = 0
    approvals: tuple[Approval, ...] = ()
    finance_approved: bool = False
    # Filled by the loader (it needs the database's key); see verification.py.
    verification_code: str = ""

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)

    def approval(self, step: Step) -> Approval | None:
        for approval in self.approvals:
            if approval.step == step:
                return approval
        return None
