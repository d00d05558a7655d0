"""The conduct adjustment of a total (DESIGN.md section 6: commendations add,
violations deduct). The one place the appraisal asks the conduct feature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy.orm import Session

from app.appraisal.metrics import TraceLine
from app.conduct.points import conduct_points, conduct_records_behind

ONE_DAY = dt.timedelta(days=1)


def conduct_adjustment(
    session: Session, start: dt.date, end: dt.date, staff_ids: Collection[int]
) -> dict[int, float]:
    """Net conduct points per person for [start, end); 0 for a person with none.
    (conduct_points takes both dates inclusive.)"""
    return conduct_points(session, start, end - ONE_DAY, staff_ids)


def conduct_lines(session: Session, staff_id: int, start: dt.date, end: dt.date) -> list[TraceLine]:
    """The conduct records behind a person's points (the drill-down)."""
    return [
        TraceLine(
            "conduct",
            line.record_id or 0,
            line.occurred_on,
            " ".join(x for x in (line.explanation, line.note) if x),
            line.points,
        )
        for line in conduct_records_behind(session, staff_id, start, end - ONE_DAY)
    ]
