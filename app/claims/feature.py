"""Reimbursement claims: lines, invoices, attachments, the approval workflow."""

from __future__ import annotations

from app.claims.permissions import GRANTS, ClaimPermission
from app.features import Feature

FEATURE = Feature(
    name="claims",
    models=("db.models.budget_claims",),  # migrated by the budget branch (b001)
    permissions=(ClaimPermission,),
    grants=GRANTS,
    services={"claims": "app.claims.service:ClaimService"},
    ui="ui.claims.feature",
    cli=("cli.claims",),  # claim and budget commands
    workbench="app.claims.workbench:items",
)
