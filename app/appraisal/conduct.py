"""The conduct adjustment of a total (DESIGN.md section 6: commendations add,
violations deduct). The one place the appraisal asks the conduct feature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from sqlalchemy.orm import Session

from app.appraisal.metrics import TraceLine


def conduct_adjustment(
    session: Session, start: dt.date, end: dt.date, staff_ids: Collection[int]
) -> dict[int, float]:
    """Net conduct points per person for [start, end); 0 for a person with none."""
    return dict.fromkeys(staff_ids, 0.0)


def conduct_lines(session: Session, staff_id: int, start: dt.date, end: dt.date) -> list[TraceLine]:
    """The conduct records behind a person's points (the drill-down)."""
    return []
