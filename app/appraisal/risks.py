"""The appraisal's risk warning (app/risk_kit.py): a KPI heading below the warning
line in the current month.

For every appraised person (their department's, or everyone's for the
administrator) and every auto KPI of their template: the month's actual so far
(the run's own metric query), projected to the month's end for counts and amounts
(actual x days in month / days gone; a rate stands as it is), scored against the
person's target with the run's formula. A projected score below the office's
warning line (appraisal.warning_line, the line of the verbal warning) is a
warning. Nothing is projected before day `risks.kpi_min_elapsed_days` of the
month: two days of figures say nothing about a month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.appraisal import formulas
from app.appraisal.compute import ADDITIVE_UNITS, _targets, appraised_people
from app.appraisal.library import AUTO
from app.appraisal.metrics import METRICS
from app.appraisal.periods import parse_period
from app.appraisal.permissions import AppraisalPermission
from app.appraisal.service import office_rules
from app.appraisal.translation import tr
from app.appraisal.units import is_money
from app.context import Actor
from app.money import format_money
from app.risk_kit import RiskFinding, RiskRule, Severity, Unit, read_session
from db.models.appraisal import AppraisalKpi, AppraisalTemplate
from db.models.staff import Staff

MIN_ELAPSED_DAYS = "risks.kpi_min_elapsed_days"
# An acknowledged KPI warning comes back when its projected score falls this much more.
SCORE_STEP = Decimal(10)


def projected(actual: float | None, unit: str, elapsed: int, days: int) -> float | None:
    """The month-end figure at the pace so far (counts and amounts); a rate as it is."""
    if actual is None or unit not in ADDITIVE_UNITS:
        return actual
    if is_money(unit):  # integer fen stays integer fen
        return int(actual) * days // elapsed
    return actual * days / elapsed


def kpi_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    elapsed = today.day
    if elapsed < thresholds[MIN_ELAPSED_DAYS]:
        return []
    days = calendar.monthrange(today.year, today.month)[1]
    period = parse_period(f"{today:%Y-%m}")
    findings = []
    with read_session(services, actor, AppraisalPermission.RUN) as session:
        rules = office_rules(session)
        people = appraised_people(session, period)
        if not actor.can(AppraisalPermission.VIEW_ALL):
            own = session.get(Staff, actor.staff_id) if actor.staff_id else None
            department = own.department_id if own is not None else None
            people = [p for p in people if p.department_id == department]
        if not people:
            return []
        kpis = {k.id: k for k in session.scalars(select(AppraisalKpi))}
        templates = {
            t.id: t
            for t in session.scalars(
                select(AppraisalTemplate).where(
                    AppraisalTemplate.id.in_({p.template_id for p in people})
                )
            )
        }
        staff_ids = [p.id for p in people]
        metrics = {
            kpis[i.kpi_id].metric
            for t in templates.values()
            for i in t.items
            if kpis[i.kpi_id].kind == AUTO and kpis[i.kpi_id].metric in METRICS
        }
        actuals = {code: METRICS[code].compute(session, period, staff_ids) for code in metrics}
        targets = _targets(session, period, staff_ids, kpis)
        line = Decimal(str(rules.warning_line))
        for person in people:
            for item in templates[person.template_id].items:
                kpi = kpis[item.kpi_id]
                if kpi.kind != AUTO or kpi.metric not in actuals:
                    continue
                actual = actuals[kpi.metric].get(person.id)
                target = targets.get((person.id, kpi.id))
                if target is None and not is_money(kpi.unit):  # as the runs: no money defaults
                    target = kpi.default_target
                cap = kpi.cap if kpi.cap is not None else rules.cap
                score = formulas.kpi_score(
                    kpi.direction, projected(actual, kpi.unit, elapsed, days), target, cap
                )
                if score is None or Decimal(str(score)) >= line:
                    continue
                figure = Decimal(str(score))
                findings.append(
                    RiskFinding(
                        rule=KPI_RULE.key,
                        subject=f"kpi:{period.text}:staff:{person.id}:kpi:{kpi.id}",
                        severity=Severity.WARNING,
                        message=tr("%s, %s: projected score %s by the month's end (target %s)")
                        % (person.name, kpi.name, figure, _target_text(target, kpi.unit)),
                        records=(("staff", person.id), ("appraisal_kpis", kpi.id)),
                        labels=(person.name, kpi.name),
                        figure=figure,
                        threshold=line,
                        unit=Unit.SCORE,
                        step=SCORE_STEP,
                        higher_is_worse=False,
                    )
                )
    return findings


def _target_text(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if is_money(unit):
        return format_money(int(value))  # integer fen
    return f"{value:g}"


KPI_RULE = RiskRule(
    key="appraisal.kpi_projection",
    title=lambda: tr("KPI heading below the warning line"),
    thresholds={MIN_ELAPSED_DAYS: 7},
    evaluate=kpi_findings,
    needs=AppraisalPermission.RUN,
    description=lambda: tr(
        "An auto KPI's month-to-date figure projected to the month's end, scored against the target, below the appraisal warning line."  # noqa: E501
    ),
)

RULES = (KPI_RULE,)
