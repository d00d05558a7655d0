"""A run as the command line prints it: the JSON of issue 16 item 11, and text."""

from __future__ import annotations

from typing import Any

from app.appraisal.rows import ResultRow, RunRow
from app.appraisal.translation import tr


def run_json(run: RunRow, results: list[ResultRow]) -> dict[str, Any]:
    return {
        "period": run.period,
        "status": run.status,
        "people": [
            {
                "staff": r.staff_name,
                "department": r.department,
                "kpis": [
                    {
                        "name": s.kpi_name,
                        "kind": "auto" if s.kind == "auto" else "manual",
                        "actual": s.actual,
                        "target": s.target,
                        "score": s.score,
                        "weight": s.weight,
                    }
                    for s in r.scores
                ],
                "conduct_points": r.conduct_points,
                "total": r.total,
                "grade": r.grade,
                "coefficient": r.coefficient,
                "warning": r.warning,
            }
            for r in results
        ],
    }


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def flags(r: ResultRow) -> list[str]:
    """What a reader must notice about a result, in words."""
    out = []
    if r.warning:
        out.append(tr("below the warning line: verbal warning (口头警告)"))
    if r.unscored:
        out.append(tr("left out (no target or no score): %s") % ", ".join(r.unscored))
    if r.months:
        out.append(tr("annual mean of the months %s") % r.months)
    if r.acknowledgement == "objected":
        out.append(tr("objection: %s") % r.objection)
    return out


def run_text(run: RunRow, results: list[ResultRow]) -> str:
    lines = [tr("Appraisal %s (%s), %d people") % (run.period, run.status, len(results))]
    for r in results:
        lines.append("")
        lines.append(
            tr("%s (%s): total %s, grade %s, coefficient %s, conduct points %s")
            % (
                r.staff_name,
                r.department,
                _num(r.total),
                r.grade,
                _num(r.coefficient),
                _num(r.conduct_points),
            )
        )
        for s in r.scores:
            lines.append(
                "  "
                + tr("%s [%s]: actual %s, target %s, score %s, weight %d")
                % (s.kpi_name, s.kind, _num(s.actual), _num(s.target), _num(s.score), s.weight)
            )
        lines.extend("  ! " + f for f in flags(r))
    return "\n".join(lines)
