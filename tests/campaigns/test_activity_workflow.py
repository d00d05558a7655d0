"""The activity workflow and its lock rules, per role (DESIGN.md sections 3 and 5)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from app.campaigns.rows import MemberInput, TermInput
from app.errors import ConflictError, PermissionDenied, ValidationError
from db.models.audit import AuditEntry
from db.models.campaigns import Activity
from tests.campaigns.helpers import YEAR, activity_input, budget, count_rows


def _state(services):
    """Everything a refused call must leave as it was."""
    with services.db.session() as session:
        rows = [
            (a.id, a.status, a.version, a.starts_at, a.budget_fen)
            for a in session.query(Activity).order_by(Activity.id)
        ]
    return rows, count_rows(services, AuditEntry)


def _refused(services, exc, call):
    before = _state(services)
    with pytest.raises(exc):
        call()
    assert _state(services) == before


def _staff_activity(services, actors, cats, **kwargs):
    data = activity_input(cats, owner_id=actors["staff"].staff_id, **kwargs)
    return services.campaigns.create_activity(actors["staff"], data)


def test_full_workflow_by_roles(services, actors, cats):
    budget(services, actors, cats)
    a = _staff_activity(services, actors, cats)
    assert a.status == "draft" and a.row.owner_name
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    assert a.status == "submitted"
    # Staff, service and finance may not approve; a manager may.
    for role in ("staff", "service", "finance"):
        _refused(
            services,
            PermissionDenied,
            lambda r=role: services.campaigns.approve(actors[r], a.id, a.version),
        )
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    assert a.status == "approved" and a.approved_by_name
    a = services.campaigns.start(actors["staff"], a.id, a.version)
    assert a.status == "in_progress"
    # The summary is required to complete.
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.complete(actors["staff"], a.id, a.version),
    )
    a = services.campaigns.save_summary(actors["staff"], a.id, a.version, "来访 40 组家庭", 5)
    a = services.campaigns.complete(actors["staff"], a.id, a.version)
    assert a.status == "completed"
    assert a.figures.leads == 5
    # Completed activities are frozen.
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.update_activity(
            actors["manager"], a.id, a.as_input(), a.version
        ),
    )


def test_reject_then_revise(services, actors, cats):
    a = _staff_activity(services, actors, cats, budget_fen=0, category_id=None)
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    _refused(
        services,
        ValidationError,
        lambda: services.campaigns.reject(actors["manager"], a.id, a.version, "  "),
    )
    a = services.campaigns.reject(actors["manager"], a.id, a.version, "场地未确认")
    assert a.status == "rejected" and a.decision_reason == "场地未确认"
    a = services.campaigns.revise(actors["staff"], a.id, a.version)
    assert a.status == "draft"


def test_service_and_finance_cannot_create(services, actors):
    for role in ("service", "finance"):
        _refused(
            services,
            PermissionDenied,
            lambda r=role: services.campaigns.create_activity(actors[r], activity_input()),
        )


def test_staff_edit_only_their_own(services, actors, cats):
    mine = services.campaigns.create_activity(
        actors["manager"], activity_input(owner_id=actors["manager"].staff_id)
    )
    _refused(
        services,
        PermissionDenied,
        lambda: services.campaigns.update_activity(
            actors["staff"], mine.id, mine.as_input(), mine.version
        ),
    )
    _refused(
        services,
        PermissionDenied,
        lambda: services.campaigns.submit(actors["staff"], mine.id, mine.version),
    )
    # On the team, they may.
    data = dataclasses.replace(
        mine.as_input(), members=(MemberInput(actors["staff"].staff_id, "执行"),)
    )
    mine = services.campaigns.update_activity(actors["manager"], mine.id, data, mine.version)
    mine = services.campaigns.update_activity(
        actors["staff"], mine.id, dataclasses.replace(data, venue="科技园"), mine.version
    )
    assert mine.row.venue == "科技园"


def test_approved_terms_locked(services, actors, cats):
    budget(services, actors, cats)
    a = _staff_activity(services, actors, cats)
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    changed = dataclasses.replace(a.as_input(), terms=(TermInput("fixed", 20000),))
    # Without the confirmation the change is refused and nothing is written.
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.update_activity(actors["staff"], a.id, changed, a.version),
    )
    # A change of what approval does not fix keeps it approved.
    a = services.campaigns.update_activity(
        actors["staff"], a.id, dataclasses.replace(a.as_input(), venue="南山书城"), a.version
    )
    assert a.status == "approved"
    a = services.campaigns.update_activity(actors["staff"], a.id, changed, a.version, resubmit=True)
    assert a.status == "submitted" and a.approved_at is None
    assert a.terms == (TermInput("fixed", 20000),)
    assert a.figures.reserved_fen == 0  # released until approved again


def test_running_activity_keeps_locked_parts(services, actors, cats):
    budget(services, actors, cats)
    a = _staff_activity(services, actors, cats)
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    a = services.campaigns.start(actors["staff"], a.id, a.version)
    changed = dataclasses.replace(a.as_input(), budget_fen=1)
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.update_activity(
            actors["manager"], a.id, changed, a.version, resubmit=True
        ),
    )
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.reschedule(
            actors["manager"],
            a.id,
            a.row.starts_at,
            a.row.ends_at + dt.timedelta(hours=1),
            a.version,
        ),
    )


def test_reschedule_sends_approved_back(services, actors, cats):
    budget(services, actors, cats)
    a = _staff_activity(services, actors, cats)
    a = services.campaigns.submit(actors["staff"], a.id, a.version)
    a = services.campaigns.approve(actors["manager"], a.id, a.version)
    start = dt.datetime(YEAR, 5, 3, 9, 0)
    row = services.campaigns.reschedule(
        actors["staff"], a.id, start, start + dt.timedelta(hours=6), a.version
    )
    assert row.status == "submitted" and row.starts_at == start
    assert row.change.entities  # the UI publishes it
    _refused(
        services,
        ValidationError,
        lambda: services.campaigns.reschedule(
            actors["staff"], a.id, start, start - dt.timedelta(hours=1), row.version
        ),
    )
    _refused(
        services,
        ConflictError,
        lambda: services.campaigns.reschedule(actors["staff"], a.id, start, start, a.version),
    )  # stale version


def test_bad_input_named(services, actors, cats):
    cases = [
        (dict(name=" "), "name"),
        (dict(kind="party"), "kind"),
        (dict(ends_at=dt.datetime(YEAR, 5, 1)), "ends_at"),
        (dict(category_id=None), "category_id"),
        (dict(terms=(TermInput("percentage", 10000),)), "terms"),
        (dict(terms=(TermInput("gift"),)), "terms"),
        (dict(terms=(TermInput("group", 1000, group_size=1),)), "terms"),
        (dict(channel_id=999999), "channel"),
    ]
    for kwargs, field in cases:
        before = _state(services)
        with pytest.raises(ValidationError) as info:
            services.campaigns.create_activity(actors["staff"], activity_input(cats, **kwargs))
        assert info.value.field == field, kwargs
        assert _state(services) == before
