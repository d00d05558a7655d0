"""The user side of a claim transition, shared by the claims tab and the editor.

Each flow calls the service; when it answers with warnings the user confirms and
the call is repeated with acknowledge=True; an over-budget finance approval asks
for the override reason. A signature is asked for through `signature_provider`
(installed by the printing feature's signature pad), or left blank for ink.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.claims import workflow
from app.claims.rows import ClaimView, TransitionResult
from app.errors import ServiceError, ValidationError
from ui.context import UiContext
from ui.widgets import dialogs

# (parent, step) -> PNG bytes, or None to sign in ink; set by the printing feature.
SignatureProvider = Callable[[QWidget, str], bytes | None]


def run_action(
    parent: QWidget,
    ctx: UiContext,
    claim_id: int,
    version: int,
    status: str,
    action: str,
    signature_provider: SignatureProvider | None = None,
) -> ClaimView | None:
    """Do `action` on the claim with the user's confirmations; None if not done."""
    claims = ctx.services.claims
    try:
        if action == "return":
            reason = dialogs.ask_reason(
                parent,
                QCoreApplication.translate("ClaimFlows", "Return the claim"),
                QCoreApplication.translate(
                    "ClaimFlows", "Why is the claim returned? The claimant sees this reason."
                ),
            )
            if reason is None:
                return None
            result = claims.return_claim(ctx.actor, claim_id, version, reason)
        elif action == "cancel":
            result = claims.cancel(ctx.actor, claim_id, version)
        else:
            signature = None
            if signature_provider is not None:
                signature = signature_provider(parent, workflow.find(action, status).step)
            result = _confirmed(parent, ctx, claim_id, version, action, signature)
            if result is None:
                return None
    except ServiceError as exc:
        dialogs.show_error(parent, exc)
        return None
    ctx.bus.publish(result.change)
    return result.claim


def _confirmed(
    parent: QWidget,
    ctx: UiContext,
    claim_id: int,
    version: int,
    action: str,
    signature: bytes | None,
) -> TransitionResult | None:
    claims = ctx.services.claims
    kwargs: dict = {"signature_png": signature}
    call = {"submit": claims.submit, "approve": claims.approve, "pay": claims.pay}[action]
    if action != "pay":
        kwargs["acknowledge"] = False
    while True:
        try:
            result = call(ctx.actor, claim_id, version, **kwargs)
        except ValidationError as exc:
            if exc.field != "override_reason":
                raise
            reason = dialogs.ask_reason(
                parent,
                QCoreApplication.translate("ClaimFlows", "Approve over the budget"),
                QCoreApplication.translate(
                    "ClaimFlows",
                    "Give the reason for approving this claim over the budget (recorded in the "
                    "audit log):",
                ),
                exc.message,
            )
            if reason is None:
                return None
            kwargs["override_reason"] = reason
            continue
        if result.done:
            return result
        if not dialogs.confirm_warnings(
            parent,
            QCoreApplication.translate("ClaimFlows", "Warnings"),
            [w.message for w in result.warnings],
        ):
            return None
        kwargs["acknowledge"] = True
