"""A hand-built month of customers, enrollments and spend (March 2026) whose channel
figures are worked out by hand in the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from app.channel_eval.periods import Period
from db.models.budget import DirectExpense, ExpenseCategory
from db.models.budget_claims import Claim, ClaimLine
from db.models.campaigns import Activity, ActivityCost, ActivityLead
from db.models.customers import Customer, Enrollment, TrialClass

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))


def local(y: int, m: int, d: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A local wall-clock time as the UTC-aware value the database stores."""
    return dt.datetime(y, m, d, hour, minute).astimezone().astimezone(dt.UTC)


@dataclass
class Fixture:
    channels: dict[str, int]
    customers: dict[str, int]
    category_id: int
    user_id: int


def build(services, actors) -> Fixture:
    admin = actors["admin"]
    services.channels.ensure_seed_channels(admin)
    services.expense_categories.ensure_seed(admin)
    channels = {c.code: c.id for c in services.channels.list_channels(admin)}
    douyin, referral, website = channels["douyin"], channels["referral"], channels["website"]
    customers: dict[str, int] = {}
    with services.db.session() as session, session.begin():
        category = session.query(ExpenseCategory).filter_by(code="advertising").one()
        user_id = actors["staff"].user_id

        def customer(key: str, channel: int | None, created: dt.datetime, deleted=False):
            c = Customer(
                name=f"客户{key}",
                channel_id=channel,
                created_at=created,
                deleted_at=created if deleted else None,
            )
            session.add(c)
            session.flush()
            customers[key] = c.id
            return c.id

        c1 = customer("c1", douyin, local(2026, 3, 5))
        customer("c2", douyin, local(2026, 3, 10))
        c3 = customer("c3", referral, local(2026, 3, 12))
        customer("c4", website, local(2026, 3, 15))
        customer("c5", None, local(2026, 3, 16))
        c6 = customer("c6", douyin, local(2026, 2, 20))
        customer("c7", referral, local(2026, 3, 31, 23, 30))  # last minute of March
        customer("c8", referral, local(2026, 4, 1, 0, 10))  # April
        c9 = customer("c9", douyin, local(2026, 3, 3), deleted=True)
        for cid, status in ((c1, "attended"), (c3, "attended"), (c6, "no_show")):
            session.add(TrialClass(customer_id=cid, scheduled_at=local(2026, 3, 18), status=status))
        for cid, day, yuan, renewal in (
            (c1, dt.date(2026, 3, 20), 6000, False),
            (c3, dt.date(2026, 3, 25), 4000, False),
            (c3, dt.date(2026, 3, 28), 1000, True),
            (c6, dt.date(2026, 3, 2), 3000, False),
            (c9, dt.date(2026, 3, 9), 9999, False),
        ):
            session.add(
                Enrollment(
                    customer_id=cid, enrolled_on=day, amount_fen=yuan * 100, is_renewal=renewal
                )
            )
        session.add_all(
            [
                DirectExpense(
                    expense_date=dt.date(2026, 3, 6),
                    category_id=category.id,
                    channel_id=douyin,
                    amount_fen=1200_00,
                    payee="巨量引擎",
                ),
                DirectExpense(
                    expense_date=dt.date(2026, 3, 8),
                    category_id=category.id,
                    channel_id=channels["partner"],
                    amount_fen=500_00,
                    payee="合作机构",
                ),
                DirectExpense(  # February: the previous period's cost
                    expense_date=dt.date(2026, 2, 8),
                    category_id=category.id,
                    channel_id=douyin,
                    amount_fen=800_00,
                    payee="巨量引擎",
                ),
            ]
        )
        lines: list[ClaimLine] = []
        for seq, (status, channel, yuan) in enumerate(
            (
                ("paid", douyin, 300),
                ("draft", douyin, 999),
                ("paid", None, 100),
                ("paid", None, 400),  # spent on the campus talk: campus's cost
            ),
            start=1,
        ):
            claim = Claim(
                number=f"BX-2026-{seq:04d}",
                year=2026,
                seq=seq,
                claim_date=dt.date(2026, 3, 9),
                claimant_user_id=user_id,
                claimant_name="张三",
                status=status,
                total_fen=yuan * 100,
            )
            claim.lines.append(
                ClaimLine(
                    expense_date=dt.date(2026, 3, 9),
                    category_id=category.id,
                    amount_fen=yuan * 100,
                    channel_id=channel,
                    description="投放",
                )
            )
            session.add(claim)
            lines.append(claim.lines[0])
        session.flush()
        # Activities (naive local times). The campus talk captured c2 and, three hours
        # after she registered, c5; c1 came to the community day before enrolling, c3
        # only after enrolling (not a touch).
        talk = Activity(
            name="校园宣讲会",
            kind="lecture",
            status="completed",
            starts_at=dt.datetime(2026, 3, 12, 9),
            ends_at=dt.datetime(2026, 3, 12, 17),
            channel_id=channels["campus"],
        )
        day = Activity(
            name="社区亲子活动",
            kind="community",
            status="completed",
            starts_at=dt.datetime(2026, 3, 18, 9),
            ends_at=dt.datetime(2026, 3, 18, 17),
            channel_id=channels["community"],
        )
        session.add_all([talk, day])
        session.flush()
        for activity, key, at in (
            (talk, "c2", dt.datetime(2026, 3, 12, 10)),
            (talk, "c5", dt.datetime(2026, 3, 16, 15)),
            (day, "c1", dt.datetime(2026, 3, 18, 10)),
            (day, "c3", dt.datetime(2026, 3, 29, 10)),
        ):
            session.add(
                ActivityLead(activity_id=activity.id, customer_id=customers[key], captured_at=at)
            )
        venue = DirectExpense(
            expense_date=dt.date(2026, 3, 18),
            category_id=category.id,
            channel_id=None,
            amount_fen=600_00,
            payee="社区活动场地",
        )
        session.add(venue)
        session.flush()
        session.add_all(
            [
                ActivityCost(activity_id=talk.id, claim_line_id=lines[3].id),
                ActivityCost(activity_id=day.id, direct_expense_id=venue.id),
                # A line with its own channel (Douyin) also linked to the community day:
                # Douyin's cost, counted once.
                ActivityCost(activity_id=day.id, claim_line_id=lines[0].id),
            ]
        )
    return Fixture(channels, customers, category.id, user_id)


@pytest.fixture
def march(services, actors) -> Fixture:
    return build(services, actors)
