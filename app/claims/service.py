"""Claims: create and edit drafts, attachments, lists. Transitions: app.claims.actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.exc import IntegrityError

from app.budget.invoices import check_invoice_unused, normalise_invoice
from app.channels.service import check_channel
from app.claims import workflow
from app.claims.actions import ClaimActionsMixin
from app.claims.attachments import sniff
from app.claims.checks import load_categories
from app.claims.permissions import ClaimPermission
from app.claims.rows import (
    ApprovalView,
    AttachmentInfo,
    ClaimFilter,
    ClaimInput,
    ClaimListRow,
    ClaimView,
    LineInput,
)
from app.claims.translation import tr
from app.claims.views import claim_view, current_signoffs
from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.money import check_amount, format_money
from app.office.service import OfficeSettingsService
from app.service import Change, Service, Transaction, snapshot
from app.validation import check_date, check_text
from db.engine import Database
from db.models.budget_claims import Claim, ClaimAttachment, ClaimLine
from db.models.budget_claims import ClaimStatus as S
from db.models.staff import Staff
from db.types import utcnow

MAX_LINES = 200
MAX_PAPER_ATTACHMENTS = 999


def _check_paper(count: int | None) -> int | None:
    if count is None:
        return None
    if not isinstance(count, int) or not 0 <= count <= MAX_PAPER_ATTACHMENTS:
        raise ValidationError(
            "paper_attachments",
            tr("The number of paper attachments must be between 0 and %d.") % MAX_PAPER_ATTACHMENTS,
        )
    return count


# Sane ceilings: a marketing expense line above ¥1,000,000.00, or a claim above
# ¥10,000,000.00, is a typo (or worse), and far above them the amount in words and
# 64-bit columns give out.
MAX_LINE_FEN = 1_000_000_00
MAX_CLAIM_FEN = 10_000_000_00


def claim_snapshot(claim: Claim) -> dict:
    data = snapshot(claim)
    data["lines"] = [
        {
            "date": ln.expense_date.isoformat(),
            "category_id": ln.category_id,
            "amount_fen": ln.amount_fen,
            "place": ln.place,
            "description": ln.description,
            "invoice": ln.invoice_key,
            "channel_id": ln.channel_id,
        }
        for ln in claim.lines
    ]
    return data


def _validate_lines(lines: list[LineInput]) -> list[tuple[LineInput, str, str, str]]:
    if len(lines) > MAX_LINES:
        raise ValidationError("lines", tr("A claim has at most %d lines.") % MAX_LINES)
    out = []
    total = 0
    seen: dict[str, int] = {}
    for i, line in enumerate(lines, start=1):
        prefix = f"lines.{i}."
        try:
            check_date(line.expense_date, prefix + "expense_date", tr("The expense date"))
            if line.expense_date > dt.date.today():
                raise ValidationError(
                    prefix + "expense_date",
                    tr("the expense date %s is in the future.") % line.expense_date.isoformat(),
                )
            check_amount(line.amount_fen, prefix + "amount", maximum=MAX_LINE_FEN)
            place = check_text(line.place, prefix + "place", limit=200, label=tr("The place"))
            description = check_text(
                line.description, prefix + "description", limit=1000, label=tr("The description")
            )
            code, number, key = normalise_invoice(line.invoice_code, line.invoice_number, prefix)
        except ValidationError as exc:
            raise ValidationError(exc.field, tr("Line %d: %s") % (i, exc.message)) from None
        if key and key in seen:
            raise ValidationError(
                prefix + "invoice_number",
                tr("Line %d: the invoice is the same as on line %d.") % (i, seen[key]),
            )
        if key:
            seen[key] = i
        total += line.amount_fen
        out.append(
            (
                LineInput(
                    line.expense_date,
                    line.category_id,
                    line.amount_fen,
                    place,
                    description,
                    channel_id=line.channel_id,
                ),
                code,
                number,
                key,
            )
        )
    if total > MAX_CLAIM_FEN:
        raise ValidationError(
            "lines",
            tr("The claim totals %s, over the limit of %s per claim.")
            % (format_money(total), format_money(MAX_CLAIM_FEN)),
        )
    return out


class ClaimService(ClaimActionsMixin, Service):
    def __init__(self, db: Database, office: OfficeSettingsService | None = None) -> None:
        super().__init__(db)
        # The reimbursement rules are the office's (app.office).
        self.office = office or OfficeSettingsService(db)

    @classmethod
    def from_services(cls, services: Any) -> ClaimService:
        """Built by app.services.Services: shares its office settings (and their cache)."""
        return cls(services.db, office=services.office_settings)

    # --- reading ---------------------------------------------------------------

    def get_claim(self, actor: Actor, claim_id: int) -> ClaimView:
        with self.read(actor, None) as session:
            claim = session.get(Claim, claim_id)
            if claim is None:
                raise NotFound(tr("The claim no longer exists."))
            self._check_can_view(actor, claim)
            return claim_view(claim, load_categories(session))

    def signoffs(self, actor: Actor, claim_id: int) -> dict[str, ApprovalView]:
        """The current sign-off per step (claimant, department, finance, cashier), with
        signature bytes: what a printed form's signature boxes show."""
        with self.read(actor, None) as session:
            claim = session.get(Claim, claim_id)
            if claim is None:
                raise NotFound(tr("The claim no longer exists."))
            self._check_can_view(actor, claim)
            return current_signoffs(claim)

    def list_claims(self, actor: Actor, flt: ClaimFilter) -> list[ClaimListRow]:
        where = _claim_conditions(actor, flt)
        if where is None:
            return []
        with self.read(actor, None) as session:
            line_count = (
                select(func.count(ClaimLine.id))
                .where(ClaimLine.claim_id == Claim.id)
                .correlate(Claim)
                .scalar_subquery()
            )
            query = (
                select(Claim, line_count)
                .where(*where)
                .order_by(Claim.claim_date.desc(), Claim.id.desc())
                .limit(flt.limit)
            )
            return [
                ClaimListRow(
                    c.id,
                    c.number,
                    c.claim_date,
                    c.claimant_user_id,
                    c.claimant_name,
                    c.department_name,
                    c.purpose,
                    c.status,
                    c.total_fen,
                    int(n or 0),
                    c.version,
                )
                for c, n in session.execute(query)
            ]

    def count_claims(self, actor: Actor, flt: ClaimFilter) -> int:
        """How many claims list_claims would give without its limit (the tab's count)."""
        where = _claim_conditions(actor, flt)
        if where is None:
            return 0
        with self.read(actor, None) as session:
            return session.scalar(select(func.count(Claim.id)).where(*where)) or 0

    def totals_by_status(self, actor: Actor, flt: ClaimFilter) -> dict[str, tuple[int, int]]:
        """status -> (claims, total fen) of what list_claims would give without its limit:
        the to-approve list's "what waits" (and, for finance, what waits to be paid)."""
        where = _claim_conditions(actor, flt)
        if where is None:
            return {}
        with self.read(actor, None) as session:
            rows = session.execute(
                select(Claim.status, func.count(Claim.id), func.sum(Claim.total_fen))
                .where(*where)
                .group_by(Claim.status)
            )
            return {status: (int(n), int(total or 0)) for status, n, total in rows}

    def own_department(self, actor: Actor) -> str:
        """The department a new claim of `actor` will carry (shown before it is saved)."""
        with self.read(actor, None) as session:
            staff = session.get(Staff, actor.staff_id) if actor.staff_id else None
            return staff.department.name if staff and staff.department else ""

    def claimants(self, actor: Actor) -> list[tuple[int, str]]:
        """(user id, name) of everyone who has a claim, for the filter."""
        actor.require(ClaimPermission.VIEW_ALL_CLAIMS)
        with self.read(actor, None) as session:
            rows = session.execute(
                select(Claim.claimant_user_id, func.max(Claim.claimant_name))
                .group_by(Claim.claimant_user_id)
                .order_by(func.max(Claim.claimant_name))
            )
            return [(user_id, name) for user_id, name in rows]

    # --- editing drafts ----------------------------------------------------------

    def create_claim(
        self, actor: Actor, data: ClaimInput, claim_date: dt.date | None = None
    ) -> ClaimView:
        purpose = check_text(
            data.purpose, "purpose", required=True, limit=500, label=tr("The purpose")
        )
        channel = check_text(data.channel or "", "channel", limit=100, label=tr("The channel"))
        lines = _validate_lines(data.lines)
        paper = _check_paper(data.paper_attachments)
        claim_date = claim_date or dt.date.today()
        if actor.user_id is None:
            raise ValidationError("claimant", tr("A claim needs a user account as claimant."))
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            staff = tx.session.get(Staff, actor.staff_id) if actor.staff_id else None
            claim = Claim(
                claim_date=claim_date,
                year=claim_date.year,
                claimant_user_id=actor.user_id,
                claimant_staff_id=staff.id if staff else None,
                claimant_name=staff.name if staff else actor_name(actor),
                department_id=staff.department_id if staff else None,
                department_name=staff.department.name if staff and staff.department else "",
                purpose=purpose,
                channel=channel,
                status=S.DRAFT,
                paper_attachments=paper,
            )
            self._set_lines(tx, claim, lines)
            self._number_and_add(tx, claim)
            tx.audit("create", claim, None, after=claim_snapshot(claim), summary=claim.number)
            return tx.done(claim_view(claim, load_categories(tx.session)))

    def update_claim(
        self, actor: Actor, claim_id: int, expected_version: int, data: ClaimInput
    ) -> ClaimView:
        purpose = check_text(
            data.purpose, "purpose", required=True, limit=500, label=tr("The purpose")
        )
        channel = (
            None
            if data.channel is None
            else check_text(data.channel, "channel", limit=100, label=tr("The channel"))
        )
        lines = _validate_lines(data.lines)
        paper = _check_paper(data.paper_attachments)
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            claim = self._editable(tx, actor, claim_id, expected_version)
            before = claim_snapshot(claim)
            claim.purpose = purpose
            claim.paper_attachments = paper
            if channel is not None:
                claim.channel = channel
            claim.lines.clear()
            tx.session.flush()
            self._set_lines(tx, claim, lines)
            claim.updated_at = utcnow()
            tx.session.flush()
            tx.audit("update", claim, before, after=claim_snapshot(claim), summary=claim.number)
            return tx.done(claim_view(claim, load_categories(tx.session)))

    def delete_claim(self, actor: Actor, claim_id: int, expected_version: int) -> Change:
        """Soft delete: only drafts and cancelled claims; restorable."""
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            claim = tx.get(Claim, claim_id, expected_version)
            self._check_owner(actor, claim)
            if claim.status not in workflow.DELETABLE or claim.deleted_at is not None:
                raise ConflictError(tr("Only a draft or cancelled claim can be deleted."))
            before = snapshot(claim)
            claim.deleted_at = utcnow()
            tx.audit("delete", claim, before, after=snapshot(claim), summary=claim.number)
        return tx.change

    def restore_claim(self, actor: Actor, claim_id: int, expected_version: int) -> ClaimView:
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            claim = tx.get(Claim, claim_id, expected_version)
            self._check_owner(actor, claim)
            if claim.deleted_at is None:
                raise ConflictError(tr("The claim is not deleted."))
            if claim.status == S.DRAFT:
                check_invoice_unused(tx.session, [ln.invoice_key for ln in claim.lines], claim.id)
            before = snapshot(claim)
            claim.deleted_at = None
            tx.audit("restore", claim, before, summary=claim.number)
            return tx.done(claim_view(claim, load_categories(tx.session)))

    # --- attachments -------------------------------------------------------------

    def add_attachment(
        self, actor: Actor, claim_id: int, filename: str, data: bytes
    ) -> AttachmentInfo:
        name, mime, digest = sniff(filename, data)
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            claim = self._editable(tx, actor, claim_id, None)
            if any(a.sha256 == digest for a in claim.attachments):
                raise ValidationError("attachment", tr("'%s' is attached already.") % name)
            attachment = ClaimAttachment(
                filename=name,
                mime_type=mime,
                size=len(data),
                sha256=digest,
                data=data,
                added_by_user_id=actor.user_id,
            )
            claim.attachments.append(attachment)
            tx.session.flush()
            tx.audit("attach", attachment, None, summary=f"{claim.number}: {name}")
            info = AttachmentInfo(attachment.id, name, mime, len(data), attachment.added_at)
            return tx.done(info)

    def remove_attachment(self, actor: Actor, attachment_id: int) -> Change:
        with self.tx(actor, ClaimPermission.CREATE_CLAIM) as tx:
            attachment = tx.get(ClaimAttachment, attachment_id)
            claim = self._editable(tx, actor, attachment.claim_id, None)
            before = snapshot(attachment)
            claim.attachments.remove(attachment)
            tx.audit("delete", attachment, before, summary=f"{claim.number}: {attachment.filename}")
        return tx.change

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        with self.read(actor, None) as session:
            attachment = session.get(ClaimAttachment, attachment_id)
            if attachment is None:
                raise NotFound(tr("The attachment no longer exists."))
            self._check_can_view(actor, attachment.claim)
            return attachment.filename, attachment.mime_type, attachment.data

    # --- helpers -----------------------------------------------------------------

    @staticmethod
    def _check_can_view(actor: Actor, claim: Claim) -> None:
        if workflow.is_claimant_or_admin(actor, claim.claimant_user_id):
            return
        if claim.status == S.DRAFT:
            raise PermissionDenied(tr("A draft claim is private to its claimant."))
        if actor.can(ClaimPermission.VIEW_ALL_CLAIMS):
            return
        if claim.status in (S.SUBMITTED, S.DEPARTMENT_APPROVED, S.FINANCE_APPROVED) and any(
            t.source == claim.status and t.permission is not None and actor.can(t.permission)
            for t in workflow.TRANSITIONS
        ):
            return
        raise PermissionDenied(tr("You may only see your own claims."))

    @staticmethod
    def _check_owner(actor: Actor, claim: Claim) -> None:
        if not workflow.is_claimant_or_admin(actor, claim.claimant_user_id):
            raise PermissionDenied(tr("Only the claimant may change this claim."))

    def _editable(
        self, tx: Transaction, actor: Actor, claim_id: int, expected_version: int | None
    ) -> Claim:
        claim = tx.get(Claim, claim_id, expected_version)
        self._check_owner(actor, claim)
        if claim.deleted_at is not None:
            raise ConflictError(tr("The claim %s is deleted.") % claim.number)
        if claim.status not in workflow.EDITABLE:
            raise ConflictError(
                tr("Claim %s is %s and can no longer be changed.")
                % (claim.number, workflow.status_label(claim.status))
            )
        return claim

    @staticmethod
    def _set_lines(
        tx: Transaction, claim: Claim, lines: list[tuple[LineInput, str, str, str]]
    ) -> None:
        categories = load_categories(tx.session)
        for i, (line, _code, _number, _key) in enumerate(lines, start=1):
            category = categories.get(line.category_id)
            if category is None:
                raise ValidationError(
                    f"lines.{i}.category", tr("Line %d: choose an expense category.") % i
                )
            if not category.active:
                raise ValidationError(
                    f"lines.{i}.category",
                    tr("Line %d: the category %s is no longer in use.") % (i, category.name),
                )
            check_channel(tx.session, line.channel_id, f"lines.{i}.channel")
        keys = [key for *_rest, key in lines if key]
        check_invoice_unused(tx.session, keys, claim.id)
        for position, (line, code, number, key) in enumerate(lines):
            claim.lines.append(
                ClaimLine(
                    position=position,
                    expense_date=line.expense_date,
                    place=line.place,
                    category_id=line.category_id,
                    description=line.description,
                    amount_fen=line.amount_fen,
                    invoice_code=code,
                    invoice_number=number,
                    invoice_key=key,
                    channel_id=line.channel_id,
                )
            )
        claim.total_fen = sum(line.amount_fen for line, *_rest in lines)

    @staticmethod
    def _number_and_add(tx: Transaction, claim: Claim) -> None:
        """BX-YYYY-NNNN: the next number of the year; a concurrent taker is retried."""
        for _attempt in range(5):
            seq = (
                tx.session.scalar(select(func.max(Claim.seq)).where(Claim.year == claim.year)) or 0
            ) + 1
            claim.seq = seq
            claim.number = f"BX-{claim.year}-{seq:04d}"
            try:
                with tx.session.begin_nested():
                    tx.session.add(claim)
                    tx.session.flush()
                return
            except IntegrityError:
                tx.session.expunge(claim) if claim in tx.session else None
                continue
        raise ConflictError(tr("Could not number the claim; please save again."))


