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
)
