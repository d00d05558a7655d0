"""Printing claims: who may print what, the PDF, the audit row, verification.

- The claimant may print (and verify) their own claims; a role with
  VIEW_ALL_CLAIMS (manager, finance, administrator) any claim.
- Every PDF written and every print sent to a printer writes an audit row
  (action "print", entity the claim), in one transaction after the output
  exists, so a cancelled batch leaves neither a file nor an audit row.
- Preview renders without auditing: nothing has left the program yet.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select

from app.claims.permissions import ClaimPermission
from app.context import Actor
from app.errors import NotFound, PermissionDenied, ValidationError
from app.files import written_whole
from app.office.service import OfficeSettingsService
from app.printing.claim_form import ClaimForm
from app.printing.loader import form_from_claim, verification_key
from app.printing.translation import tr
from app.printing.verification import parse_code, verify_code
from app.service import Change, Changed, Service, attach
from db.engine import Database
from db.models.budget_claims import Claim, ClaimStatus

CLAIM_ENTITY = Claim.__tablename__
_CHUNK = 500


class VerifyOutcome(StrEnum):
    MATCH = "match"  # the paper shows the claim as it is in the database
    MISMATCH = "mismatch"  # the claim exists, but the paper differs from it now
    UNKNOWN = "unknown"  # no claim has that number
    MALFORMED = "malformed"  # not a verification code at all


@dataclass(frozen=True)
class VerifyResult:
    outcome: VerifyOutcome
    code: str
    number: str = ""
    claim_id: int | None = None
    status: str = ""
    claimant: str = ""
    total_fen: int = 0


@dataclass(frozen=True)
class PrintResult(Changed):
    claims: int
    pages: int


class PrintingService(Service):
    def __init__(self, db: Database, office: OfficeSettingsService | None = None) -> None:
        super().__init__(db)
        # The organisation printed on every form is the office's (app.office).
        self.office = office or OfficeSettingsService(db)

    @classmethod
    def from_services(cls, services: Any) -> PrintingService:
        """Built by app.services.Services: shares its office settings (and their cache)."""
        return cls(services.db, office=services.office_settings)

    def _organisation(self, actor: Actor) -> str:
        return self.office.current(actor).organization_name

    # -- permission --------------------------------------------------------------
    def _check(self, actor: Actor, claimant_user_id: int | None) -> None:
        if actor.can(ClaimPermission.VIEW_ALL_CLAIMS):
            return
        if (
            actor.can(ClaimPermission.CREATE_CLAIM)
            and actor.user_id is not None
            and claimant_user_id == actor.user_id
        ):
            return
        raise PermissionDenied(tr("You may print only your own claims."))

    def _checked_numbers(self, actor: Actor, claim_ids: Sequence[int]) -> dict[int, str]:
        """Permission and state check of every claim before anything is drawn."""
        if not claim_ids:
            raise ValidationError("claims", tr("Select at least one claim to print."))
        found: dict[int, str] = {}
        with self.read(actor, None) as session:
            ids = list(dict.fromkeys(claim_ids))
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                rows = session.execute(
                    select(
                        Claim.id,
                        Claim.number,
                        Claim.claimant_user_id,
                        Claim.status,
                        Claim.deleted_at,
                    ).where(Claim.id.in_(chunk))
                ).all()
                for claim_id, number, claimant_id, status, deleted_at in rows:
                    if deleted_at is not None:
                        continue
                    self._check(actor, claimant_id)
                    if status == ClaimStatus.CANCELLED:
                        raise ValidationError(
                            "claims", tr("Claim %s is cancelled and cannot be printed.") % number
                        )
                    found[claim_id] = number
        missing = [i for i in claim_ids if i not in found]
        if missing:
            raise NotFound(tr("The claim no longer exists (id %s).") % missing[0])
        return found

    # -- reading -------------------------------------------------------------------
    def numbers(self, actor: Actor, claim_ids: Sequence[int]) -> dict[int, str]:
        """Claim numbers by id, for file names; checks the actor may print each one."""
        return self._checked_numbers(actor, list(claim_ids))

    def claim_id(self, actor: Actor, number: str) -> int:
        """The id of a claim by its number (BX-YYYY-NNNN), for the command line."""
        number = (number or "").strip().upper()
        with self.read(actor, None) as session:
            row = session.execute(
                select(Claim.id, Claim.claimant_user_id).where(
                    Claim.number == number, Claim.deleted_at.is_(None)
                )
            ).first()
        if row is None:
            raise NotFound(tr("There is no claim numbered %s.") % number)
        self._check(actor, row.claimant_user_id)
        return row.id

    def claim_form(
        self,
        actor: Actor,
        claim_id: int,
        *,
        key: bytes | None = None,
        organisation: str | None = None,
    ) -> ClaimForm:
        """What the printed form of one claim shows (permission-checked)."""
        from app.claims.views import current_signoffs

        key = key if key is not None else verification_key(self.db)
        organisation = organisation if organisation is not None else self._organisation(actor)
        with self.read(actor, None) as session:
            claim = session.get(Claim, claim_id)
            if claim is None or claim.deleted_at is not None:
                raise NotFound(tr("The claim no longer exists (id %s).") % claim_id)
            self._check(actor, claim.claimant_user_id)
            # The printing check above is at least as strict as the claims view check.
            return form_from_claim(session, claim, current_signoffs(claim), organisation, key)

    def _forms(self, actor: Actor, claim_ids: Sequence[int]) -> Iterator[ClaimForm]:
        key = verification_key(self.db)
        organisation = self._organisation(actor)
        for claim_id in claim_ids:
            yield self.claim_form(actor, claim_id, key=key, organisation=organisation)

    # -- output --------------------------------------------------------------------
    def render(
        self,
        actor: Actor,
        claim_ids: Sequence[int],
        target: str | Path | BinaryIO,
        *,
        a5: bool = False,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> PrintResult:
        """Write the forms as one PDF without auditing (preview). Raises Cancelled."""
        from app.printing.claim_pdf import write_claim_forms

        ids = list(dict.fromkeys(claim_ids))
        self._checked_numbers(actor, ids)
        pages = write_claim_forms(
            self._forms(actor, ids),
            target,
            a5=a5,
            total=len(ids),
            progress=progress,
            is_cancelled=is_cancelled,
        )
        return PrintResult(claims=len(ids), pages=pages)

    def preview_pdf(
        self,
        actor: Actor,
        claim_ids: Sequence[int],
        *,
        a5: bool = False,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> bytes:
        buffer = io.BytesIO()
        self.render(actor, claim_ids, buffer, a5=a5, progress=progress, is_cancelled=is_cancelled)
        return buffer.getvalue()

    def export_pdf(
        self,
        actor: Actor,
        claim_ids: Sequence[int],
        path: str | Path,
        *,
        a5: bool = False,
        progress: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> PrintResult:
        """Write the forms to a PDF file and audit one "print" row per claim."""
        result = self.render(
            actor, claim_ids, path, a5=a5, progress=progress, is_cancelled=is_cancelled
        )
        paper = "A5" if a5 else "A4"
        change = self.record_print(
            actor, claim_ids, f"PDF {paper}, {result.pages} page(s): {Path(path).name}"
        )
        return attach(result, change)

    def record_print(self, actor: Actor, claim_ids: Sequence[int], how: str) -> Change:
        """Audit that these claims were printed (PDF file or a printer)."""
        ids = list(dict.fromkeys(claim_ids))
        numbers = self._checked_numbers(actor, ids)
        with self.tx(actor, None) as tx:
            for claim_id in ids:
                tx.audit(
                    "print",
                    entity=CLAIM_ENTITY,
                    entity_id=claim_id,
                    summary=f"{numbers[claim_id]}: {how}",
                )
        return tx.change

    # -- budget report -----------------------------------------------------------------
    def export_budget_report(
        self, actor: Actor, year: int, month: int, path: str | Path, *, cumulative: bool = True
    ) -> Change:
        """The budget vs. spend report of a year as PDF (audited); the change's result
        is the number of pages."""
        from app.budget.report import BudgetReportService
        from app.printing.budget_pdf import write_budget_report

        report = BudgetReportService(self.db).budget_vs_spend(
            actor, year, month, cumulative=cumulative
        )
        target = Path(path)
        with written_whole(target) as temp:
            pages = write_budget_report(report, temp, organisation=self._organisation(actor))
        scope = f"1-{month}" if cumulative else str(month)
        change = self.audit_export(
            actor,
            "budget_report",
            str(year),
            f"budget report {year}/{scope} PDF, {pages} page(s): {target.name}",
        )
        change.result = pages
        return change

    def audit_export(self, actor: Actor, entity: str, entity_id: str, summary: str) -> Change:
        with self.tx(actor, None) as tx:
            tx.audit("export", entity=entity, entity_id=entity_id, summary=summary)
        return tx.change

    # -- verification ----------------------------------------------------------------
    def verify(self, actor: Actor, code: str) -> VerifyResult:
        """Check a code typed or scanned from a paper form against the database."""
        parsed = parse_code(code)
        if parsed is None:
            return VerifyResult(VerifyOutcome.MALFORMED, code.strip())
        with self.read(actor, None) as session:
            claim_id = session.scalar(
                select(Claim.id).where(Claim.number == parsed.number, Claim.deleted_at.is_(None))
            )
        if claim_id is None:
            if not (
                actor.can(ClaimPermission.VIEW_ALL_CLAIMS)
                or actor.can(ClaimPermission.CREATE_CLAIM)
            ):
                raise PermissionDenied(tr("You may print only your own claims."))
            return VerifyResult(VerifyOutcome.UNKNOWN, code.strip(), parsed.number)
        key = verification_key(self.db)
        form = self.claim_form(actor, claim_id, key=key)
        outcome = VerifyOutcome.MATCH if verify_code(code, form, key) else VerifyOutcome.MISMATCH
        return VerifyResult(
            outcome, code.strip(), form.number, claim_id, form.status, form.claimant, form.total_fen
        )
