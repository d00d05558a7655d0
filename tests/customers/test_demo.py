"""The demo customers: histories of every kind over two years, and a few children
registered twice that "Find duplicates" finds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from app.context import Actor
from app.demo import build_demo
from app.services import Services
from db.models.customers import Complaint, Customer, Enrollment, FollowUp, TrialClass

TODAY = dt.date(2026, 11, 25)


def test_demo_customers_have_histories_and_findable_duplicates(sqlite_db):
    build_demo(sqlite_db, scale=600, today=TODAY)
    with sqlite_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 600
        for model in (FollowUp, TrialClass, Enrollment, Complaint):
            assert session.scalar(select(func.count()).select_from(model)) > 0, model
        first, last = session.execute(
            select(func.min(Customer.created_at), func.max(Customer.created_at))
        ).one()
        assert (last - first).days > 600  # spread over two years
        mobiles = dict(session.execute(select(Customer.id, Customer.mobile)).all())
    groups = Services(sqlite_db).customers.find_duplicates(Actor.command_line())
    same_guardian = [g for g in groups if len(set(g.names)) == 1]
    assert len(same_guardian) >= 3
    for group in same_guardian:
        # Different mobiles: the one-mobile rule let both in.
        assert len({mobiles[i] for i in group.customer_ids}) == len(group.customer_ids)
