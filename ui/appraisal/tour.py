"""Appraisal dialogs for the screenshot tour (ui/tour_registry.py): the records
behind a score, and a manual score."""

from __future__ import annotations

from ui.context import UiContext


def _latest(ctx: UiContext):
    runs = ctx.services.appraisal.runs(ctx.actor)
    finalized = [r for r in runs if r.status == "finalized"]
    run = finalized[0] if finalized else (runs[0] if runs else None)
    results = ctx.services.appraisal.results(ctx.actor, run.id) if run else []
    return run, results


def _trace(ctx: UiContext):
    """The records behind a score, a money one (the sales amount) when there is one."""
    from app.appraisal.units import is_money
    from ui.appraisal.dialogs import TraceDialog

    run, results = _latest(ctx)
    lines = [
        (result, score)
        for result in results
        for score in result.scores
        if score.kind == "auto" and score.actual
    ]
    if not lines:
        return None
    result, score = min(lines, key=lambda pair: not is_money(pair[1].unit))
    query = next(
        (k.query for k in ctx.services.appraisal.list_kpis(ctx.actor) if k.id == score.kpi_id),
        "",
    )
    return TraceDialog(ctx, run.id, result.staff_id, score, result.staff_name, query=query)


def _targets(ctx: UiContext):
    from ui.appraisal.targets_dialog import TargetsDialog

    run, _results = _latest(ctx)
    return TargetsDialog(ctx, period=run.period if run else None)


def _manual(ctx: UiContext):
    from ui.appraisal.dialogs import ManualScoreDialog

    run, results = _latest(ctx)
    for result in results:
        for score in result.scores:
            if score.kind == "manual":
                return ManualScoreDialog(ctx, run.id, result.staff_id, result.staff_name, score)
    return None


def _templates(ctx: UiContext):
    from ui.appraisal.template_dialog import TemplateDialog

    return TemplateDialog(ctx)


DIALOGS = [
    ("appraisal-trace", _trace),
    ("appraisal-manual-score", _manual),
    ("appraisal-templates", _templates),
    ("appraisal-targets", _targets),
]
