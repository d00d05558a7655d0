"""The customer pipeline: every allowed and forbidden transition, history rows."""

from __future__ import annotations

import pytest

from app.customers.pipeline import PIPELINE, Status, check_transition, path_to
from app.errors import ValidationError

ALL = list(Status)


@pytest.mark.parametrize("current", ALL)
@pytest.mark.parametrize("target", ALL)
def test_transition_table(current, target):
    allowed = target in PIPELINE[current]
    reason = "价格太高" if target == Status.LOST else ""
    if allowed:
        check_transition(current, target, reason)
    else:
        with pytest.raises(ValidationError):
            check_transition(current, target, reason)


def test_design_rules():
    # any -> lost; lost -> contacted only; forward one step at a time
    assert all(Status.LOST in PIPELINE[s] for s in ALL if s != Status.LOST)
    assert PIPELINE[Status.LOST] == {Status.CONTACTED}
    assert Status.ENROLLED not in PIPELINE[Status.NEW]


def test_lost_needs_a_reason():
    with pytest.raises(ValidationError) as info:
        check_transition(Status.CONTACTED, Status.LOST, "  ")
    assert info.value.field == "lost_reason"


def test_path_to_walks_each_stage():
    assert path_to("new", "trial_booked") == [Status.CONTACTED, Status.TRIAL_BOOKED]
    assert path_to("enrolled", "contacted") == []
    assert path_to("lost", "enrolled") == []


def test_service_transitions_write_history(customers, actors, make_customer):
    manager = actors["manager"]
    row = make_customer()
    row = customers.change_status(manager, row.id, row.version, "contacted")
    with pytest.raises(ValidationError):
        customers.change_status(manager, row.id, row.version, "enrolled")
    row = customers.change_status(manager, row.id, row.version, "lost", "选择了其他机构")
    assert row.status == "lost" and row.lost_reason == "选择了其他机构"
    row = customers.change_status(manager, row.id, row.version, "contacted")
    assert row.lost_reason == ""
    history = customers.list_status_changes(manager, row.id)
    assert [(h.from_status, h.to_status) for h in reversed(history)] == [
        ("", "new"),
        ("new", "contacted"),
        ("contacted", "lost"),
        ("lost", "contacted"),
    ]
    assert history[1].reason == "选择了其他机构"
