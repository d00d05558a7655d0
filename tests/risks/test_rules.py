"""Every risk rule at its threshold edges: just past it a warning, at it and short
of it none (app/risk_kit.py: a warning is raised strictly past the threshold).

Each test builds one hand-made fixture whose measured figure is a round number F,
then evaluates with the threshold just below F, at F and just above F.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.budget.expenses import ExpenseInput
from app.budget.risks import PACE_RULE
from app.campaigns.risks import ACTIVITY_RULE
from app.channel_eval.risks import CPL_RULE
from app.customers.risks import COMPLAINT_RULE, LEAD_POOL_RULE
from app.risk_kit import Severity
from tests.budget.helpers import approved_plan, seed
from tests.risks.helpers import add_customer, evaluate, utc_days_ago

NOV_15 = dt.date(2026, 11, 15)  # half of a 30-day month gone: 50.0%


def test_budget_pace_edges(services, actors):
    cats = seed(services, actors)
    cat = next(iter(cats.values()))
    other = list(cats.values())[1]
    approved_plan(services, actors, {(cat, 11): 100_000, (other, 11): 100_000})
    # 60% spent with 50% of the month gone: 10.0 points ahead.
    services.direct_expenses.record(
        actors["finance"], ExpenseInput(dt.date(2026, 11, 3), cat, 60_000, payee="报社")
    )
    # The other category is on pace (40%): never a warning.
    services.direct_expenses.record(
        actors["finance"], ExpenseInput(dt.date(2026, 11, 3), other, 40_000, payee="印刷厂")
    )
    manager = actors["manager"]
    above = evaluate(PACE_RULE, services, manager, NOV_15, budget_pace_points=9)
    assert [f.subject for f in above] == [f"budget:2026-11:category:{cat}"]
    finding = above[0]
    assert finding.figure == Decimal("10.0") and finding.threshold == 9
    assert finding.records == (("expense_categories", cat),)
    assert finding.labels[0] and finding.message.startswith(finding.labels[0] + ":")
    assert finding.severity == Severity.WARNING
    assert evaluate(PACE_RULE, services, manager, NOV_15, budget_pace_points=10) == []
    assert evaluate(PACE_RULE, services, manager, NOV_15, budget_pace_points=11) == []
    # Past the whole budget: critical.
    services.direct_expenses.record(
        actors["finance"], ExpenseInput(dt.date(2026, 11, 4), cat, 50_000, payee="报社")
    )
    over = evaluate(PACE_RULE, services, manager, NOV_15, budget_pace_points=10)
    assert over[0].severity == Severity.CRITICAL and over[0].figure == Decimal("60.0")


def _complaint(db, *, deadline, received, responded=None, status="received") -> int:
    from db.models.customers import Complaint

    customer = add_customer(db, name="投诉人")
    with db.session() as s, s.begin():
        c = Complaint(
            customer_id=customer,
            content="x",
            status=status,
            received_at=received,
            response_deadline=deadline,
            responded_at=responded,
        )
        s.add(c)
        s.flush()
        return c.id


def _week(today):
    year, week, _ = today.isocalendar()
    return f"{year}-W{week:02d}"


def test_complaint_response_edges(services, actors):
    now = dt.datetime.now(dt.UTC)
    # 24 whole hours past the deadline (24.5 h: whole hours, so the test's own
    # running time cannot move it across an edge), and a later one 20 hours late.
    late = _complaint(
        services.db, deadline=now - dt.timedelta(hours=24.5), received=now - dt.timedelta(hours=30)
    )
    later = _complaint(
        services.db, deadline=now - dt.timedelta(hours=20.5), received=now - dt.timedelta(hours=26)
    )
    _complaint(  # answered: never a response warning
        services.db,
        deadline=now - dt.timedelta(hours=48.5),
        received=now - dt.timedelta(hours=50),
        responded=now - dt.timedelta(hours=1),
    )
    manager, today = actors["manager"], dt.date.today()
    found = evaluate(COMPLAINT_RULE, services, manager, today, complaint_response_hours=23)
    assert [f.subject for f in found] == [f"complaints:response:{_week(today)}"]
    assert found[0].figure == 24 and found[0].severity == Severity.CRITICAL
    assert found[0].records == (("complaints", late),)
    day = (now - dt.timedelta(hours=30)).astimezone()
    assert found[0].labels == (f"投诉人 · {day:%Y-%m-%d}",)  # the customer, the day it came in
    assert found[0].message.startswith("Complaints without a response past the deadline: 1 ")
    for hours in (24, 25):
        assert (
            evaluate(COMPLAINT_RULE, services, manager, today, complaint_response_hours=hours) == []
        )
    # Both counted below 20 hours, the longest wait first.
    both = evaluate(COMPLAINT_RULE, services, manager, today, complaint_response_hours=19)
    assert both[0].records == (("complaints", late), ("complaints", later))


def test_complaint_resolution_edges(services, actors):
    now = dt.datetime.now(dt.UTC)
    open_ = _complaint(
        services.db,
        deadline=utc_days_ago(7.4, now),
        received=utc_days_ago(7.5, now),  # 7 whole days open
        responded=utc_days_ago(7.3, now),
        status="handling",
    )
    _complaint(  # resolved: never
        services.db,
        deadline=utc_days_ago(19.9, now),
        received=utc_days_ago(20, now),
        responded=utc_days_ago(19.9, now),
        status="resolved",
    )
    manager, today = actors["manager"], dt.date.today()
    found = evaluate(COMPLAINT_RULE, services, manager, today, complaint_resolution_days=6)
    assert [f.subject for f in found] == [f"complaints:resolution:{_week(today)}"]
    assert found[0].figure == 7 and found[0].records == (("complaints", open_),)
    for days in (7, 8):
        assert (
            evaluate(COMPLAINT_RULE, services, manager, today, complaint_resolution_days=days) == []
        )


def test_unanswered_complaint_is_not_counted_twice(services, actors):
    now = dt.datetime.now(dt.UTC)
    both = _complaint(services.db, deadline=utc_days_ago(9.9, now), received=utc_days_ago(10, now))
    found = evaluate(COMPLAINT_RULE, services, actors["manager"], dt.date.today())
    assert [(f.subject.split(":")[1], f.records) for f in found] == [
        ("response", (("complaints", both),))
    ]


def test_complaint_rule_needs_every_customer(services, actors):
    # Staff see their own customers only: the rule is not theirs.
    assert not COMPLAINT_RULE.visible_to(actors["staff"])
    assert COMPLAINT_RULE.visible_to(actors["manager"])


def test_lead_pool_edges(services, actors):
    db = services.db
    now = dt.datetime.now(dt.UTC)
    waiting = [
        add_customer(db, name=f"线索{i}", created_at=utc_days_ago(9.5, now)) for i in range(5)
    ]
    add_customer(db, name="新来的", created_at=utc_days_ago(1, now))  # not waiting long yet
    add_customer(  # contacted
        db, name="已联系", created_at=utc_days_ago(12, now), last_contact_at=utc_days_ago(2, now)
    )
    add_customer(  # deleted
        db, name="已删除", created_at=utc_days_ago(10, now), deleted_at=utc_days_ago(1, now)
    )
    manager, today = actors["manager"], dt.date.today()
    found = evaluate(
        LEAD_POOL_RULE, services, manager, today, lead_uncontacted_days=3, lead_uncontacted_count=4
    )
    assert len(found) == 1
    finding = found[0]
    assert finding.figure == 5 and finding.threshold == 4
    assert sorted(i for _k, i in finding.records) == sorted(waiting)
    assert sorted(finding.labels) == [f"线索{i}" for i in range(5)]
    assert finding.subject == f"leads:uncontacted:{_week(today)}"
    # A week ago the five were 2.5 days old, not waiting yet; the one contacted
    # two days ago was waiting then.
    assert "(1 " in finding.message
    for count in (5, 6):
        assert (
            evaluate(
                LEAD_POOL_RULE,
                services,
                manager,
                today,
                lead_uncontacted_days=3,
                lead_uncontacted_count=count,
            )
            == []
        )
    # Twice the threshold: critical.
    critical = evaluate(LEAD_POOL_RULE, services, manager, today, lead_uncontacted_count=2)
    assert critical[0].severity == Severity.CRITICAL


def _activity(db, *, ends_on: dt.date, status: str, summarized: bool = False) -> int:
    from db.models.campaigns import Activity

    with db.session() as s, s.begin():
        a = Activity(
            name=f"校园宣讲 {status}",
            kind="lecture",
            status=status,
            starts_at=dt.datetime.combine(ends_on, dt.time(9)),
            ends_at=dt.datetime.combine(ends_on, dt.time(18)),
            summary_notes="已写" if summarized else "",
            summarized_at=dt.datetime.now(dt.UTC) if summarized else None,
        )
        s.add(a)
        s.flush()
        return a.id


def test_activity_unfinished_edges(services, actors):
    db = services.db
    today = NOV_15
    late = _activity(db, ends_on=today - dt.timedelta(days=5), status="in_progress")
    written = _activity(
        db, ends_on=today - dt.timedelta(days=5), status="approved", summarized=True
    )
    _activity(db, ends_on=today - dt.timedelta(days=30), status="completed", summarized=True)
    _activity(db, ends_on=today - dt.timedelta(days=30), status="cancelled")
    _activity(db, ends_on=today - dt.timedelta(days=30), status="draft")
    viewer = actors["finance"]
    found = evaluate(ACTIVITY_RULE, services, viewer, today, activity_summary_days=4)
    assert sorted(f.subject for f in found) == sorted(
        [f"activity:{late}:unfinished", f"activity:{written}:unfinished"]
    )
    assert {f.figure for f in found} == {5}
    assert all(f.records[0][0] == "activities" for f in found)
    for days in (5, 6):
        assert evaluate(ACTIVITY_RULE, services, viewer, today, activity_summary_days=days) == []
    assert {
        f.severity
        for f in evaluate(ACTIVITY_RULE, services, viewer, today, activity_summary_days=2)
    } == {Severity.CRITICAL}


def _channel(db, name: str) -> int:
    from db.models.channels import Channel

    with db.session() as s, s.begin():
        c = Channel(code=name, name=name, online=True)
        s.add(c)
        s.flush()
        return c.id


def test_cpl_jump_edges(services, actors):
    db = services.db
    cats = seed(services, actors)
    cat = next(iter(cats.values()))
    channel = _channel(db, "抖音测试")
    steady = _channel(db, "百度测试")
    finance = actors["finance"]
    today = dt.date(2026, 11, 20)
    noon = dt.time(12, tzinfo=dt.UTC)
    # August to October: 10 leads for ¥100.00, a CPL of ¥10.00.
    for i in range(10):
        day = dt.date(2026, 8 + i % 3, 10)
        add_customer(
            db, name=f"旧{i}", channel_id=channel, created_at=dt.datetime.combine(day, noon)
        )
        add_customer(
            db, name=f"稳{i}", channel_id=steady, created_at=dt.datetime.combine(day, noon)
        )
    for channel_id in (channel, steady):
        services.direct_expenses.record(
            finance,
            ExpenseInput(dt.date(2026, 9, 5), cat, 10_000, payee="媒体", channel_id=channel_id),
        )
    # November: 5 leads for ¥75.00, a CPL of ¥15.00: up 50.0%; the steady one at ¥10.00.
    for i in range(5):
        created = dt.datetime.combine(dt.date(2026, 11, 2 + i), noon)
        add_customer(db, name=f"新{i}", channel_id=channel, created_at=created)
        add_customer(db, name=f"新稳{i}", channel_id=steady, created_at=created)
    services.direct_expenses.record(
        finance, ExpenseInput(dt.date(2026, 11, 8), cat, 7_500, payee="媒体", channel_id=channel)
    )
    services.direct_expenses.record(
        finance, ExpenseInput(dt.date(2026, 11, 8), cat, 5_000, payee="媒体", channel_id=steady)
    )
    found = evaluate(CPL_RULE, services, finance, today, cpl_jump_percent=49)
    assert [f.subject for f in found] == [f"cpl:2026-11:channel:{channel}"]
    assert found[0].figure == Decimal("50.0")
    assert found[0].records == (("channels", channel),)
    assert found[0].message.startswith(found[0].record_label(0) + ":")  # the channel
    assert found[0].record_label(1) == ""  # no such record: shown by number
    for percent in (50, 51):
        assert evaluate(CPL_RULE, services, finance, today, cpl_jump_percent=percent) == []
    # Minimum leads: judged from 5 (at), not from 6 (short of it).
    assert evaluate(CPL_RULE, services, finance, today, cpl_jump_percent=49, cpl_min_leads=5)
    assert evaluate(CPL_RULE, services, finance, today, cpl_jump_percent=49, cpl_min_leads=6) == []
    # Against October alone (3 leads, no cost) there is nothing to jump from.
    assert evaluate(CPL_RULE, services, finance, today, cpl_jump_percent=1, cpl_months=1) == []
