"""The workbench's items per role, from the hand-made office of conftest.py: each
role sees exactly what waits for it (a clerk their own, a manager their
department's steps, finance its steps), overdue where the date has passed; a
provider that fails leaves the others; reading writes nothing."""

from __future__ import annotations

import datetime as dt

from app.claims.workbench import SHOWN
from app.features import Feature
from app.work_items import Section, WorkItem
from db.models.budget_claims import Claim
from tests.workbench.conftest import TODAY, counts

D = dt.date


# Sections, short.
APP, DUE, COM, ACT, REP = "approvals", "due", "complaints", "actions", "reports"
# Kinds, short.
MEET, CUST, WORK, CLAIM = "meetings", "customers", "work_reports", "claims"


def _items(services, actor) -> list[tuple[str, str, dt.date | None, bool, str]]:
    # The risk warnings this office also raises (its late complaint) are the risks
    # feature's, tested in tests/risks.
    return [
        (str(i.section), i.title, i.due, i.overdue, i.kind)
        for i in services.workbench.items(actor, TODAY)
        if i.section != "warnings"
    ]


def _of(services, role_actor, kind: str) -> set[int | None]:
    return {i.record_id for i in services.workbench.items(role_actor, TODAY) if i.kind == kind}


def test_staff_sees_their_own_work(services, actors, world):
    assert _items(services, actors["staff"]) == [
        (APP, "Minutes to read and confirm: 例会B", None, False, MEET),
        (DUE, "Follow up 客户甲", D(2026, 12, 1), True, CUST),
        (DUE, "Trial class: 客户乙", D(2026, 12, 7), True, CUST),
        (DUE, "Follow up 客户甲", TODAY, False, CUST),
        (ACT, "准备地推物料", D(2026, 12, 1), True, MEET),
        (REP, "Minutes to write: 例会C", D(2026, 11, 30), False, MEET),
        (REP, "Research report to write: 家长需求调研", D(2026, 11, 30), True, "research_plans"),
        (REP, "To write: Monthly plan 2026-12", D(2026, 12, 5), True, WORK),
    ]
    items = services.workbench.items(actors["staff"], TODAY)
    # Follow-ups and trials open their customer; the action item its meeting.
    assert [i.record_id for i in items if i.section == Section.DUE] == [
        world.customer_a,
        world.customer_b,
        world.customer_a,
    ]
    action = next(i for i in items if i.section == Section.ACTIONS)
    assert action.record_id == world.meetings["B"]
    assert action.detail == "From the meeting: 例会B"


def test_manager_sees_the_department_steps(services, actors, world):
    assert _items(services, actors["manager"]) == [
        (APP, "Leave request to decide: 测试staff", D(2026, 12, 14), False, "conduct_records"),
        (APP, "Research plan to approve: 竞品调研", D(2026, 12, 15), False, "research_plans"),
        (APP, "Activity to approve: 寒假班早鸟优惠", D(2026, 12, 20), False, "activities"),
        (APP, "Budget adjustment to decide: 广告宣传费 2026-12", None, False, "budget_adjustments"),
        (APP, "Claim BX-1 to approve", None, False, CLAIM),
        (APP, "Marketing plan to approve: 2027年度营销计划", None, False, "marketing_plans"),
        (APP, "Minutes to sign: 例会A", None, False, MEET),
        (APP, "Minutes to read and confirm: 例会B", None, False, MEET),
        (APP, "To approve: Monthly report 2026-11", None, False, WORK),
        (COM, "Complaint past its response time: 客户丙", D(2026, 11, 2), True, CUST),
        (REP, "To write: Monthly plan 2026-12", D(2026, 12, 5), True, WORK),
        (REP, "To write: Monthly report 2026-11", D(2026, 12, 5), True, WORK),
        (REP, "To write: Department monthly plan 2026-12", D(2026, 12, 5), True, WORK),
        (REP, "To write: Department monthly report 2026-11", D(2026, 12, 5), True, WORK),
    ]  # fmt: skip
    items = services.workbench.items(actors["manager"], TODAY)
    claim = next(i for i in items if i.kind == CLAIM)
    assert claim.record_id == world.claims["BX-1"]
    assert claim.detail == "张三 · ¥100.00 · 地推物料"


