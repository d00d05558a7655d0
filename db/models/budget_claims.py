"""Reimbursement claims (费用报销单): claim, lines, attachments, approval records.

Stable for the printing feature:
- `Claim.number` is `BX-YYYY-NNNN`; `Claim.status` is one of `ClaimStatus`.
- `ClaimLine.amount_fen` is integer fen; `Claim.total_fen` is their sum, kept by
  the service.
- `ClaimApproval` rows are the signature boxes: `step` is one of `ApprovalStep`
  (claimant 报销人, department 部门负责人, finance 财务审核, cashier 出纳/领款人);
  only rows with `current=True` belong to the claim's present pass (a return
  sets the earlier ones to False; they stay as history). `signature_png` holds
  the captured signature image, or None for ink.
- Attachments keep the file bytes in the database: a PostgreSQL office has no
  shared data folder (finance on another machine must see the scan), the
  bytes then travel with backups, and an attachment is written in the same
  transaction as the claim.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

import db.models.budget  # noqa: F401 - a table its foreign keys name
import db.models.channels  # noqa: F401 - a table its foreign keys name
import db.models.staff  # noqa: F401 - a table its foreign keys name
import db.models.users  # noqa: F401 - a table its foreign keys name
from db.base import Base, SoftDeleteMixin, TimestampMixin, VersionedMixin
from db.types import utcnow


class ClaimStatus:
    DRAFT = "draft"
    SUBMITTED = "submitted"
    DEPARTMENT_APPROVED = "department_approved"
    FINANCE_APPROVED = "finance_approved"
    PAID = "paid"
    CANCELLED = "cancelled"
    ALL = (DRAFT, SUBMITTED, DEPARTMENT_APPROVED, FINANCE_APPROVED, PAID, CANCELLED)
    # Counted as spend / as committed in budget vs. spend (DESIGN.md section 6).
    SPENT = (FINANCE_APPROVED, PAID)
    COMMITTED = (SUBMITTED, DEPARTMENT_APPROVED)


class ApprovalStep:
    CLAIMANT = "claimant"
    DEPARTMENT = "department"
    FINANCE = "finance"
    CASHIER = "cashier"
    ALL = (CLAIMANT, DEPARTMENT, FINANCE, CASHIER)


class Claim(Base, TimestampMixin, VersionedMixin, SoftDeleteMixin):
    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        CheckConstraint(
            "status IN ('draft', 'submitted', 'department_approved', 'finance_approved', "
            "'paid', 'cancelled')",
            name="status",
        ),
        Index("ix_claims_status_claimant", "status", "claimant_user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    year: Mapped[int] = mapped_column()
    seq: Mapped[int] = mapped_column()
    claim_date: Mapped[dt.date] = mapped_column()
    claimant_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    claimant_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    claimant_name: Mapped[str] = mapped_column(String(100))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), default=None)
    department_name: Mapped[str] = mapped_column(String(100), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")  # 事由
    # Free text typed before the channel catalogue (kept, never lost); the lines'
    # channel_id is what counts.
    channel: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(30), default=ClaimStatus.DRAFT)
    return_reason: Mapped[str] = mapped_column(Text, default="")
    total_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    submitted_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    finance_approved_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    paid_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Set when finance approved it over the remaining budget (DESIGN.md section 6).
    budget_override_reason: Mapped[str] = mapped_column(Text, default="")
    # 附单据 … 张: the paper documents handed in with the form, as the claimant counts
    # them; None = not entered, which counts one per line with an invoice.
    paper_attachments: Mapped[int | None] = mapped_column(default=None)

    @property
    def paper_count(self) -> int:
        if self.paper_attachments is not None:
            return self.paper_attachments
        return sum(1 for line in self.lines if line.invoice_key)

    lines: Mapped[list[ClaimLine]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimLine.position"
    )
    attachments: Mapped[list[ClaimAttachment]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimAttachment.id"
    )
    approvals: Mapped[list[ClaimApproval]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="ClaimApproval.id"
    )


class ClaimLine(Base):
    __tablename__ = "claim_lines"
    __table_args__ = (
        CheckConstraint("amount_fen > 0", name="amount"),
        Index("ix_claim_lines_date_category", "expense_date", "category_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    expense_date: Mapped[dt.date] = mapped_column()
    place: Mapped[str] = mapped_column(String(200), default="")
    category_id: Mapped[int] = mapped_column(ForeignKey("expense_categories.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    # 发票代码 (10 or 12 digits) + 发票号码 (8 digits), or a 20-digit 全电发票号码
    # in invoice_number with an empty code.
    invoice_code: Mapped[str] = mapped_column(String(12), default="")
    invoice_number: Mapped[str] = mapped_column(String(20), default="")
    # Normalised identity for the duplicate check ("code:number" or the 20 digits).
    invoice_key: Mapped[str] = mapped_column(String(40), default="", index=True)
    # The channel the spending served (channel metrics); the claim's `channel` keeps
    # the free text typed before the catalogue.
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channels.id"), default=None, index=True
    )

    claim: Mapped[Claim] = relationship(back_populates="lines")


class ClaimAttachment(Base):
    """A scanned invoice (image or PDF), bytes stored in the database."""

    __tablename__ = "claim_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    added_by_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)

    claim: Mapped[Claim] = relationship(back_populates="attachments")


class ClaimApproval(Base):
    """One step of a claim's history: submit, approve, return, pay, cancel, override."""

    __tablename__ = "claim_approvals"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(20))  # ApprovalStep
    action: Mapped[str] = mapped_column(String(20))  # submit/approve/return/pay/cancel
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    display_name: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    # False once the claim was returned: the row is history, not a signature box.
    current: Mapped[bool] = mapped_column(default=True)

    claim: Mapped[Claim] = relationship(back_populates="approvals")
