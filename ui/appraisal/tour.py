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
    from ui.appraisal.dialogs import TraceDialog

    run, results = _latest(ctx)
    for result in results:
        for score in result.scores:
            if score.kind == "auto" and score.actual:
                query = next(
                    (
                        k.query
                        for k in ctx.services.appraisal.list_kpis(ctx.actor)
                        if k.id == score.kpi_id
                    ),
                    "",
                )
                return TraceDialog(
                    ctx, run.id, result.staff_id, score, result.staff_name, query=query
                )
    return None


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
]
