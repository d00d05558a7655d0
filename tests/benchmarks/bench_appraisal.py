"""A monthly appraisal run for 200 staff over the 1,000,000-customer demo database,
against hand-written SQL aggregates computing the same auto KPIs.

    python tests/benchmarks/run.py --only bench_appraisal

The 1M database (/tmp/bench1m/customers_1000000.sqlite3, or MARKETDESK_BENCH_1M) is
copied into the work folder, never changed in place; the copy gets the appraisal
and conduct tables, 200 staff in the four marketing departments, and its customers,
enrollments, trials, follow-ups and complaints spread over them. With --quick (or
without the 1M file) a 1,000-customer demo database stands in.

appraisal_run_s: AppraisalService.run for October 2026 (every auto KPI for every
person, targets, conduct points, scores written), median of several runs;
appraisal_sql_s: the same auto KPIs from hand-written GROUP BY statements on the
raw driver connection; appraisal_ratio = run / sql (goal <= 2.0).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import time
from pathlib import Path

SOURCE = Path(os.environ.get("MARKETDESK_BENCH_1M", "/tmp/bench1m/customers_1000000.sqlite3"))
PERIOD = "2026-10"
# Department code -> how many of the 200 staff work there.
PLAN = {"sales": 120, "service": 40, "market": 20, "events": 20}

# The auto KPIs of the templates, as one would write them by hand (:a/:b are the
# period's UTC instants, :s/:e its dates).
HAND_SQL = [
    # new customers per owner
    """SELECT owner_id, COUNT(*) FROM customers WHERE created_at >= :a AND created_at < :b
       AND deleted_at IS NULL GROUP BY owner_id""",
    # all leads of the office
    """SELECT COUNT(*) FROM customers WHERE created_at >= :a AND created_at < :b
       AND deleted_at IS NULL""",
    # enrollments: count and amount per owner (sales plan, sales amount, expense rate)
    """SELECT owner_id, COUNT(*), SUM(amount_fen - discount_fen) FROM enrollments
       WHERE enrolled_on >= :s AND enrolled_on < :e GROUP BY owner_id""",
    # spend per claimant (expense rate)
    """SELECT c.claimant_staff_id, SUM(l.amount_fen) FROM claim_lines l
       JOIN claims c ON c.id = l.claim_id WHERE c.status IN ('finance_approved', 'paid')
       AND c.deleted_at IS NULL AND l.expense_date >= :s AND l.expense_date < :e
       GROUP BY c.claimant_staff_id""",
    # trials attended
    """SELECT staff_id, COUNT(*) FROM trial_classes WHERE status = 'attended'
       AND scheduled_at >= :a AND scheduled_at < :b GROUP BY staff_id""",
    # follow-ups due and done
    """SELECT staff_id, SUM(CASE WHEN done THEN 1 ELSE 0 END), COUNT(*) FROM follow_ups
       WHERE due_on >= :s AND due_on < :e GROUP BY staff_id""",
    # satisfaction
    """SELECT staff_id, AVG(satisfaction) FROM follow_ups WHERE done AND satisfaction IS NOT NULL
       AND done_at >= :a AND done_at < :b GROUP BY staff_id""",
    # profile completeness of the customers followed up
    """SELECT f.staff_id,
              COUNT(DISTINCT CASE WHEN c.school != '' AND c.grade != ''
                    AND c.channel_id IS NOT NULL
                    AND (c.mobile IS NOT NULL OR c.guardian_phone IS NOT NULL) THEN c.id END),
              COUNT(DISTINCT c.id)
       FROM follow_ups f JOIN customers c ON c.id = f.customer_id
       WHERE f.done AND f.done_at >= :a AND f.done_at < :b AND c.deleted_at IS NULL
       GROUP BY f.staff_id""",
    # complaints answered in time, resolved
    """SELECT handler_id,
              SUM(CASE WHEN responded_at IS NOT NULL AND responded_at <= response_deadline
                  THEN 1 ELSE 0 END),
              SUM(CASE WHEN status IN ('resolved', 'closed') THEN 1 ELSE 0 END), COUNT(*)
       FROM complaints WHERE received_at >= :a AND received_at < :b GROUP BY handler_id""",
    # budget control: effective budget and spend of the month
    """SELECT SUM(l.amount_fen) FROM budget_plan_lines l JOIN budget_plans p ON p.id = l.plan_id
       WHERE p.year = :year AND p.status = 'approved' AND l.month = :month""",
    """SELECT SUM(amount_fen) FROM budget_adjustments WHERE year = :year AND month = :month
       AND status = 'approved'""",
    """SELECT SUM(l.amount_fen) FROM claim_lines l JOIN claims c ON c.id = l.claim_id
       WHERE c.status IN ('finance_approved', 'paid') AND c.deleted_at IS NULL
       AND l.expense_date >= :s AND l.expense_date < :e""",
    """SELECT SUM(amount_fen) FROM direct_expenses WHERE expense_date >= :s
       AND expense_date < :e""",
]


def _source(options) -> Path:
    """A copy of the 1M database (or a small demo one) in the work folder."""
    target = options.workdir / "bench_appraisal.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    if not options.quick and SOURCE.exists():
        shutil.copyfile(SOURCE, target)
        return target
    from app.database import prepare_database
    from app.demo import build_demo
    from db.engine import sqlite_url

    db = prepare_database(sqlite_url(target))
    build_demo(db, scale=1000, today=dt.date(2026, 12, 5))
    db.dispose()
    return target


def _prepare(path: Path) -> None:
    """The appraisal and conduct tables, 200 staff, ownership spread over them."""
    from app.features import metadata
    from db.engine import open_database, sqlite_url

    meta = metadata()
    db = open_database(sqlite_url(path))
    wanted = [t for name, t in meta.tables.items() if name.startswith(("appraisal_", "conduct_"))]
    meta.create_all(db.engine, tables=wanted)
    db.dispose()
    conn = sqlite3.connect(path)
    for table in ("appraisal_scores", "appraisal_results", "appraisal_runs", "appraisal_targets"):
        conn.execute(f"DELETE FROM {table}")  # a demo database comes with a year of runs
    deps = dict(conn.execute("SELECT code, id FROM departments WHERE code IS NOT NULL"))
    ranges: dict[str, tuple[int, int]] = {}
    now = "2026-12-01 00:00:00.000000"
    for code, count in PLAN.items():
        first = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM staff").fetchone()[0]
        position = {"sales": "销售代表", "service": "客服专员", "market": "市场专员"}.get(
            code, "活动策划"
        )
        conn.executemany(
            "INSERT INTO staff (name, department_id, position, phone, active, created_at,"
            " updated_at, version) VALUES (?, ?, ?, '', 1, ?, ?, 1)",
            [(f"基准{code}{i:03d}", deps[code], position, now, now) for i in range(count)],
        )
        ranges[code] = (first, count)
    # The existing staff leave the marketing departments: exactly 200 are appraised.
    appraised = [f"{first + i}" for first, count in ranges.values() for i in range(count)]
    conn.execute(f"UPDATE staff SET department_id = NULL WHERE id NOT IN ({','.join(appraised)})")
    sales, n_sales = ranges["sales"]
    service, n_service = ranges["service"]
    conn.execute(f"UPDATE customers SET owner_id = {sales} + id % {n_sales}")
    conn.execute(f"UPDATE enrollments SET owner_id = {sales} + id % {n_sales}")
    conn.execute(f"UPDATE trial_classes SET staff_id = {sales} + id % {n_sales}")
    conn.execute(
        f"UPDATE follow_ups SET staff_id = CASE WHEN id % 3 = 0 THEN {service} + id % {n_service}"
        f" ELSE {sales} + id % {n_sales} END"
    )
    conn.execute(f"UPDATE complaints SET handler_id = {service} + id % {n_service}")
    conn.execute(f"UPDATE claims SET claimant_staff_id = {sales} + id % {n_sales}")
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def _median(fn, runs: int) -> float:
    fn()  # warm up (page cache, statement cache)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run(options) -> dict[str, float]:
    from app.appraisal.periods import parse_period
    from app.context import Actor
    from app.services import Services
    from db.engine import open_database, sqlite_url

    path = _source(options)
    try:
        _prepare(path)
        db = open_database(sqlite_url(path))
        services = Services(db)
        actor = Actor.command_line()
        services.appraisal.ensure_library(actor)
        people = services.appraisal.run(actor, PERIOD).people
        period = parse_period(PERIOD)
        a, b = period.utc_bounds()
        params = {
            "a": a.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"),
            "b": b.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds"),
            "s": period.start.isoformat(),
            "e": period.end.isoformat(),
            "year": period.year,
            "month": period.first_month,
        }

        def appraisal_run() -> None:
            services.appraisal.run(actor, PERIOD)

        conn = sqlite3.connect(path)  # one connection, as the service's pool keeps one

        def hand_sql() -> None:
            for statement in HAND_SQL:
                conn.execute(statement, params).fetchall()

        runs = 3 if options.quick else 5
        run_s = _median(appraisal_run, runs)
        sql_s = _median(hand_sql, runs)
        conn.close()
        db.dispose()
        return {
            "appraisal_people": people,
            "appraisal_run_s": round(run_s, 4),
            "appraisal_sql_s": round(sql_s, 4),
            "appraisal_ratio": round(run_s / sql_s, 3),
        }
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