def _claim_conditions(actor: Actor, flt: ClaimFilter) -> list | None:
    """The WHERE clause of a claim list for `actor` (permission checked), or None when
    the scope holds nothing for this actor (no approval step of theirs)."""
    if flt.scope == "mine":
        actor.require(ClaimPermission.CREATE_CLAIM)
        where = [Claim.claimant_user_id == actor.user_id]
    elif flt.scope == "to_approve":
        statuses = []
        if actor.can(ClaimPermission.APPROVE_CLAIM_DEPARTMENT):
            statuses.append(S.SUBMITTED)
        if actor.can(ClaimPermission.APPROVE_CLAIM_FINANCE):
            statuses.append(S.DEPARTMENT_APPROVED)
        if actor.can(ClaimPermission.PAY_CLAIM):
            statuses.append(S.FINANCE_APPROVED)
        if not statuses:
            return None
        where = [Claim.status.in_(statuses)]
        if actor.user_id is not None:
            where.append(Claim.claimant_user_id != actor.user_id)
    else:
        actor.require(ClaimPermission.VIEW_ALL_CLAIMS)
        # A draft is the claimant's own until it is submitted; a returned claim is a
        # draft again, being reworked by its claimant, and private again too.
        where = [or_(Claim.status != S.DRAFT, Claim.claimant_user_id == actor.user_id)]
    if not flt.include_deleted:
        where.append(Claim.deleted_at.is_(None))
    if flt.status:
        where.append(Claim.status == flt.status)
    if flt.claimant_user_id is not None:
        where.append(Claim.claimant_user_id == flt.claimant_user_id)
    if flt.category_id is not None:
        where.append(
            exists().where(ClaimLine.claim_id == Claim.id, ClaimLine.category_id == flt.category_id)
        )
    if flt.date_from is not None:
        where.append(Claim.claim_date >= flt.date_from)
    if flt.date_to is not None:
        where.append(Claim.claim_date <= flt.date_to)
    text = flt.text.strip()
    if text:
        pattern = f"%{text}%"
        where.append(
            or_(
                Claim.number.like(pattern),
                Claim.purpose.like(pattern),
                Claim.claimant_name.like(pattern),
            )
        )
    return where
