"""A run as the command line prints it: the JSON of issue 16 item 11, and text."""

from __future__ import annotations

from typing import Any

from app.appraisal.rows import ResultRow, RunRow
from app.appraisal.translation import tr
from app.appraisal.units import figure_text


def run_json(run: RunRow, results: list[ResultRow]) -> dict[str, Any]:
    """Figures as stored: a KPI whose unit is "fen" has integer fen (exact)."""
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
                        "unit": s.unit,
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
                % (
                    s.kpi_name,
                    s.kind,
                    figure_text(s.unit, s.actual),
                    figure_text(s.unit, s.target),
                    _num(s.score),
                    s.weight,
                )
            )
        lines.extend("  ! " + f for f in flags(r))
    return "\n".join(lines)


GRADE_LETTERS = ("A", "B", "C", "D", "E")


def distribution(results: list[ResultRow]) -> dict[str, int]:
    """Grade -> how many people got it (every grade present, 0 included)."""
    counts = dict.fromkeys(GRADE_LETTERS, 0)
    for r in results:
        counts[r.grade] = counts.get(r.grade, 0) + 1
    return counts


def warnings(results: list[ResultRow]) -> list[ResultRow]:
    """Below the warning line (口头警告), lowest first."""
    return sorted((r for r in results if r.warning), key=lambda r: r.total)


def top_per_department(results: list[ResultRow]) -> list[ResultRow]:
    """The 优秀营销员工 candidates: the best total of each department (ties: all),
    only among grades A and B, best first."""
    best: dict[str, float] = {}
    for r in results:
        best[r.department] = max(best.get(r.department, r.total), r.total)
    picked = [r for r in results if r.total == best[r.department] and r.grade in ("A", "B")]
    return sorted(picked, key=lambda r: (-r.total, r.staff_name))


def best_department(results: list[ResultRow]) -> tuple[str, float] | None:
    """The 最佳销售团队 candidate: the department with the highest mean total."""
    totals: dict[str, list[float]] = {}
    for r in results:
        totals.setdefault(r.department, []).append(r.total)
    if not totals:
        return None
    name, values = max(totals.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), kv[0]))
    return name, round(sum(values) / len(values), 2)


def ranked(results: list[ResultRow]) -> list[tuple[int, ResultRow]]:
    """(rank, result), best total first; equal totals share a rank (1, 2, 2, 4)."""
    ordered = sorted(results, key=lambda r: (-r.total, r.staff_name))
    out: list[tuple[int, ResultRow]] = []
    for n, r in enumerate(ordered, start=1):
        rank = out[-1][0] if out and out[-1][1].total == r.total else n
        out.append((rank, r))
    return out
