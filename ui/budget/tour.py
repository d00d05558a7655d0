"""Budget and claims dialogs for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations

import datetime as dt

from app.claims.permissions import ClaimPermission
from app.claims.rows import ClaimFilter
from ui.context import UiContext


def _claim_editor(ctx: UiContext):
    from ui.claims.editor import ClaimEditor

    scope = "all" if ctx.actor.can(ClaimPermission.VIEW_ALL_CLAIMS) else "mine"
    rows = ctx.services.claims.list_claims(ctx.actor, ClaimFilter(scope=scope, limit=1))
    return ClaimEditor(ctx, rows[0].id if rows else None)


def _new_claim(ctx: UiContext):
    from ui.claims.editor import ClaimEditor

    return ClaimEditor(ctx)


def _adjustment(ctx: UiContext):
    from ui.budget.adjustments_panel import AdjustmentDialog

    return AdjustmentDialog(ctx, dt.date.today().year)


def _expense(ctx: UiContext):
    from ui.budget.expenses_panel import ExpenseDialog

    return ExpenseDialog(ctx)


def _category(ctx: UiContext):
    from ui.budget.categories_panel import CategoryDialog

    rows = ctx.services.expense_categories.list_categories(ctx.actor)
    return CategoryDialog(ctx, rows[5] if len(rows) > 5 else None)


DIALOGS = [
    ("claim_editor", _claim_editor),
    ("claim_new", _new_claim),
    ("budget_adjustment", _adjustment),
    ("direct_expense", _expense),
    ("expense_category", _category),
]
