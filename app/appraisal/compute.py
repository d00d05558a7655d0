"""One pass of a run: every auto KPI for every person, from one aggregate query
per metric (not per person), then the formulas. Runs inside the caller's
transaction; the caller checks permissions and writes the audit row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.appraisal import formulas
from app.appraisal.conduct import conduct_adjustment
from app.appraisal.library import AUTO, is_manager_position
from app.appraisal.metrics import METRICS
from app.appraisal.periods import ANNUAL, QUARTERLY, Period
from app.appraisal.units import COUNT, FEN, Figure, is_money
from app.tasks import TaskControl
from db.base import table_of
from db.models.appraisal import (
    AppraisalKpi,
    AppraisalResult,
    AppraisalRun,
    AppraisalScore,
    AppraisalTarget,
    AppraisalTemplate,
    AppraisalTemplateItem,
)
from db.models.staff import Department, Staff

# Units whose monthly targets add up to a quarter's or a year's (amounts add in fen).
ADDITIVE_UNITS = (COUNT, FEN)


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    department_id: int
    department: str
    position: str
    template_id: int


def appraised_people(session: Session, period: Period) -> list[Person]:
    """Active staff whose department has a template (their position's, else the
    department's own); a quarterly run takes the managers only."""
    templates = {
        (t.department_id, t.position): t.id for t in session.scalars(select(AppraisalTemplate))
    }
    rows = session.execute(
        select(Staff.id, Staff.name, Staff.department_id, Department.name, Staff.position)
        .join(Department, Department.id == Staff.department_id)
        .where(Staff.active.is_(True))
        .order_by(Department.id, Staff.id)
    )
    people = []
    for sid, name, dep_id, dep_name, position in rows:
        if dep_id is None:  # the join excludes it; for the type checker
            continue
        template = templates.get((dep_id, position)) or templates.get((dep_id, ""))
        if template is None:
            continue
        if period.kind == QUARTERLY and not is_manager_position(position):
            continue
        people.append(Person(sid, name, dep_id, dep_name, position, template))
    return people


def _targets(
    session: Session, period: Period, staff_ids: list[int], kpis: dict[int, AppraisalKpi]
) -> dict[tuple[int, int], Figure]:
    """(staff, kpi) -> target: the period's own, else (counts and amounts) the sum
    of the months' targets inside it. Money targets are integer fen and add as such."""
    wanted = [period.text] + (period.months() if period.kind != "monthly" else [])
    found: dict[tuple[int, int], Figure] = {}
    summed: dict[tuple[int, int], Figure] = defaultdict(int)
    rows = session.execute(
        select(
            AppraisalTarget.staff_id,
            AppraisalTarget.kpi_id,
            AppraisalTarget.period,
            AppraisalTarget.target,
            AppraisalTarget.target_fen,
        ).where(AppraisalTarget.period.in_(wanted), AppraisalTarget.staff_id.in_(staff_ids))
    )
    for sid, kid, text, target, target_fen in rows:
        kpi = kpis.get(kid)
        if kpi is None:
            continue
        value: Figure | None = target_fen if is_money(kpi.unit) else target
        if value is None:  # a row of the other unit: the KPI's unit was changed since
            continue
        if text == period.text:
            found[(sid, kid)] = value
        elif kpi.unit in ADDITIVE_UNITS:
            summed[(sid, kid)] += value
    for key, total in summed.items():
        found.setdefault(key, total)
    return found


def _annual_totals(
    session: Session, period: Period, staff_ids: list[int]
) -> dict[int, list[float | None]]:
    """Staff -> 12 monthly totals from the finalized monthly runs (None: no run)."""
    months = period.months()
    out: dict[int, list[float | None]] = {sid: [None] * 12 for sid in staff_ids}
    rows = session.execute(
        select(AppraisalRun.period, AppraisalResult.staff_id, AppraisalResult.total)
        .join(AppraisalResult, AppraisalResult.run_id == AppraisalRun.id)
        .where(AppraisalRun.period.in_(months), AppraisalRun.status == "finalized")
    )
    for text, sid, total in rows:
        if sid in out:
            out[sid][months.index(text)] = float(total)
    return out


def compute_run(
    session: Session,
    run: AppraisalRun,
    period: Period,
    rules: formulas.GradeRules,
    control: TaskControl,
) -> int:
    """Replace the draft run's results with freshly computed ones (manual scores
    and comments already entered are kept). Returns the number of people."""
    people = appraised_people(session, period)
    staff_ids = [p.id for p in people]
    templates = {
        t.id: t
        for t in session.scalars(
            select(AppraisalTemplate).where(
                AppraisalTemplate.id.in_({p.template_id for p in people})
            )
        )
    }
    kpis = {k.id: k for k in session.scalars(select(AppraisalKpi))}
    metrics = sorted(
        {
            kpis[item.kpi_id].metric
            for t in templates.values()
            for item in t.items
            if kpis[item.kpi_id].kind == AUTO
        }
    )
    steps = len(metrics) + 2
    actuals: dict[str, dict[int, Figure | None]] = {}
    for n, code in enumerate(metrics):
        control.check()
        control.report(n, steps)
        actuals[code] = METRICS[code].compute(session, period, staff_ids)
    targets = _targets(session, period, staff_ids, kpis)
    conduct = conduct_adjustment(session, period.start, period.end, staff_ids)
    annual = _annual_totals(session, period, staff_ids) if period.kind == ANNUAL else {}
    manual = _kept_manual_scores(session, run.id)
    control.check()
    control.report(len(metrics) + 1, steps)

    session.execute(delete(AppraisalResult).where(AppraisalResult.run_id == run.id))
    # Core inserts: the ORM's unit of work cost a second per 200 people (measured).
    results, lines = [], {}
    for person in people:
        result, scores = _score_person(
            person, templates[person.template_id].items, kpis, actuals, targets, manual, rules
        )
        points = conduct.get(person.id, 0.0)
        result["conduct_points"] = points
        result["total"] = formulas.total_score([(x["weight"], x["score"]) for x in scores], points)
        if period.kind == ANNUAL:
            months = annual[person.id]
            mean = formulas.annual_total(months)
            if mean is not None:
                result["total"] = mean
                result["months"] = ",".join(map(str, formulas.months_included(months)))
        g = formulas.grade(result["total"], rules)
        result.update(grade=g.letter, coefficient=g.coefficient, warning=g.warning, run_id=run.id)
        results.append(result)
        lines[person.id] = scores
    control.check()
    if results:
        session.execute(table_of(AppraisalResult).insert(), results)
        ids = session.execute(
            select(AppraisalResult.staff_id, AppraisalResult.id).where(
                AppraisalResult.run_id == run.id
            )
        )
        rows = [dict(x, result_id=rid) for sid, rid in ids for x in lines[sid]]
        if rows:
            session.execute(table_of(AppraisalScore).insert(), rows)
    control.report(steps, steps)
    return len(people)


def _kept_manual_scores(
    session: Session, run_id: int
) -> dict[tuple[int, int], tuple[float | None, str, str]]:
    """(staff, kpi) -> (score entered, comment, by whom) of the draft's manual lines."""
    rows = session.execute(
        select(
            AppraisalResult.staff_id,
            AppraisalScore.kpi_id,
            AppraisalScore.actual,
            AppraisalScore.comment,
            AppraisalScore.scored_by,
        )
        .join(AppraisalScore, AppraisalScore.result_id == AppraisalResult.id)
        .where(AppraisalResult.run_id == run_id, AppraisalScore.kind != AUTO)
    )
    return {(sid, kid): (actual, comment, by) for sid, kid, actual, comment, by in rows}


def _score_person(
    person: Person,
    items: Iterable[AppraisalTemplateItem],
    kpis: dict[int, AppraisalKpi],
    actuals: dict[str, dict[int, Figure | None]],
    targets: dict[tuple[int, int], Figure],
    manual: dict[tuple[int, int], tuple[float | None, str, str]],
    rules: formulas.GradeRules,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The person's result row and score rows (column -> value)."""
    result: dict[str, Any] = {
        "staff_id": person.id,
        "staff_name": person.name,
        "department_id": person.department_id,
        "department_name": person.department,
        "position": person.position,
        "months": "",
        "acknowledgement": "",
        "objection": "",
    }
    scores = []
    for item in items:
        kpi = kpis[item.kpi_id]
        cap = kpi.cap if kpi.cap is not None else rules.cap
        line: dict[str, Any] = {
            "kpi_id": kpi.id,
            "kpi_name": kpi.name,
            "kind": kpi.kind,
            "direction": kpi.direction,
            "unit": kpi.unit,
            "weight": item.weight,
            "actual": None,
            "target": None,
            "actual_fen": None,
            "target_fen": None,
            "comment": "",
            "scored_by": "",
        }
        if kpi.kind == AUTO:
            actual = actuals[kpi.metric].get(person.id)
            target = targets.get((person.id, kpi.id))
            if target is None and not is_money(kpi.unit):  # no money defaults: fen only
                target = kpi.default_target
            line["score"] = formulas.kpi_score(kpi.direction, actual, target, cap)
            money = is_money(kpi.unit)
            line["actual_fen" if money else "actual"] = actual
            line["target_fen" if money else "target"] = target
        else:
            kept = manual.get((person.id, kpi.id))
            if kept is not None:
                line["actual"], line["comment"], line["scored_by"] = kept
            line["score"] = formulas.kpi_score(formulas.MANUAL, line["actual"], None)
        scores.append(line)
    return result, scores
