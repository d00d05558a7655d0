"""Budget vs. spend recomputed over a year with 20,000 claim lines, against hand-written SQL.

    python tests/benchmarks/run.py --only bench_budget

budget_view_s: BudgetReportService.budget_vs_spend (monthly, December, cumulative
view: the whole year's figures), median of several runs; budget_sql_s: the same
figures from four hand-written GROUP BY statements; budget_ratio = view / sql
(must stay <= 3).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time

from sqlalchemy import insert, text

YEAR = 2026
HAND_SQL = [
    """SELECT l.category_id, l.month, SUM(l.amount_fen) FROM budget_plan_lines l
       JOIN budget_plans p ON p.id = l.plan_id
       WHERE p.year = :year AND p.status = 'approved' GROUP BY l.category_id, l.month""",
    """SELECT category_id, month, SUM(amount_fen) FROM budget_adjustments
       WHERE year = :year AND status = 'approved' GROUP BY category_id, month""",
    """SELECT l.category_id, {month_l},
              SUM(CASE WHEN c.status IN ('finance_approved', 'paid') THEN l.amount_fen ELSE 0 END),
              SUM(CASE WHEN c.status IN ('submitted', 'department_approved')
                       THEN l.amount_fen ELSE 0 END)
       FROM claim_lines l JOIN claims c ON c.id = l.claim_id
       WHERE l.expense_date >= :start AND l.expense_date < :end AND c.deleted_at IS NULL
         AND c.status IN ('finance_approved', 'paid', 'submitted', 'department_approved')
       GROUP BY l.category_id, {month_l}""",
    """SELECT category_id, {month_e}, SUM(amount_fen) FROM direct_expenses
       WHERE expense_date >= :start AND expense_date < :end GROUP BY category_id, {month_e}""",
]


def _build(db, lines: int, rng: random.Random) -> None:
    from app.context import Actor
    from app.services import Services
    from db.models.budget import BudgetAdjustment, BudgetPlan, BudgetPlanLine, DirectExpense
    from db.models.budget_claims import Claim, ClaimLine
    from db.types import utcnow

    services = Services(db)
    cli = Actor.command_line()
    services.expense_categories.ensure_seed(cli)
    cats = [c.id for c in services.expense_categories.list_categories(cli)]
    user = services.users.create_user(
        cli, username="bench", display_name="bench", role="staff", password="bench-pass-1"
    )
    statuses = [
        "draft",
        "submitted",
        "department_approved",
        "finance_approved",
        "paid",
        "paid",
        "paid",
        "cancelled",
    ]
    now = utcnow()
    with db.session() as session, session.begin():
        plan = BudgetPlan(year=YEAR, status="approved")
        session.add(plan)
        session.flush()
        session.execute(
            insert(BudgetPlanLine),
            [
                {
                    "plan_id": plan.id,
                    "category_id": c,
                    "month": m,
                    "amount_fen": rng.randint(10_000, 80_000) * 100,
                }
                for c in cats
                for m in range(1, 13)
            ],
        )
        session.execute(
            insert(BudgetAdjustment),
            [
                {
                    "year": YEAR,
                    "month": rng.randint(1, 12),
                    "category_id": rng.choice(cats),
                    "amount_fen": rng.randint(-50, 200) * 100 or 100,
                    "reason": "bench",
                    "status": rng.choice(["pending", "approved", "rejected"]),
                    "requested_by_user_id": user.id,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for _ in range(60)
            ],
        )
        claims = lines // 10
        session.execute(
            insert(Claim),
            [
                {
                    "number": f"BX-{YEAR}-{i + 1:05d}",
                    "year": YEAR,
                    "seq": i + 1,
                    "claim_date": dt.date(YEAR, 1, 1) + dt.timedelta(days=i * 364 // claims),
                    "claimant_user_id": user.id,
                    "claimant_name": "bench",
                    "purpose": "bench",
                    "status": rng.choice(statuses),
                    "total_fen": 0,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(claims)
            ],
        )
        ids = [r[0] for r in session.execute(text("SELECT id FROM claims ORDER BY id"))]
        session.execute(
            insert(ClaimLine),
            [
                {
                    "claim_id": ids[i // 10],
                    "position": i % 10,
                    "expense_date": dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365)),
                    "category_id": rng.choice(cats),
                    "amount_fen": rng.randint(1, 5000) * 100,
                    "invoice_key": f"{i:020d}",
                    "invoice_number": f"{i:020d}",
                }
                for i in range(lines)
            ],
        )
        session.execute(
            insert(DirectExpense),
            [
                {
                    "expense_date": dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365)),
                    "category_id": rng.choice(cats),
                    "amount_fen": rng.randint(100, 90000) * 100,
                    "payee": "bench",
                    "created_at": now,
                    "updated_at": now,
                }
                for _ in range(lines // 40)
            ],
        )


def _median(fn, runs: int) -> float:
    fn()  # warm up (statement cache, page cache)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(options) -> dict[str, float]:
    from app.context import Actor
    from app.services import Services
    from db.engine import open_database, sqlite_url
    from db.models import metadata

    lines = 2_000 if options.quick else 20_000
    path = options.workdir / "bench_budget.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(sqlite_url(path))
    metadata.create_all(db.engine)
    _build(db, lines, random.Random(4))
    services = Services(db)
    actor = Actor.command_line()
    report = services.budget_report

    def view() -> None:
        report.budget_vs_spend(actor, YEAR, 12, cumulative=True, today=dt.date(YEAR, 12, 31))

    month = "CAST(STRFTIME('%m', {col}) AS INTEGER)"
    statements = [
        text(
            s.format(
                month_l=month.format(col="l.expense_date"), month_e=month.format(col="expense_date")
            )
        )
        for s in HAND_SQL
    ]
    params = {"year": YEAR, "start": dt.date(YEAR, 1, 1), "end": dt.date(YEAR + 1, 1, 1)}

    def hand_sql() -> None:
        with db.engine.connect() as conn:
            for statement in statements:
                conn.execute(statement, params).all()

    runs = 3 if options.quick else 9
    view_s = _median(view, runs)
    sql_s = _median(hand_sql, runs)
    db.dispose()
    return {
        "budget_lines": lines,
        "budget_view_s": view_s,
        "budget_sql_s": sql_s,
        "budget_ratio": view_s / sql_s,
    }
