"""The demo step: months of logs, plans and reports in every state, one returned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.demo import build_demo
from db.models.worklogs import DailyLog, WorkReport


def test_demo_has_logs_and_reports_in_every_state(sqlite_db):
    build_demo(sqlite_db, scale=50, today=dt.date(2026, 11, 25))
    with sqlite_db.session() as session:
        states = dict(
            session.execute(
                select(WorkReport.status, func.count()).group_by(WorkReport.status)
            ).all()
        )
        returned = session.scalars(
            select(WorkReport.decision_note).where(WorkReport.status == "returned")
        ).all()
        logs = session.scalar(select(func.count()).select_from(DailyLog))
        first, last = session.execute(select(func.min(DailyLog.day), func.max(DailyLog.day))).one()
        scopes = set(session.execute(select(WorkReport.scope, WorkReport.period)).all())
        submitted = session.scalars(
            select(WorkReport.figures).where(WorkReport.status == "approved")
        ).all()
    assert set(states) == {"draft", "submitted", "approved", "returned"}
    assert len(returned) == 1 and returned[0]
    assert logs > 300 and first == dt.date(2026, 8, 1) and last == dt.date(2026, 11, 24)
    assert scopes == {("person", "month"), ("department", "month"), ("department", "year")}
    assert all(f is not None for f in submitted)
