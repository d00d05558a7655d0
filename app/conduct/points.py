"""Net conduct points of a period, after the office's rules (CONTRACTS.md).

A counted record (status recorded, or approved leave) adds its own points. Then
the rule that combines records: every full group of N lates in one calendar
month (N = conduct.lates_per_absence, 0 = off) counts as one absence, so those N
lates' points are replaced by an absence's points. The replacement is a line of
its own (`ConductLine` with record_id None), so the lines behind a person's
points always add up to them: the appraisal drill-down shows the same sum.

A period cutting a month counts the lates of that month inside the period.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conduct.kinds import ATTENDANCE, subkind_label
from app.conduct.rules import ConductRules
from app.conduct.translation import tr
from db.models.conduct import COUNTED_STATUSES, ConductRecord

LATE = "late"
RULE_SUBKIND = "late_rule"


@dataclass(frozen=True)
class ConductLine:
    """One thing that made a person's points: a record, or a rule's adjustment."""

    record_id: int | None  # None: an adjustment made by a rule
    staff_id: int
    occurred_on: dt.date
    kind: str
    subkind: str
    points: float
    note: str
    explanation: str  # what the line is, in words (the subkind, or the rule applied)


def _counted(
    session: Session, start: dt.date, end: dt.date, staff_ids: Collection[int] | None
) -> list[ConductRecord]:
    query = (
        select(ConductRecord)
        .where(
            ConductRecord.occurred_on >= start,
            ConductRecord.occurred_on <= end,
            ConductRecord.status.in_(COUNTED_STATUSES),
        )
        .order_by(ConductRecord.staff_id, ConductRecord.occurred_on, ConductRecord.id)
    )
    if staff_ids is not None:
        query = query.where(ConductRecord.staff_id.in_(list(staff_ids)))
    return list(session.scalars(query))


def lines_of(records: list[ConductRecord], rules: ConductRules) -> list[ConductLine]:
    """The lines of these counted records (any people, any order), rules applied."""
    lines: list[ConductLine] = []
    lates: dict[tuple[int, int, int], list[ConductRecord]] = defaultdict(list)
    for r in sorted(records, key=lambda r: (r.staff_id, r.occurred_on, r.id)):
        lines.append(
            ConductLine(
                r.id,
                r.staff_id,
                r.occurred_on,
                r.kind,
                r.subkind,
                float(r.points),
                r.note,
                subkind_label(r.subkind),
            )
        )
        if r.kind == ATTENDANCE and r.subkind == LATE:
            lates[(r.staff_id, r.occurred_on.year, r.occurred_on.month)].append(r)
    n = rules.lates_per_absence
    if n > 0:
        for (staff_id, year, month), month_lates in lates.items():
            for group_start in range(0, len(month_lates) - n + 1, n):
                group = month_lates[group_start : group_start + n]
                replaced = sum(float(r.points) for r in group)
                lines.append(
                    ConductLine(
                        None,
                        staff_id,
                        group[-1].occurred_on,
                        ATTENDANCE,
                        RULE_SUBKIND,
                        round(rules.absence_points - replaced, 4),
                        "",
                        tr("%d lates in %d-%02d count as one absence (%s points instead of %s)")
                        % (n, year, month, _fmt(rules.absence_points), _fmt(replaced)),
                    )
                )
    lines.sort(key=lambda line: (line.staff_id, line.occurred_on, line.record_id is None))
    return lines


def _fmt(points: float) -> str:
    return f"{points:g}"


def conduct_points(
    session: Session,
    start: dt.date,
    end: dt.date,
    staff_ids: Collection[int] | None = None,
) -> dict[int, float]:
    """staff id -> net points of the records dated start..end (both included).
    Every id in `staff_ids` is in the result (0.0 without records); without
    `staff_ids`, everyone with a counted record."""
    rules = ConductRules.load(session)
    totals: dict[int, float] = {i: 0.0 for i in staff_ids} if staff_ids is not None else {}
    for line in lines_of(_counted(session, start, end, staff_ids), rules):
        totals[line.staff_id] = totals.get(line.staff_id, 0.0) + line.points
    return {staff_id: round(total, 2) for staff_id, total in totals.items()}


def conduct_records_behind(
    session: Session, staff_id: int, start: dt.date, end: dt.date
) -> list[ConductLine]:
    """The lines that make `conduct_points(...)[staff_id]`, in date order."""
    rules = ConductRules.load(session)
    return lines_of(_counted(session, start, end, [staff_id]), rules)
