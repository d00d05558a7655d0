"""The KPI projection rule at its edges: the warning line (appraisal.warning_line)
and the first day of the month it projects from (risks.kpi_min_elapsed_days)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.appraisal.risks import KPI_RULE, projected
from tests.appraisal.conftest import add_customers, office  # noqa: F401 - the fixture
from tests.risks.helpers import evaluate

NOV_15 = dt.date(2026, 11, 15)  # 15 of 30 days: counts are doubled


def _kpi_id(services, code):
    from sqlalchemy import select

    from db.models.appraisal import AppraisalKpi

    with services.db.session() as s:
        return s.scalar(select(AppraisalKpi.id).where(AppraisalKpi.code == code))


def _new_customer_findings(services, actor, staff_id, kpi, **overrides):
    found = evaluate(KPI_RULE, services, actor, NOV_15, **overrides)
    return [f for f in found if f.subject == f"kpi:2026-11:staff:{staff_id}:kpi:{kpi}"]


def test_projection():
    assert projected(3, "count", 15, 30) == 6
    assert projected(40.0, "percent", 15, 30) == 40.0  # a rate stands as it is
    assert projected(None, "count", 15, 30) is None
    # Money (integer fen) stays integer fen: 1,001 fen by the 7th is 4,290 by the 30th.
    assert projected(1001, "fen", 7, 30) == 4290 and isinstance(projected(1001, "fen", 7, 30), int)


def test_kpi_warning_line_edges(office):  # noqa: F811 - the fixture
    services, actors = office.services, office.actors
    admin = actors["admin"]
    person = office.staff["staff"]
    kpi = _kpi_id(services, "new_customers")
    services.appraisal.set_targets(admin, [(person, kpi, "2026-11", 10)])
    # 3 new customers by the 15th: 6 by the 30th, a score of 60 against 10.
    add_customers(services.db, person, 3, at=dt.datetime(2026, 11, 10, 4, tzinfo=dt.UTC))

    def with_line(line):
        services.office_settings.save(admin, {"appraisal.warning_line": line})
        return _new_customer_findings(services, admin, person, kpi)

    below = with_line(61)  # the line just above the score: a warning
    assert len(below) == 1
    finding = below[0]
    assert finding.figure == Decimal("60.0") and finding.threshold == 61
    assert not finding.higher_is_worse
    assert finding.records == (("staff", person), ("appraisal_kpis", kpi))
    assert len(finding.labels) == 2 and all(finding.labels)  # the person, the KPI
    assert with_line(60) == []  # at the line
    assert with_line(59) == []

    # The first day it projects from: the 15th itself counts, the 16th not yet.
    services.office_settings.save(admin, {"appraisal.warning_line": 61})
    assert _new_customer_findings(services, admin, person, kpi, kpi_min_elapsed_days=15)
    assert _new_customer_findings(services, admin, person, kpi, kpi_min_elapsed_days=16) == []


def test_manager_sees_own_department_only(office):  # noqa: F811 - the fixture
    services, actors = office.services, office.actors
    admin, manager = actors["admin"], actors["manager"]
    kpi = _kpi_id(services, "new_customers")
    leads = _kpi_id(services, "market_development")  # the market department's
    market = office.staff["market"]  # another department
    services.appraisal.set_targets(
        admin, [(office.staff["staff"], kpi, "2026-11", 10), (market, leads, "2026-11", 10)]
    )
    mine = {f.records[0] for f in evaluate(KPI_RULE, services, manager, NOV_15)}
    everyone = {f.records[0] for f in evaluate(KPI_RULE, services, admin, NOV_15)}
    assert ("staff", office.staff["staff"]) in mine
    assert ("staff", market) not in mine
    assert mine < everyone
