"""The Claims tab (app/claims/feature.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.claims import kinds as claims_kinds
from app.claims.permissions import ClaimPermission
from ui.features import UiFeature
from ui.tabs import TabSpec


def _claims_tab(ctx):
    from ui.claims.tab import ClaimsTab

    return ClaimsTab(ctx)


def _visible(ctx) -> bool:
    return any(
        ctx.actor.can(p)
        for p in (
            ClaimPermission.CREATE_CLAIM,
            ClaimPermission.VIEW_ALL_CLAIMS,
            ClaimPermission.APPROVE_CLAIM_DEPARTMENT,
            ClaimPermission.APPROVE_CLAIM_FINANCE,
        )
    )


def _open_claim(ctx, parent, record_id: int) -> None:
    """The claim editor, where an approver approves, returns or pays it."""
    from ui.claims.editor import ClaimEditor

    ClaimEditor(ctx, record_id, parent).exec()


UI_FEATURE = UiFeature(
    tabs=(
        TabSpec(
            "claims",
            lambda: QCoreApplication.translate("ClaimsFeature", "Claims"),
            _claims_tab,
            _visible,
            claims_kinds.KINDS,
            order=20,
        ),
    ),
    openers={"claims": _open_claim},
)
