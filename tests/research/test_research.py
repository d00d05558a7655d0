"""Research plans per role (staff propose, a manager approves or returns, never
their own; the report on an approved plan with its files) and the competitor
register's dated history; every refused call writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.research.rows import CompetitorInput, PlanInput
from db.models.audit import AuditEntry
from db.models.research import (
    Competitor,
    CompetitorObservation,
    ResearchAttachment,
    ResearchPlan,
)

D = dt.date
TODAY = D(2026, 12, 6)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def counts(services) -> tuple[int, ...]:
    with services.db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (
                ResearchPlan,
                ResearchAttachment,
                Competitor,
                CompetitorObservation,
                AuditEntry,
            )
        ) + (session.scalar(select(func.coalesce(func.sum(ResearchPlan.version), 0))),)


def plan_input(**kw) -> PlanInput:
    data = dict(
        title="寒假班家长需求调查",
        purpose="了解家长期望",
        method="问卷",
        sample="家长 120 人",
        budget_fen=300000,
        starts_on=D(2026, 12, 1),
        ends_on=D(2026, 12, 20),
    )
    data.update(kw)
    return PlanInput(**data)


@pytest.fixture
def r(services):
    services.research.today = lambda: TODAY
    return services.research


def _submitted(r, actor):
    row = r.create_plan(actor, plan_input())
    return r.submit(actor, row.id, row.version)


def test_staff_proposes_manager_approves_then_report(r, services, actors):
    staff, manager = actors["staff"], actors["manager"]
    row = r.create_plan(staff, plan_input())
    assert (row.status, row.budget_fen, row.owner_staff_id) == ("draft", 300000, staff.staff_id)
    row = r.update_plan(staff, row.id, row.version, plan_input(budget_fen=250050))
    assert row.budget_fen == 250050
    row = r.submit(staff, row.id, row.version)
    assert row.status == "submitted"
    with pytest.raises(ConflictError):  # submitted: no more edits
        r.update_plan(staff, row.id, row.version, plan_input())
    with pytest.raises(ConflictError):  # no report before approval
        r.save_report(staff, row.id, row.version, "发现")
    with pytest.raises(ConflictError):  # nor files
        r.add_attachment(staff, row.id, "tally.pdf", PDF)
    row = r.approve(manager, row.id, row.version, "同意")
    assert (row.status, row.decided_by) == ("approved", "manager")
    row = r.save_report(staff, row.id, row.version, "68% 家长希望上午上课")
    assert row.findings == "68% 家长希望上午上课" and row.reported_at is not None
    att = r.add_attachment(staff, row.id, "tally.pdf", PDF)
    assert "research_attachments" in att.change.entities
    assert r.get_plan(staff, row.id).attachments[0].filename == "tally.pdf"
    assert r.attachment_data(manager, att.id)[2] == PDF
    before = counts(services)
    with pytest.raises(ValidationError):  # the same file twice
        r.add_attachment(staff, row.id, "again.pdf", PDF)
    with pytest.raises(PermissionDenied):  # not the author
        r.add_attachment(manager, row.id, "m.pdf", PDF + b" ")
    with pytest.raises(PermissionDenied):  # only the author removes a file
        r.remove_attachment(manager, att.id)
    assert counts(services) == before
    r.remove_attachment(staff, att.id)
    assert r.get_plan(staff, row.id).attachments == ()


def test_return_needs_reason_and_resubmit(r, services, actors):
    staff, manager = actors["staff"], actors["manager"]
    row = _submitted(r, staff)
    before = counts(services)
    with pytest.raises(ValidationError):
        r.return_plan(manager, row.id, row.version, "  ")
    assert counts(services) == before
    row = r.return_plan(manager, row.id, row.version, "样本太少")
    assert (row.status, row.decision_note) == ("returned", "样本太少")
    row = r.update_plan(staff, row.id, row.version, plan_input(sample="家长 200 人"))
    row = r.submit(staff, row.id, row.version)
    assert (row.status, row.decision_note) == ("submitted", "")


@pytest.mark.parametrize("role", ["staff", "service", "finance"])
def test_only_managers_and_admin_decide(r, services, actors, role):
    row = _submitted(r, actors["manager"])
    before = counts(services)
    with pytest.raises(PermissionDenied):
        r.approve(actors[role], row.id, row.version)
    with pytest.raises(PermissionDenied):
        r.return_plan(actors[role], row.id, row.version, "不行")
    with pytest.raises(PermissionDenied):  # nobody decides their own plan
        r.approve(actors["manager"], row.id, row.version)
    assert counts(services) == before
    assert r.approve(actors["admin"], row.id, row.version).status == "approved"


def test_refusals_write_nothing(r, services, actors):
    staff, finance = actors["staff"], actors["finance"]
    row = r.create_plan(staff, plan_input())
    before = counts(services)
    with pytest.raises(PermissionDenied):  # finance only reads
        r.create_plan(finance, plan_input())
    with pytest.raises(PermissionDenied):  # another's plan
        r.update_plan(actors["service"], row.id, row.version, plan_input())
    with pytest.raises(PermissionDenied):
        r.submit(actors["manager"], row.id, row.version)
    with pytest.raises(ValidationError):
        r.create_plan(staff, plan_input(budget_fen=-1))
    with pytest.raises(ValidationError):
        r.create_plan(staff, plan_input(ends_on=D(2026, 11, 1)))
    with pytest.raises(ValidationError):
        r.create_plan(staff, plan_input(title=" "))
    with pytest.raises(ValidationError):  # nothing to submit
        r.submit(staff, *_bare(r, staff))
    assert counts(services)[0] == before[0] + 1  # only the bare plan of the last check
    with pytest.raises(PermissionDenied):
        r.add_competitor(finance, CompetitorInput("某机构"))
    assert r.list_plans(finance)[0].title  # finance may read


def _bare(r, staff):
    row = r.create_plan(staff, plan_input(purpose="", method="", sample=""))
    return row.id, row.version


def test_competitor_history_newest_first(r, services, actors):
    staff, manager = actors["staff"], actors["manager"]
    row = r.add_competitor(
        staff,
        CompetitorInput("卓越教育", "学府路 12 号", "高新区", "初中物理", 320000, "", "传单"),
        D(2026, 9, 1),
    )
    assert row.last_observed == D(2026, 9, 1)
    entry = CompetitorInput(
        "卓越教育", "学府路 12 号", "高新区", "初中物理", 350000, "国庆减 200", "传单"
    )
    obs = r.record_observation(manager, row.id, row.version, entry, D(2026, 10, 3), "电话咨询")
    assert obs.observer_name == "manager"
    assert "¥3,500.00" in obs.what and "国庆减 200" in obs.what and "传单" not in obs.what
    current = r.get_competitor(staff, row.id)
    assert (current.price_fen, current.promotions) == (350000, "国庆减 200")
    # an older observation entered late joins the history but does not overwrite the entry
    older = CompetitorInput("卓越教育", "学府路 12 号", "高新区", "初中物理", 330000, "", "传单")
    r.record_observation(staff, row.id, current.version, older, D(2026, 9, 15))
    assert r.get_competitor(staff, row.id).price_fen == 350000
    days = [o.observed_on for o in r.history(staff, row.id)]
    assert days == [D(2026, 10, 3), D(2026, 9, 15), D(2026, 9, 1)]
    assert r.list_competitors(actors["finance"])[0].last_observed == D(2026, 10, 3)


def test_competitor_refusals_write_nothing(r, services, actors):
    staff = actors["staff"]
    row = r.add_competitor(staff, CompetitorInput("博文课堂", price_fen=260000), D(2026, 11, 1))
    same = CompetitorInput("博文课堂", price_fen=260000)
    before = counts(services)
    with pytest.raises(ValidationError):  # nothing observed
        r.record_observation(staff, row.id, row.version, same, D(2026, 11, 2))
    with pytest.raises(ValidationError):  # the future
        r.record_observation(staff, row.id, row.version, same, D(2026, 12, 7), "x")
    with pytest.raises(ValidationError):
        r.record_observation(
            staff, row.id, row.version, CompetitorInput("博文课堂", price_fen=-5), D(2026, 11, 2)
        )
    with pytest.raises(ConflictError):  # one entry per institution
        r.add_competitor(staff, CompetitorInput("博文课堂"))
    with pytest.raises(PermissionDenied):
        r.record_observation(actors["finance"], row.id, row.version, same, D(2026, 11, 2), "x")
    assert counts(services) == before
    assert (
        r.record_observation(staff, row.id, row.version, same, D(2026, 11, 2), "仍在招生").what
        == ""
    )
