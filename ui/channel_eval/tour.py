"""The channel evaluation's drill-down for the screenshot tour (ui/tour_registry.py)."""

from __future__ import annotations

import datetime as dt

from app.channel_eval.periods import Period
from ui.context import UiContext


def _drill(ctx: UiContext):
    from ui.channel_eval.drill import DrillDialog

    today = dt.date.today()
    period = Period(today.replace(day=1) - dt.timedelta(days=90), today)
    report = ctx.services.channel_eval.figures(ctx.actor, period)
    row = max(report.rows, key=lambda r: r.figures.conversions, default=None)
    channel = row.channel_id if row else None
    rows = ctx.services.channel_eval.customers_behind(
        ctx.actor, period, "first", channel, "conversions"
    )
    name = row.name if row else ""
    return DrillDialog.for_customers(f"{name} · {period.label()}", rows)


def _costs(ctx: UiContext):
    from ui.channel_eval.drill import DrillDialog

    today = dt.date.today()
    period = Period(today.replace(day=1) - dt.timedelta(days=90), today)
    report = ctx.services.channel_eval.figures(ctx.actor, period)
    row = max(report.rows, key=lambda r: r.figures.cost_fen, default=None)
    channel = row.channel_id if row else None
    rows = ctx.services.channel_eval.costs_behind(ctx.actor, period, channel)
    return DrillDialog.for_costs(f"{row.name if row else ''} · {period.label()}", rows)


DIALOGS = [("channel_customers", _drill), ("channel_costs", _costs)]
