"""The demo step: a year of targets and finalized monthly runs with a spread of grades."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.demo import build_demo
from db.models.appraisal import AppraisalResult, AppraisalRun, AppraisalTarget


def test_demo_has_a_year_of_finalized_runs(sqlite_db):
    build_demo(sqlite_db, scale=300, today=dt.date(2026, 12, 5))
    with sqlite_db.session() as s:
        runs = dict(s.execute(select(AppraisalRun.period, AppraisalRun.status)).all())
        grades = set(s.scalars(select(AppraisalResult.grade)))
        targets = s.scalar(select(func.count()).select_from(AppraisalTarget))
        answers = set(s.scalars(select(AppraisalResult.acknowledgement)))
    months = ["2025-12"] + [f"2026-{m:02d}" for m in range(1, 12)]
    assert all(runs[m] == "finalized" for m in months)
    assert runs["2026-Q3"] == "finalized"
    assert len(grades) >= 3  # a spread, not one grade for everyone
    assert targets > 12
    assert {"acknowledged", "objected"} <= answers
