"""RiskService: evaluation of every registered rule, acknowledgements (audited,
refused without the permission, holding until the figure worsens or the period
changes), a failing rule reported without breaking the others."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.features import Feature
from app.office.options import OPTIONS
from app.risks.service import registered_rules
from db.models.audit import AuditEntry
from db.models.risks import RiskAcknowledgement
from tests.risks import fake_rules

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def fake(register_features):
    fake_rules.state["figure"] = Decimal(12)
    register_features(Feature(name="risktest", risks="tests.risks.fake_rules:RULES"))
    return fake_rules


def _counts(db):
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(RiskAcknowledgement)),
            s.scalar(select(func.count()).select_from(AuditEntry)),
        )


def _fake(overview):
    return [r for r in overview.risks if r.finding.rule == "test.fake"]


def test_every_rule_threshold_is_an_office_setting():
    rules = registered_rules()
    assert {r.key for r in rules} >= {
        "budget.pace",
        "appraisal.kpi_projection",
        "customers.complaints_overdue",
        "customers.leads_uncontacted",
        "channel_eval.cpl_jump",
        "campaigns.activity_unfinished",
    }
    for rule in rules:
        for key, default in rule.thresholds.items():
            assert OPTIONS[key].default == default, key


def test_failing_rule_is_reported_and_the_others_run(services, actors, fake):
    overview = services.risks.current(actors["manager"], TODAY)
    assert [f.rule for f in overview.failures] == ["test.broken"]
    assert "figures table is gone" in overview.failures[0].error
    assert [r.finding.subject for r in _fake(overview)] == ["fake:2026-11:thing:1"]


def test_thresholds_come_from_the_office_settings(services, actors, fake):
    services.office_settings.save(actors["admin"], {"risks.budget_pace_points": 7})
    (risk,) = _fake(services.risks.current(actors["manager"], TODAY))
    assert risk.finding.threshold == 7


def test_acknowledge_writes_the_row_and_audit_and_hides_the_warning(services, actors, fake):
    manager = actors["manager"]
    (risk,) = _fake(services.risks.current(manager, TODAY))
    assert not risk.acknowledged
    change = services.risks.acknowledge(
        manager, "test.fake", risk.finding.subject, "  已与财务沟通，下月压缩  ", TODAY
    )
    assert "risk_acknowledgements" in change.entities
    with services.db.session() as s:
        ack = s.scalars(select(RiskAcknowledgement)).one()
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "risk_acknowledgements")
        ).one()
    assert (ack.rule, ack.subject, ack.note) == (
        "test.fake",
        "fake:2026-11:thing:1",
        "已与财务沟通，下月压缩",
    )
    assert Decimal(ack.figure) == 12 and ack.user_id == manager.user_id
    assert audit.action == "acknowledge" and audit.entity_id == str(ack.id)
    (risk,) = _fake(services.risks.current(manager, TODAY))
    assert risk.acknowledged and risk.acknowledgement.note == "已与财务沟通，下月压缩"
    assert services.risks.current(manager, TODAY).unacknowledged == [
        r for r in services.risks.current(manager, TODAY).risks if r.finding.rule != "test.fake"
    ]


def test_acknowledgement_holds_until_the_figure_worsens_by_a_step(services, actors, fake):
    manager = actors["manager"]
    services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "在跟进", TODAY)
    fake.state["figure"] = Decimal("16.9")  # 12 + 5 (the step) not reached
    assert _fake(services.risks.current(manager, TODAY))[0].acknowledged
    fake.state["figure"] = Decimal(17)  # reached: shown again, the old note still listed
    (risk,) = _fake(services.risks.current(manager, TODAY))
    assert not risk.acknowledged and risk.acknowledgement.note == "在跟进"
    fake.state["figure"] = Decimal(3)  # better: still covered
    assert _fake(services.risks.current(manager, TODAY))[0].acknowledged
    # A new month is a new subject: not acknowledged.
    assert not _fake(services.risks.current(manager, dt.date(2026, 12, 1)))[0].acknowledged


@pytest.mark.parametrize("role", ["finance", "staff", "service"])
def test_acknowledge_refused_without_permission_writes_nothing(services, actors, fake, role):
    before = _counts(services.db)
    with pytest.raises(PermissionDenied):
        services.risks.acknowledge(actors[role], "test.fake", "fake:2026-11:thing:1", "看过", TODAY)
    assert _counts(services.db) == before


def test_view_refused_to_staff_and_service(services, actors):
    for role in ("staff", "service"):
        with pytest.raises(PermissionDenied):
            services.risks.current(actors[role], TODAY)
    services.risks.current(actors["finance"], TODAY)  # finance may look


def test_bad_acknowledgements_write_nothing(services, actors, fake):
    manager = actors["manager"]
    before = _counts(services.db)
    with pytest.raises(ValidationError):
        services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "   ", TODAY)
    with pytest.raises(ValidationError):
        services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "x" * 2001, TODAY)
    with pytest.raises(NotFound):
        services.risks.acknowledge(manager, "no.such", "fake:2026-11:thing:1", "看过", TODAY)
    with pytest.raises(ConflictError):  # not a current warning
        services.risks.acknowledge(manager, "test.fake", "fake:2026-10:thing:1", "看过", TODAY)
    fake.state["figure"] = None  # gone since the list was shown
    with pytest.raises(ConflictError):
        services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "看过", TODAY)
    assert _counts(services.db) == before


def test_history_lists_acknowledgements_newest_first(services, actors, fake):
    manager, admin = actors["manager"], actors["admin"]
    services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "第一次", TODAY)
    fake.state["figure"] = Decimal(30)
    services.risks.acknowledge(admin, "test.fake", "fake:2026-11:thing:1", "第二次", TODAY)
    notes = [a.note for a in services.risks.history(manager, "test.fake", "fake:2026-11:thing:1")]
    assert notes == ["第二次", "第一次"]
    (risk,) = _fake(services.risks.current(manager, TODAY))
    assert risk.acknowledged and risk.acknowledgement.figure == 30


def test_workbench_items_are_the_unacknowledged_warnings(services, actors, fake):
    from app.risks.workbench import items
    from app.work_items import Section

    manager = actors["manager"]
    (item,) = [i for i in items(services, manager, TODAY) if i.title == "fake figure 12"]
    assert item.section == Section.WARNINGS
    assert (item.kind, item.record_id) == ("expense_categories", 7)
    services.risks.acknowledge(manager, "test.fake", "fake:2026-11:thing:1", "处理中", TODAY)
    assert not [i for i in items(services, manager, TODAY) if i.title == "fake figure 12"]
    assert items(services, actors["staff"], TODAY) == []


def test_a_warning_with_several_records_opens_as_a_risk(services, actors, fake):
    from app.risk_kit import RiskFinding, Severity, Unit
    from app.risks.workbench import RISK_KIND, items, risk_key

    several = RiskFinding(
        rule="test.fake",
        subject="fake:2026-11:pool",
        severity=Severity.CRITICAL,
        message="many",
        records=(("customers", 1), ("customers", 2)),
        figure=Decimal(30),
        threshold=Decimal(20),
        unit=Unit.COUNT,
    )
    original = fake.FAKE.evaluate
    try:
        object.__setattr__(fake.FAKE, "evaluate", lambda *args: [several])
        (item,) = [i for i in items(services, actors["manager"], TODAY) if i.title == "many"]
    finally:
        object.__setattr__(fake.FAKE, "evaluate", original)
    assert item.kind == RISK_KIND and item.record_id == risk_key("test.fake", "fake:2026-11:pool")
    assert item.overdue  # critical
