"""The claims' workbench items (app.work_items): claims waiting for the actor's
approval step (department head, finance review) or payment, read through the
claims service's "to approve" list, so its rules apply (never one's own claim)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.claims.rows import ClaimFilter
from app.claims.translation import tr
from app.claims.workflow import ClaimStatus, scope_visible
from app.context import Actor
from app.entities import kind
from app.money import format_money
from app.work_items import Section, WorkItem
from db.models.budget_claims import Claim

# Items shown; the rest is one "and N more" line that opens the claims tab.
SHOWN = 20


def _line(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not scope_visible(actor, "to_approve"):
        return []
    claims = services.claims
    flt = ClaimFilter(scope="to_approve", limit=SHOWN)
    rows = claims.list_claims(actor, flt)
    # Approvals before payments, each in the order the claims were numbered.
    found = [
        WorkItem(
            Section.APPROVALS,
            (
                tr("Claim %s to pay")
                if row.status == ClaimStatus.FINANCE_APPROVED
                else tr("Claim %s to approve")
            )
            % row.number,
            _line(row.claimant_name, format_money(row.total_fen), row.purpose),
            kind=kind(Claim),
            record_id=row.id,
        )
        for row in sorted(rows, key=lambda r: (r.status == ClaimStatus.FINANCE_APPROVED, r.number))
    ]
    if len(rows) == SHOWN:
        rest = claims.count_claims(actor, ClaimFilter(scope="to_approve")) - SHOWN
        if rest > 0:
            found.append(
                WorkItem(
                    Section.APPROVALS,
                    tr("%d more claims waiting: see the Claims tab") % rest,
                    kind=kind(Claim),
                )
            )
    return found
