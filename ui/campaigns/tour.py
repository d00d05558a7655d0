"""The campaigns dialogs for the screenshot tour (ui/tour_registry.py): the activity
editor holding copy with findings, a completed activity's summary, its costs, and
the marketing plans."""

from __future__ import annotations

import datetime as dt

from ui.context import UiContext


def _activities(ctx: UiContext):
    today = dt.date.today()
    return ctx.services.campaigns.list_activities(
        ctx.actor, today - dt.timedelta(days=400), today + dt.timedelta(days=400)
    )


def _editor_with_findings(ctx: UiContext):
    from ui.campaigns.activity_dialog import ActivityDialog

    rows = [r for r in _activities(ctx) if r.ad_copy and ctx.services.adcheck.check(r.ad_copy)]
    return ActivityDialog(ctx, rows[0].id if rows else None)


def _completed(ctx: UiContext, page: str):
    from ui.campaigns.activity_dialog import ActivityDialog

    done = [r for r in _activities(ctx) if r.status == "completed"]
    # The latest completed activity with the most to show.
    dialog = ActivityDialog(ctx, done[-1].id if done else None)
    dialog.tabs.setCurrentWidget(dialog.summary if page == "summary" else dialog.costs)
    return dialog


def _plans(ctx: UiContext):
    from ui.campaigns.plans_dialog import PlansDialog

    dialog = PlansDialog(ctx)
    for row, plan in enumerate(dialog.plans):  # a quarter with activities held
        if plan.period_kind == "quarterly" and plan.activity_count:
            dialog.list.selectRow(row)
            break
    return dialog


DIALOGS = [
    ("activity-editor-findings", _editor_with_findings),
    ("activity-summary", lambda ctx: _completed(ctx, "summary")),
    ("activity-costs", lambda ctx: _completed(ctx, "costs")),
    ("marketing-plans", _plans),
]
