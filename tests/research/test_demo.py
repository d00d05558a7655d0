"""The research demo step: plans in each state, one report, six competitors each
with a history."""

from __future__ import annotations

import datetime as dt
import random

from app.demo import research as demo
from app.demo.context import DemoContext


def test_demo_builds_plans_and_competitors(services, actors):
    ctx = DemoContext(
        db=services.db,
        services=services,
        actor=actors["admin"],
        rng=random.Random(1),
        scale=1,
        today=dt.date(2026, 12, 6),
        user_ids={name: actors[name].user_id for name in ("staff", "manager")},
    )
    demo.build(ctx)
    admin = actors["admin"]
    plans = services.research.list_plans(admin)
    assert sorted(p.status for p in plans) == ["approved", "returned", "submitted"]
    assert any(p.findings for p in plans)
    competitors = services.research.list_competitors(admin)
    assert len(competitors) == 6
    assert all(len(services.research.history(admin, c.id)) >= 2 for c in competitors)
