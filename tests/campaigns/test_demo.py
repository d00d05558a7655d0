"""The demo step builds a year of plans and activities in every state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.demo import build_demo
from db.models.campaigns import (
    Activity,
    ActivityCost,
    ActivityLead,
    ActivityPhoto,
    ActivityStatus,
    MarketingPlan,
)


def test_demo_has_a_year_of_activities(sqlite_db):
    today = dt.date(2026, 11, 25)
    build_demo(sqlite_db, scale=50, today=today)
    with sqlite_db.session() as session:
        states = dict(
            session.execute(select(Activity.status, func.count()).group_by(Activity.status)).all()
        )
        kinds = set(session.scalars(select(Activity.kind)))
        channels = set(session.scalars(select(Activity.channel_id)))
        first = session.scalar(select(func.min(Activity.starts_at)))
        completed = list(
            session.scalars(select(Activity).where(Activity.status == ActivityStatus.COMPLETED))
        )
        with_costs = set(session.scalars(select(ActivityCost.activity_id)))
        with_leads = set(session.scalars(select(ActivityLead.activity_id)))
        photos = session.scalar(select(func.count()).select_from(ActivityPhoto))
        plans = set(session.execute(select(MarketingPlan.period_kind, MarketingPlan.status)))
    assert set(states) == set(ActivityStatus.ALL), states
    assert len(kinds) == 7 and len(channels) >= 6
    assert first is not None and first.date() <= today - dt.timedelta(days=360)
    assert len(completed) >= 20
    assert all(a.summary_notes and a.summarized_at for a in completed)
    ids = {a.id for a in completed}
    assert len(ids & with_costs) >= len(ids) * 3 // 4
    assert len(ids & with_leads) >= len(ids) // 2
    assert photos >= len(completed)
    assert {("annual", "approved"), ("quarterly", "approved"), ("annual", "draft")} <= plans
    assert ("monthly", "approved") in plans
