"""What the appraisal service hands out: frozen rows, never sessions' objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.appraisal.units import Figure, is_money
from app.service import Changed
from db.models.appraisal import AppraisalKpi, AppraisalResult, AppraisalRun, AppraisalScore


@dataclass(frozen=True)
class KpiRow(Changed):
    id: int
    code: str
    name: str
    kind: str
    direction: str
    metric: str
    unit: str
    cap: float | None
    default_target: float | None
    description: str
    query: str  # what an auto KPI counts (metrics.py), "" for a manual one

    @classmethod
    def of(cls, kpi: AppraisalKpi, query: str) -> KpiRow:
        return cls(
            kpi.id,
            kpi.code,
            kpi.name,
            kpi.kind,
            kpi.direction,
            kpi.metric,
            kpi.unit,
            kpi.cap,
            kpi.default_target,
            kpi.description,
            query,
        )


@dataclass(frozen=True)
class TemplateRow(Changed):
    id: int
    department_id: int
    department: str
    position: str
    items: tuple[tuple[int, str, int], ...]  # (kpi id, kpi name, weight)
    version: int


@dataclass(frozen=True)
class RunRow(Changed):
    id: int
    period: str
    kind: str
    status: str
    computed_at: dt.datetime | None
    finalized_at: dt.datetime | None
    finalized_by: str
    reopen_reason: str
    people: int
    version: int

    @classmethod
    def of(cls, run: AppraisalRun, people: int) -> RunRow:
        return cls(
            run.id,
            run.period,
            run.kind,
            run.status,
            run.computed_at,
            run.finalized_at,
            run.finalized_by,
            run.reopen_reason,
            people,
            run.version,
        )


@dataclass(frozen=True)
class ScoreRow:
    """One KPI line; actual and target are integer fen when the unit is "fen"."""

    kpi_id: int
    kpi_name: str
    kind: str
    direction: str
    unit: str
    weight: int
    actual: Figure | None
    target: Figure | None
    score: float | None
    comment: str
    scored_by: str

    @classmethod
    def of(cls, s: AppraisalScore) -> ScoreRow:
        return cls(
            s.kpi_id,
            s.kpi_name,
            s.kind,
            s.direction,
            s.unit,
            s.weight,
            s.actual_fen if is_money(s.unit) else s.actual,
            s.target_fen if is_money(s.unit) else s.target,
            s.score,
            s.comment,
            s.scored_by,
        )


@dataclass(frozen=True)
class ResultRow(Changed):
    id: int
    run_id: int
    period: str
    status: str
    staff_id: int
    staff_name: str
    department_id: int | None
    department: str
    position: str
    conduct_points: float
    total: float
    grade: str
    coefficient: float
    warning: bool
    months: str
    acknowledgement: str
    objection: str
    scores: tuple[ScoreRow, ...]

    @classmethod
    def of(cls, r: AppraisalResult, run: AppraisalRun) -> ResultRow:
        return cls(
            r.id,
            run.id,
            run.period,
            run.status,
            r.staff_id,
            r.staff_name,
            r.department_id,
            r.department_name,
            r.position,
            r.conduct_points,
            r.total,
            r.grade,
            r.coefficient,
            r.warning,
            r.months,
            r.acknowledgement,
            r.objection,
            tuple(ScoreRow.of(s) for s in r.scores),
        )

    @property
    def unscored(self) -> tuple[str, ...]:
        """KPIs left out of the total (no target, or no manual score yet)."""
        return tuple(s.kpi_name for s in self.scores if s.score is None)
