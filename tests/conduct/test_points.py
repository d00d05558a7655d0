"""Net conduct points and the records behind them (the appraisal's contract)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.conduct.points import conduct_points, conduct_records_behind
from app.conduct.records import RecordInput
from app.conduct.rules import ConductRules
from app.context import Actor
from app.office.options import OPTIONS

D = dt.date


def _add(services, actor, staff_id, day, kind, subkind, **kw):
    return services.conduct.create_record(
        actor, RecordInput(staff_id=staff_id, occurred_on=day, kind=kind, subkind=subkind, **kw)
    )


def _points(services, start, end, ids=None):
    with services.db.session() as session:
        return conduct_points(session, start, end, ids)


def _behind(services, staff_id, start, end):
    with services.db.session() as session:
        return conduct_records_behind(session, staff_id, start, end)


def test_default_rules_are_sensible():
    rules = ConductRules.defaults()
    assert rules.points_for("attendance", "late") == -1
    assert rules.points_for("attendance", "absence") == -3
    assert rules.points_for("discipline", "confidentiality") == -5
    assert rules.points_for("discipline", "unrelated_work") == -2
    assert rules.points_for("commendation", "excellent_staff") == 5
    assert rules.points_for("training", "internal") == 1
    assert rules.points_for("training", "external") == 2
    assert rules.points_for("leave", "sick") == 0
    assert rules.points_for("leave", "personal") == 0
    assert rules.lates_per_absence == 3


def test_three_lates_in_a_month_count_as_one_absence(services, actors, people):
    admin = Actor.command_line()
    for day in (3, 10, 17, 24):  # four lates in October: three become one absence
        _add(services, admin, people.staff, D(2026, 10, day), "attendance", "late")
    _add(services, admin, people.staff, D(2026, 11, 2), "attendance", "late")
    _add(services, admin, people.staff, D(2026, 11, 5), "commendation", "best_team")
    # October: 4 x -1 = -4; the rule replaces three lates (-3) by an absence (-3): -4.
    # Make the absence dearer than three lates to see the rule at work.
    services.office_settings.save(
        admin,
        {"conduct.subkind_points": {**OPTIONS["conduct.subkind_points"].default, "absence": -5}},
    )
    october = _points(services, D(2026, 10, 1), D(2026, 10, 31))
    assert october == {people.staff: -6.0}  # -5 (three lates) - 1 (the fourth)
    lines = _behind(services, people.staff, D(2026, 10, 1), D(2026, 10, 31))
    assert [line.subkind for line in lines] == ["late", "late", "late", "late_rule", "late"]
    assert sum(line.points for line in lines) == -6.0
    rule = next(line for line in lines if line.record_id is None)
    assert rule.points == -2.0 and "3" in rule.explanation
    # Lates of two months are not pooled: 4 + 1 lates, one group.
    both = _points(services, D(2026, 10, 1), D(2026, 11, 30), [people.staff, people.colleague])
    assert both == {people.staff: -6.0 - 1 + 3, people.colleague: 0.0}


def test_rule_off_and_other_counts(services, actors, people):
    admin = Actor.command_line()
    services.office_settings.save(admin, {"conduct.lates_per_absence": 0})
    for day in (1, 2, 3):
        _add(services, admin, people.staff, D(2026, 9, day), "attendance", "late")
    assert _points(services, D(2026, 9, 1), D(2026, 9, 30)) == {people.staff: -3.0}


def test_only_counted_records_count(services, actors, people):
    admin = Actor.command_line()
    manager = actors["manager"]
    row = _add(services, manager, people.colleague, D(2026, 9, 8), "discipline", "unrelated_work")
    _add(services, manager, people.colleague, D(2026, 9, 9), "training", "external", hours=6)
    _add(services, manager, people.colleague, D(2026, 9, 10), "demeanor", "dress", points=-0.5)
    assert _points(services, D(2026, 9, 1), D(2026, 9, 30)) == {people.colleague: -2 + 2 - 0.5}
    services.conduct.void_record(manager, row.id, row.version, "mistaken identity")
    assert _points(services, D(2026, 9, 1), D(2026, 9, 30)) == {people.colleague: 1.5}
    # A requested leave counts nothing until approved; personal leave may cost points.
    services.office_settings.save(
        admin,
        {"conduct.subkind_points": {**OPTIONS["conduct.subkind_points"].default, "personal": -1}},
    )
    leave = services.conduct.request_leave(
        actors["staff"], RecordInput(0, D(2026, 9, 14), "leave", "personal")
    )
    assert _points(services, D(2026, 9, 1), D(2026, 9, 30), [people.staff]) == {people.staff: 0.0}
    services.conduct.decide_leave(manager, leave.id, leave.version, approve=True)
    assert _points(services, D(2026, 9, 1), D(2026, 9, 30), [people.staff]) == {people.staff: -1.0}


@pytest.mark.parametrize(
    "bad", [{"conduct.lates_per_absence": -1}, {"conduct.lates_per_absence": 40}]
)
def test_bad_rule_values_are_refused(services, actors, bad):
    from app.errors import ValidationError

    with pytest.raises(ValidationError):
        services.office_settings.save(Actor.command_line(), bad)
