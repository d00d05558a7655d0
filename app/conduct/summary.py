"""A person's conduct over a period in figures: the tab's summary and the printed
record's head. Points are the net points of app/conduct/points.py (rules applied)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.conduct.kinds import ATTENDANCE, COMMENDATION, DEMEANOR, DISCIPLINE, LEAVE, TRAINING
from app.conduct.points import ConductLine, lines_of
from app.conduct.rules import ConductRules
from db.models.conduct import COUNTED_STATUSES, AckState, ConductRecord


@dataclass(frozen=True)
class PersonSummary:
    staff_id: int
    name: str
    department: str
    lates: int
    early_leaves: int
    absences: int
    leave_hours: float  # approved leave (a day is 8 hours)
    discipline: int
    demeanor: int
    commendations: int
    training_hours: float
    points: float  # net, rules applied
    pending: int  # records not yet acknowledged
    objections: int
    leave_requests: int  # waiting for a manager


HOURS_A_DAY = 8.0


def leave_hours(record: ConductRecord) -> float:
    """A leave's length in hours: its hours if given, else 8 a day."""
    if record.hours:
        return float(record.hours)
    days = ((record.ends_on or record.occurred_on) - record.occurred_on).days + 1
    return days * HOURS_A_DAY


def summarise(
    records: Iterable[ConductRecord], rules: ConductRules, names: dict[int, tuple[str, str]]
) -> list[PersonSummary]:
    """One summary per person of `names` (staff id -> (name, department)), in order."""
    by_person: dict[int, list[ConductRecord]] = {staff_id: [] for staff_id in names}
    for record in records:
        by_person.setdefault(record.staff_id, []).append(record)
    out = []
    for staff_id, mine in by_person.items():
        counted = [r for r in mine if r.status in COUNTED_STATUSES]
        lines: list[ConductLine] = lines_of(counted, rules)

        def n(kind: str, subkind: str | None = None, rows: list[ConductRecord] = counted) -> int:
            return sum(
                1 for r in rows if r.kind == kind and (subkind is None or r.subkind == subkind)
            )

        name, department = names.get(staff_id, ("", ""))
        out.append(
            PersonSummary(
                staff_id=staff_id,
                name=name,
                department=department,
                lates=n(ATTENDANCE, "late"),
                early_leaves=n(ATTENDANCE, "early_leave"),
                absences=n(ATTENDANCE, "absence"),
                leave_hours=sum(leave_hours(r) for r in counted if r.kind == LEAVE),
                discipline=n(DISCIPLINE),
                demeanor=n(DEMEANOR),
                commendations=n(COMMENDATION),
                training_hours=sum(float(r.hours) for r in counted if r.kind == TRAINING),
                points=round(sum(line.points for line in lines), 2),
                pending=sum(1 for r in counted if r.ack_state == AckState.PENDING),
                objections=sum(1 for r in counted if r.ack_state == AckState.OBJECTED),
                leave_requests=sum(1 for r in mine if r.status == "requested"),
            )
        )
    return out


def period_of(
    year: int, month: int | None = None, quarter: int | None = None
) -> tuple[dt.date, dt.date]:
    """First and last day of a month, a quarter or a year."""
    if month is not None:
        start = dt.date(year, month, 1)
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    if quarter is not None:
        start = dt.date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        following = dt.date(year + (end_month == 12), end_month % 12 + 1, 1)
        return start, following - dt.timedelta(days=1)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)
