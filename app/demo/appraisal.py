"""Demo step: a year of appraisal targets and finalized monthly runs, and the last
quarter's managers' run.

Targets are set from each person's real figures of the month divided by a
"form" (a steady trait per person plus monthly noise), so that scores, totals
and grades spread the way an office's do: most B and C, a few A, the odd D or E.
Manual KPIs are scored by the manager around the same form, some with comments;
about half the people acknowledge their results, one objects.
"""

from __future__ import annotations

import datetime as dt

from app.appraisal.compute import ADDITIVE_UNITS, appraised_people
from app.appraisal.metrics import METRICS
from app.appraisal.periods import parse_period
from app.appraisal.units import Figure, is_money
from app.context import Actor
from app.demo.context import DemoContext
from app.errors import tr

MONTHS = 12
COMMENTS = {
    "attitude": ["工作积极主动", "服从安排，责任心强", "偶有拖延，需加强", "客户反馈热情周到"],
    "teamwork": ["乐于协助同事", "跨部门配合顺畅", "团队沟通有待加强"],
    "collection_rate": ["回款及时", "有两笔尾款未收回"],
    "research_plan": ["调研报告按时提交", "样本量不足"],
    "ad_plan": ["抖音投放按计划完成", "地推物料延误一周"],
}
OBJECTION = "本月新客户有两位被登记在同事名下，请核实。"


def label() -> str:
    """What progress messages call this step."""
    return tr("appraisal targets and runs", "demo step")


def _months(today: dt.date) -> list[str]:
    first = today.replace(day=1)
    out = []
    for _ in range(MONTHS):
        first = (first - dt.timedelta(days=1)).replace(day=1)
        out.append(f"{first.year}-{first.month:02d}")
    return list(reversed(out))


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def build(ctx: DemoContext) -> None:
    services, actor, rng = ctx.services, ctx.actor, ctx.rng
    appraisal = services.appraisal
    appraisal.ensure_library(actor)
    kpis = {k.id: k for k in appraisal.list_kpis(actor)}
    by_code = {k.code: k.id for k in kpis.values()}
    form: dict[int, float] = {}
    months = _months(ctx.today)
    steps = 2 * len(months) + 1
    # First pass: each person's figures per month, for a steady monthly plan (target).
    figures: dict[tuple[int, int], list[Figure]] = {}
    additive = {k.id: k.metric for k in kpis.values() if k.unit in ADDITIVE_UNITS and k.metric}
    with ctx.db.session() as session:
        staff_ids = [p.id for p in appraised_people(session, parse_period(months[0]))]
        # Reported from 1: 0 is the step's start, which build_demo reports once.
        for n, period in enumerate(months, start=1):
            ctx.report("appraisal", n, steps)
            for kpi_id, metric in additive.items():
                found = METRICS[metric].compute(session, parse_period(period), staff_ids)
                for staff_id, value in found.items():
                    figures.setdefault((staff_id, kpi_id), []).append(value or 0)
    for n, period in enumerate(months, start=1):
        ctx.report("appraisal", len(months) + n, steps)
        run = appraisal.run(actor, period)
        results = appraisal.results(actor, run.id)
        targets = []
        for result in results:
            trait = form.setdefault(result.staff_id, _clamp(rng.gauss(0.95, 0.12), 0.7, 1.25))
            for score in result.scores:
                values = figures.get((result.staff_id, score.kpi_id))
                if not values:
                    continue
                unit = kpis[score.kpi_id].unit
                form_now = _clamp(trait * rng.gauss(1.0, 0.08), 0.6, 1.4)
                if is_money(unit):  # fen: a plan in whole hundreds of yuan, integer only
                    per_cent = round(form_now * 100)
                    plan_fen = sum(int(v or 0) for v in values) * 100 // (len(values) * per_cent)
                    target: int = max(round(plan_fen, -4), 10_000)
                else:
                    target = max(round(sum(values) / len(values) / form_now), 1)
                targets.append((result.staff_id, score.kpi_id, period, target))
        appraisal.set_targets(actor, targets)
        scores = []
        for result in results:
            trait = form[result.staff_id]
            for score in result.scores:
                if score.kind != "manual":
                    continue
                code = next(c for c, i in by_code.items() if i == score.kpi_id)
                value = round(_clamp(rng.gauss(48 + 26 * trait, 8), 35, 100))
                comment = rng.choice(COMMENTS.get(code, [""])) if rng.random() < 0.3 else ""
                scores.append((result.staff_id, score.kpi_id, float(value), comment))
        appraisal.set_manual_scores(actor, run.id, scores)
        appraisal.run(actor, period)  # with the targets now set
        appraisal.finalize(actor, run.id)
        if n >= len(months) - 3:  # the recent months' answers; older ones were filed
            _answers(ctx, run.id, last=n == len(months) - 1)
    quarter = appraisal.run(actor, _last_quarter(ctx.today))
    appraisal.set_manual_scores(
        actor,
        quarter.id,
        [
            (
                r.staff_id,
                x.kpi_id,
                float(round(_clamp(rng.gauss(48 + 26 * form[r.staff_id], 6), 35, 100))),
                "",
            )
            for r in appraisal.results(actor, quarter.id)
            for x in r.scores
            if x.kind == "manual"
        ],
    )
    appraisal.finalize(actor, quarter.id)
    ctx.report("appraisal", steps, steps)


def _answers(ctx: DemoContext, run_id: int, *, last: bool) -> None:
    """About half acknowledge; in the last month one objects."""
    objected = False
    for result in ctx.services.appraisal.results(ctx.actor, run_id):
        person = Actor(
            user_id=None,
            username=f"demo:{result.staff_name}",
            role="staff",
            staff_id=result.staff_id,
            display_name=result.staff_name,
        )
        if last and not objected and result.grade in ("C", "D"):
            ctx.services.appraisal.acknowledge(person, result.id, OBJECTION)
            objected = True
        elif ctx.rng.random() < (0.5 if last else 0.9):
            ctx.services.appraisal.acknowledge(person, result.id)


def _last_quarter(today: dt.date) -> str:
    quarter = (today.month - 1) // 3  # the current quarter's index, 0-based
    year = today.year
    if quarter == 0:
        year, quarter = year - 1, 4
    return parse_period(f"{year}-Q{quarter}").text
