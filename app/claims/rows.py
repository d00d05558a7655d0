"""Plain data the claim service takes and returns (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.service import Changed


@dataclass
class LineInput:
    expense_date: dt.date
    category_id: int
    amount_fen: int
    place: str = ""
    description: str = ""
    invoice_code: str = ""
    invoice_number: str = ""
    channel_id: int | None = None  # a channel of the catalogue (app.channels)


@dataclass
class ClaimInput:
    purpose: str
    lines: list[LineInput] = field(default_factory=list)
    # The free text of claims made before the channel catalogue; None keeps it.
    channel: str | None = None
    # 附单据 … 张 as the claimant counts the paper; None = one per line with an invoice.
    paper_attachments: int | None = None


@dataclass(frozen=True)
class LineView:
    id: int
    position: int
    expense_date: dt.date
    place: str
    category_id: int
    category_name: str
    description: str
    amount_fen: int
    invoice_code: str
    invoice_number: str
    over_standard: str  # "" or the standard it exceeds (translated)
    channel_id: int | None = None
    channel_name: str = ""


@dataclass(frozen=True)
class AttachmentInfo(Changed):
    id: int
    filename: str
    mime_type: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class ApprovalView:
    """One history entry; `signature_png` only in the current sign-offs
    (`app.claims.views.current_signoffs`)."""

    id: int
    step: str
    action: str
    user_id: int | None
    display_name: str
    at: dt.datetime
    note: str
    current: bool
    has_signature: bool
    signature_png: bytes | None = None


@dataclass(frozen=True)
class ClaimView(Changed):
    id: int
    number: str
    claim_date: dt.date
    claimant_user_id: int
    claimant_name: str
    department_name: str
    purpose: str
    channel: str
    status: str
    return_reason: str
    total_fen: int
    budget_override_reason: str
    version: int
    deleted: bool
    lines: list[LineView]
    attachments: list[AttachmentInfo]
    history: list[ApprovalView]
    # What the claimant entered (None: not entered) and what the form prints.
    paper_attachments: int | None = None
    paper_count: int = 0


@dataclass(frozen=True)
class ClaimListRow:
    id: int
    number: str
    claim_date: dt.date
    claimant_user_id: int
    claimant_name: str
    department_name: str
    purpose: str
    status: str
    total_fen: int
    line_count: int
    version: int


@dataclass
class ClaimFilter:
    scope: str = "mine"  # mine | to_approve | all
    status: str | None = None
    claimant_user_id: int | None = None
    category_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    include_deleted: bool = False
    limit: int = 2000


@dataclass(frozen=True)
class ClaimWarning:
    """Something the user should confirm: the call is repeated with acknowledge=True."""

    # over_budget | no_budget | over_standard | possible_duplicate | old_expense |
    # no_attachments
    kind: str
    message: str
    figures: dict = field(default_factory=dict)


@dataclass(frozen=True)
class TransitionResult(Changed):
    done: bool  # False: nothing was written, confirm `warnings` and call again
    claim: ClaimView
    warnings: list[ClaimWarning] = field(default_factory=list)