def test_finance_sees_its_claim_steps_and_the_plan(services, actors, world):
    assert _items(services, actors["finance"]) == [
        (APP, "Budget plan 2027 to approve", None, False, "budget_plans"),
        (APP, "Claim BX-2 to approve", None, False, CLAIM),
        (APP, "Claim BX-3 to pay", None, False, CLAIM),
        (REP, "To write: Monthly plan 2026-12", D(2026, 12, 5), True, WORK),
        (REP, "To write: Monthly report 2026-11", D(2026, 12, 5), True, WORK),
    ]


def test_a_claim_waiting_for_finance_is_not_the_clerks(services, actors, world):
    waiting = world.claims["BX-2"]
    for role, expected in (("finance", True), ("admin", True), ("staff", False)):
        assert (waiting in _of(services, actors[role], CLAIM)) == expected, role
    assert waiting not in _of(services, actors["manager"], CLAIM)
    # Nobody is asked about the draft.
    for role in ("admin", "manager", "staff", "service", "finance"):
        assert world.claims["BX-4"] not in _of(services, actors[role], CLAIM)


def test_customer_service_sees_complaints_past_their_response_time(services, actors, world):
    assert _items(services, actors["service"]) == [
        (APP, "Minutes to read and confirm: 例会B", None, False, MEET),
        (COM, "Complaint past its response time: 客户丙", D(2026, 11, 2), True, CUST),
        (REP, "To write: Monthly plan 2026-12", D(2026, 12, 5), True, WORK),
        (REP, "To write: Monthly report 2026-11", D(2026, 12, 5), True, WORK),
    ]  # fmt: skip
    complaint = services.workbench.collect(actors["service"], TODAY).section(Section.COMPLAINTS)
    assert [(c.record_id, c.detail) for c in complaint] == [(world.customer_c, "老师迟到")]


def test_admin_sees_every_step_but_not_meetings_they_are_not_in(services, actors, world):
    items = _items(services, actors["admin"])
    titles = {t for _s, t, _d, _o, _k in items}
    assert {"Claim BX-1 to approve", "Claim BX-2 to approve", "Claim BX-3 to pay"} <= titles
    assert {"Budget plan 2027 to approve", "Leave request to decide: 测试staff"} <= titles
    assert not {k for *_rest, k in items} & {"meetings"}


def test_a_day_later_and_done_things_leave_the_list(services, actors, world):
    """On 1 December nothing is overdue yet that is due later; the follow-up due on the
    9th shows once the day comes."""
    early = services.workbench.items(actors["staff"], D(2026, 12, 1))
    due = [(i.title, i.due, i.overdue) for i in early if i.section == Section.DUE]
    assert due == [("Follow up 客户甲", D(2026, 12, 1), False)]
    later = services.workbench.items(actors["staff"], D(2026, 12, 9))
    assert len([i for i in later if i.section == Section.DUE]) == 4


def test_reading_the_workbench_writes_nothing(services, actors, world):
    before = counts(services)
    for role in ("admin", "manager", "staff", "service", "finance"):
        services.workbench.items(actors[role], TODAY)
    assert counts(services) == before


def _broken(services, actor, today):
    raise RuntimeError("the provider's database table is gone")


def _extra(services, actor, today):
    return [WorkItem(Section.WARNINGS, "预算超支预警", due=today, overdue=False)]


def test_a_failing_provider_leaves_the_others(services, actors, world, register_features, caplog):
    register_features(
        Feature(name="broken", workbench="tests.workbench.test_items:_broken"),
        Feature(name="warnings", workbench="tests.workbench.test_items:_extra"),
    )
    result = services.workbench.collect(actors["staff"], TODAY)
    assert result.failed == ("tests.workbench.test_items:_broken",)
    assert "the provider's database table is gone" in caplog.text
    titles = [i.title for i in result.items]
    assert "准备地推物料" in titles  # the others still show
    assert titles[-1] == "预算超支预警"  # the warnings section comes last


def test_many_claims_show_a_count_of_the_rest(services, actors, world):
    staff = actors["staff"]
    with services.db.session() as session, session.begin():
        for n in range(SHOWN + 2):
            session.add(
                Claim(
                    number=f"BX-9{n:03d}",
                    year=2025,
                    seq=n,
                    claim_date=D(2025, 1, 1),
                    claimant_user_id=staff.user_id,
                    claimant_name="张三",
                    status="submitted",
                )
            )
    claims = [i for i in services.workbench.items(actors["manager"], TODAY) if i.kind == CLAIM]
    assert len(claims) == SHOWN + 1
    more = claims[-1]
    assert more.record_id is None  # opens the claims tab
    assert more.title == "3 more claims waiting: see the Claims tab"
