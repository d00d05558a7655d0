"""The booth kit dialog for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.context import UiContext


def _kit_dialog(ctx: UiContext):
    from ui.booth.kit_dialog import KitDialog

    dialog = KitDialog(ctx)
    dialog.activity_edit.setEditText(
        QCoreApplication.translate("KitDialog", "Open day at No. 1 Middle School")
    )
    return dialog


DIALOGS = [("booth_kit_dialog", _kit_dialog)]
