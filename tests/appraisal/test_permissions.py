"""Who may do what, and who sees which results; every refused call writes nothing."""

from __future__ import annotations

import pytest

from app.context import Actor
from app.errors import PermissionDenied
from tests.appraisal.conftest import counts, kpi_id

ADMIN = Actor.command_line()


def _calls(office, run_id):
    svc, s = office.services, office.staff
    attitude = kpi_id(svc, "attitude")
    return {
        "run": lambda a: svc.appraisal.run(a, "2026-11"),
        "score": lambda a: svc.appraisal.set_manual_score(a, run_id, s["staff"], attitude, 80),
        "finalize": lambda a: svc.appraisal.finalize(a, run_id),
        "reopen": lambda a: svc.appraisal.reopen(a, run_id, "reason"),
        "target": lambda a: svc.appraisal.set_targets(a, [(s["staff"], attitude, "2026-10", 1)]),
        "template": lambda a: svc.appraisal.save_template(
            a, office.departments["events"], "", {attitude: 100}
        ),
        "library": lambda a: svc.appraisal.ensure_library(a),
    }


REFUSED = {
    "manager": {"reopen"},
    "staff": {"run", "score", "finalize", "reopen", "target", "template", "library"},
    "service": {"run", "score", "finalize", "reopen", "target", "template", "library"},
    "finance": {"run", "score", "finalize", "reopen", "target", "template", "library"},
}


@pytest.mark.parametrize("role", sorted(REFUSED))
def test_refused_calls_write_nothing(office, role):
    svc = office.services
    run = svc.appraisal.run(ADMIN, "2026-10")
    calls = _calls(office, run.id)
    for name in sorted(REFUSED[role]):
        before = counts(svc.db)
        with pytest.raises(PermissionDenied):
            calls[name](office.actors[role])
        assert counts(svc.db) == before, name


def test_manager_scores_only_their_department(office):
    svc, s = office.services, office.staff
    run = svc.appraisal.run(ADMIN, "2026-10")
    before = counts(svc.db)
    with pytest.raises(PermissionDenied):  # the market person is not in sales
        svc.appraisal.set_manual_score(
            office.actors["manager"], run.id, s["market"], kpi_id(svc, "attitude"), 80
        )
    assert counts(svc.db) == before


def test_who_sees_which_results(office):
    svc, s, actors = office.services, office.staff, office.actors
    run = svc.appraisal.run(ADMIN, "2026-10")
    seen = {
        role: {r.staff_id for r in svc.appraisal.results(a, run.id)} for role, a in actors.items()
    }
    everyone = {s["manager"], s["staff"], s["colleague"], s["service"], s["market"]}
    assert seen["admin"] == everyone
    assert seen["manager"] == {s["manager"], s["staff"], s["colleague"]}  # sales
    assert seen["staff"] == {s["staff"]}
    assert seen["service"] == {s["service"]}
    assert seen["finance"] == set()  # not appraised
    with pytest.raises(PermissionDenied):
        svc.appraisal.trend(actors["staff"], s["colleague"])
    assert svc.appraisal.trend(actors["manager"], s["colleague"]) == []
