"""Budget vs. spend against hand-computed figures (DESIGN.md section 6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.budget.expenses import ExpenseInput
from app.budget.report import AHEAD, NO_BUDGET, ON_PACE, OVER, pace_of, prorate
from app.errors import PermissionDenied
from tests.budget.helpers import YEAR, approved_plan, line, new_claim

D = dt.date


def _advance(services, actors, claim, to: str):
    steps = [
        ("submit", "staff"),
        ("approve", "manager"),
        ("approve", "finance"),
        ("pay", "admin"),  # not the finance reviewer
    ]
    order = ["submitted", "department_approved", "finance_approved", "paid"]
    for (action, role), status in zip(steps, order, strict=True):
        kwargs = {"acknowledge": True} if action != "pay" else {}
        claim = getattr(services.claims, action)(
            actors[role], claim.id, claim.version, **kwargs
        ).claim
        if status == to:
            return claim
    raise AssertionError(to)


@pytest.fixture
def scenario(services, actors, cats):
    travel, ads = cats["travel"], cats["advertising"]
    approved_plan(
        services, actors, {(travel, 3): 1_000_00, (travel, 4): 2_000_00, (ads, 3): 500_00}
    )
    adj = services.budget_adjustments
    up = adj.request(actors["staff"], YEAR, 3, travel, 200_00, "追加")
    adj.approve(actors["manager"], up.id, up.version)
    down = adj.request(actors["staff"], YEAR, 3, travel, -100_00, "缩减")
    adj.reject(actors["manager"], down.id, down.version, "不同意")
    adj.request(actors["staff"], YEAR, 3, ads, 999_00, "待批")  # pending: not counted
    staff = actors["staff"]
    _advance(
        services, actors, new_claim(services, staff, [line(travel, 300_00, D(YEAR, 3, 5))]), "paid"
    )
    _advance(
        services,
        actors,
        new_claim(
            services,
            staff,
            [line(travel, 150_00, D(YEAR, 3, 10)), line(travel, 400_00, D(YEAR, 4, 8))],
        ),
        "finance_approved",
    )
    _advance(
        services,
        actors,
        new_claim(services, staff, [line(travel, 80_00, D(YEAR, 3, 12))]),
        "submitted",
    )
    _advance(
        services,
        actors,
        new_claim(services, staff, [line(ads, 100_00, D(YEAR, 3, 1))]),
        "department_approved",
    )
    new_claim(services, staff, [line(travel, 999_00, D(YEAR, 3, 15))])  # draft: not counted
    cancelled = new_claim(services, staff, [line(travel, 777_00, D(YEAR, 3, 15))])
    services.claims.cancel(staff, cancelled.id, cancelled.version)
    returned = _advance(
        services,
        actors,
        new_claim(services, staff, [line(travel, 55_00, D(YEAR, 3, 16))]),
        "submitted",
    )
    services.claims.return_claim(actors["manager"], returned.id, returned.version, "补票")
    fin = actors["finance"]
    services.direct_expenses.record(fin, ExpenseInput(D(YEAR, 3, 2), ads, 250_00, payee="百度"))
    wrong = services.direct_expenses.record(
        fin, ExpenseInput(D(YEAR, 4, 2), travel, 50_00, payee="携程")
    )
    services.direct_expenses.reverse(fin, wrong.id, "录错")
    services.direct_expenses.record(
        fin, ExpenseInput(D(YEAR - 1, 12, 31), travel, 1_000_00, payee="去年")
    )
    return travel, ads


def _fig(row):
    return (
        row.budget,
        row.adjustments,
        row.effective,
        row.spend,
        row.committed,
        row.remaining,
        row.prorated,
        row.pace,
    )


def test_monthly_figures(services, actors, scenario):
    travel, ads = scenario
    report = services.budget_report.budget_vs_spend(
        actors["finance"], YEAR, 3, today=D(YEAR, 3, 16)
    )
    rows = {r.category_id: r for r in report.rows}
    # travel: 1000 + 200 = 1200 effective; spend 300 + 150; committed 80;
    # prorated 1200 x 16/31 = 619.35 (fen rounded down)
    assert _fig(rows[travel]) == (1_000_00, 200_00, 1_200_00, 450_00, 80_00, 670_00, 61935, ON_PACE)
    assert rows[travel].percent_used == Decimal("37.5")
    # ads: 500; spend = direct 250; committed 100; prorated 500 x 16/31 = 258.06
    assert _fig(rows[ads]) == (500_00, 0, 500_00, 250_00, 100_00, 150_00, 25806, ON_PACE)
    total = report.total
    assert total.category_id is None
    assert (
        total.budget,
        total.adjustments,
        total.effective,
        total.spend,
        total.committed,
        total.remaining,
    ) == (1_500_00, 200_00, 1_700_00, 700_00, 180_00, 820_00)
    assert len(report.rows) == 9  # 8 categories + total
    empty = rows[next(c for c in rows if c not in (travel, ads, None))]
    assert _fig(empty) == (0, 0, 0, 0, 0, 0, 0, NO_BUDGET)
    assert empty.percent_used is None


def test_cumulative_figures_and_chart_series(services, actors, scenario):
    travel, _ads = scenario
    report = services.budget_report.budget_vs_spend(
        actors["manager"], YEAR, 4, cumulative=True, today=D(YEAR, 4, 10)
    )
    row = next(r for r in report.rows if r.category_id == travel)
    # budget 1000 + 2000; spend 300 + 150 + 400 + (50 - 50); prorated 1200 + 2000 x 10/30
    assert _fig(row) == (
        3_000_00,
        200_00,
        3_200_00,
        850_00,
        80_00,
        2_270_00,
        1_200_00 + 66666,
        ON_PACE,
    )
    assert report.cumulative_budget[:5] == [0, 0, 1_700_00, 3_700_00, 3_700_00]
    assert report.cumulative_spend[:5] == [0, 0, 700_00, 1_100_00, 1_100_00]
    assert report.cumulative_budget[11] == 3_700_00


def test_drill_down_lists_rows_behind_a_cell(services, actors, scenario):
    travel, ads = scenario
    rows = services.budget_report.drill_down(actors["finance"], YEAR, 3, travel)
    assert sorted((r.kind, r.amount_fen, r.committed) for r in rows) == [
        ("claim", 80_00, True),
        ("claim", 150_00, False),
        ("claim", 300_00, False),
    ]
    rows = services.budget_report.drill_down(actors["finance"], YEAR, 3, ads)
    assert sorted((r.kind, r.amount_fen) for r in rows) == [("claim", 100_00), ("expense", 250_00)]
    rows = services.budget_report.drill_down(actors["finance"], YEAR, 4, travel, cumulative=True)
    assert sum(r.amount_fen for r in rows if not r.committed) == 850_00


def test_report_needs_permission(services, actors, scenario):
    for role in ("staff", "service"):
        with pytest.raises(PermissionDenied):
            services.budget_report.budget_vs_spend(actors[role], YEAR, 3)


def test_pace_rules():
    assert prorate(31_00, 2026, 3, D(2026, 3, 1)) == 1_00
    assert prorate(31_00, 2026, 2, D(2026, 3, 1)) == 31_00
    assert prorate(31_00, 2026, 4, D(2026, 3, 1)) == 0
    assert pace_of(100, 50, 60, 100) == OVER
    assert pace_of(100, 60, 0, 50) == AHEAD
    assert pace_of(100, 50, 0, 50) == ON_PACE
    assert pace_of(0, 1, 0, 0) == OVER
    assert pace_of(0, 0, 0, 0) == NO_BUDGET


def test_xlsx_export_refuses_an_unwritable_target_and_keeps_an_old_file(
    services, actors, scenario, tmp_path, monkeypatch
):
    """XlsxWriter reports a missing folder only when closing, as its own exception:
    the service names the file instead (the tab shows that, not the crash dialog),
    writes no audit row, and a failure over an earlier export keeps it."""
    from sqlalchemy import func, select

    from app.budget import export as budget_export
    from app.errors import FileWriteError
    from db.models.audit import AuditEntry

    def exports():
        with services.db.session() as session:
            return session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.action == "export", AuditEntry.entity == "budget_report")
            )

    missing = tmp_path / "no such folder" / "report.xlsx"
    with pytest.raises(FileWriteError, match="report.xlsx"):
        services.budget_report.export_xlsx(actors["finance"], YEAR, 3, missing)
    assert not missing.parent.exists() and exports() == 0
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "march.xlsx"
    services.budget_report.export_xlsx(actors["finance"], YEAR, 3, target)
    before = target.read_bytes()
    assert before.startswith(b"PK") and exports() == 1

    def broken(*_args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(budget_export, "row_values", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        services.budget_report.export_xlsx(actors["finance"], YEAR, 3, target)
    assert target.read_bytes() == before and [p.name for p in folder.iterdir()] == ["march.xlsx"]
    assert exports() == 1
