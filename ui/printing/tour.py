"""Printing dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _verify(ctx):
    from ui.printing.verify_dialog import VerifyFormDialog

    return VerifyFormDialog(ctx)


def _signature(ctx):
    from ui.printing.signature_pad import SignaturePadDialog, step_prompt

    return SignaturePadDialog(None, step_prompt("department"), allow_cancel=False)


DIALOGS = [
    ("printing-verify-form", _verify),
    ("printing-signature-pad", _signature),
]
