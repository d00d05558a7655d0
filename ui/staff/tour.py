"""The staff dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations


def _staff_editor(ctx):
    from ui.staff.staff_tab import StaffEditor

    staff = ctx.services.staff.list_staff(ctx.actor)
    return StaffEditor(ctx, staff[0] if staff else None)


DIALOGS = [("staff-editor", _staff_editor)]
