"""AdCheckService: rules from the database, the administrator's editing, refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.adcheck.seed import SEED_RULES
from app.adcheck.service import AdRuleInput
from app.errors import ConflictError, PermissionDenied, ValidationError
from db.models.adcheck import AdRule
from db.models.audit import AuditEntry


def _counts(services) -> tuple[int, int]:
    with services.db.session() as session:
        rules = session.scalar(select(func.count()).select_from(AdRule))
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
    return rules, audits


def _input(**kw) -> AdRuleInput:
    data = {
        "article": "24(1)",
        "pattern": r"免试(?:入学|录取)",
        "explanation_zh": "暗示保证录取。",
        "explanation_en": "Implies guaranteed admission.",
        "suggestion": "写明入学条件。",
    }
    data.update(kw)
    return AdRuleInput(**data)


def test_checks_use_the_shipped_rules_until_seeded_then_the_table(services, actors):
    admin = actors["admin"]
    assert [f.phrase for f in services.adcheck.check("包过班", "en")] == ["包过"]
    assert _counts(services)[0] == 0  # checking writes nothing
    services.adcheck.ensure_seed(admin)
    rows = services.adcheck.list_rules(admin)
    assert {r.key for r in rows} == {s.key for s in SEED_RULES}
    again = services.adcheck.ensure_seed(admin)
    assert not again.entities  # written once
    # The office's own rule is applied, and a switched-off one is not.
    assert services.adcheck.check("免试入学") == []
    services.adcheck.create_rule(admin, _input())
    assert [f.article for f in services.adcheck.check("免试入学")] == ["24(1)"]
    guarantee = next(r for r in rows if r.key == "guarantee_pass")
    data = AdRuleInput(
        guarantee.article,
        guarantee.pattern,
        guarantee.explanation_zh,
        guarantee.explanation_en,
        guarantee.suggestion,
        guarantee.exceptions,
        enabled=False,
    )
    services.adcheck.update_rule(admin, guarantee.id, guarantee.version, data)
    assert services.adcheck.check("包过班") == []


def test_explanations_in_the_reader_language(services):
    zh = services.adcheck.check("顶级名师", "zh_CN")[0]
    en = services.adcheck.check("顶级名师", "en")[0]
    assert "第九条" in zh.explanation and "Art. 9(3)" in en.explanation


def test_edits_are_audited_and_versioned(services, actors):
    admin = actors["admin"]
    services.adcheck.ensure_seed(admin)
    row = services.adcheck.create_rule(admin, _input(exceptions=(" 免试入学须知 ", "")))
    assert row.exceptions == ("免试入学须知",)
    assert row.key is None and not row.shipped
    assert any(k == "ad_rules" for k in row.change.entities)
    updated = services.adcheck.update_rule(admin, row.id, row.version, _input(article="24(3)"))
    assert updated.article == "24(3)" and updated.version == row.version + 1
    with pytest.raises(ConflictError):
        services.adcheck.update_rule(admin, row.id, row.version, _input())
    services.adcheck.delete_rule(admin, updated.id, updated.version)
    with services.db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.entity == "ad_rules", AuditEntry.entity_id == str(row.id))
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "update", "delete"]


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("pattern", {"pattern": "免试(入学"}),
        ("pattern", {"pattern": "(?:免试)?"}),
        ("pattern", {"pattern": "  "}),
        ("exceptions", {"exceptions": ("[未闭合",)}),
        ("article", {"article": ""}),
        ("explanation", {"explanation_zh": " ", "explanation_en": ""}),
    ],
)
def test_bad_input_is_refused_with_a_message_and_writes_nothing(services, actors, field, kw):
    before = _counts(services)
    with pytest.raises(ValidationError) as info:
        services.adcheck.create_rule(actors["admin"], _input(**kw))
    assert info.value.field == field
    assert info.value.message
    assert _counts(services) == before


def test_a_bad_regex_message_names_the_pattern(services, actors):
    with pytest.raises(ValidationError) as info:
        services.adcheck.create_rule(actors["admin"], _input(pattern="免试(入学"))
    assert "免试(入学" in info.value.message


def test_shipped_rules_cannot_be_deleted(services, actors):
    admin = actors["admin"]
    services.adcheck.ensure_seed(admin)
    shipped = services.adcheck.list_rules(admin)[0]
    before = _counts(services)
    with pytest.raises(ValidationError):
        services.adcheck.delete_rule(admin, shipped.id, shipped.version)
    assert _counts(services) == before


@pytest.mark.parametrize("role", ["manager", "staff", "service", "finance"])
def test_only_the_administrator_edits_rules(services, actors, role):
    admin, actor = actors["admin"], actors[role]
    own = services.adcheck.create_rule(admin, _input())
    before = _counts(services)
    calls = [
        lambda: services.adcheck.ensure_seed(actor),
        lambda: services.adcheck.list_rules(actor),
        lambda: services.adcheck.create_rule(actor, _input()),
        lambda: services.adcheck.update_rule(actor, own.id, own.version, _input(article="9(3)")),
        lambda: services.adcheck.delete_rule(actor, own.id, own.version),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    assert _counts(services) == before
    # Everyone may check copy.
    assert services.adcheck.check("免试入学")


def test_the_first_own_rule_brings_the_shipped_ones(services, actors):
    services.adcheck.create_rule(actors["admin"], _input())
    assert len(services.adcheck.list_rules(actors["admin"])) == len(SEED_RULES) + 1
    assert services.adcheck.check("包过")


def test_a_check_inside_the_caller_transaction(services, actors):
    """A service about to write copy checks it with its own open session."""
    admin = actors["admin"]
    services.adcheck.create_rule(admin, _input())
    with services.db.session() as session, session.begin():
        session.add(AdRule(article="9(3)", pattern="王牌", explanation_en="x", suggestion=""))
        session.flush()
        found = services.adcheck.check("王牌课程，免试入学", "en", session=session)
        assert [f.phrase for f in found] == ["王牌", "免试入学"]
