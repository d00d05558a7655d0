"""The channel report over two years on the 1,000,000-customer demo database, against
hand-written SQL computing the same figures, for the first-touch and the linear model.

    python tests/benchmarks/run.py --only bench_channel_eval [--quick]

The database is a COPY (options.workdir/bench_channel_eval.sqlite3, deleted at the
end) of /tmp/bench1m/customers_1000000.sqlite3 (or of bench_customers' database, or
MARKETDESK_BENCH_1M): the copy gets the tables it lacks and two years of spend tagged
with channels (direct expenses and paid claim lines) and activity touches.

channel_report_s: ChannelEvalService.figures (what `channel-report --json` prints),
median of several runs; channel_sql_s: the same figures from hand-written statements
run with the sqlite3 module; channel_ratio = report / sql (goal <= 2.0). The
`_linear` keys are the same for the linear model. The figures are checked equal.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import time
import uuid
from fractions import Fraction
from pathlib import Path

SOURCE = Path(os.environ.get("MARKETDESK_BENCH_1M", "/tmp/bench1m/customers_1000000.sqlite3"))

LEADS = """
SELECT c.channel_id, COUNT(*),
       SUM(CASE WHEN c.id IN (SELECT customer_id FROM trial_classes WHERE status = 'attended')
           THEN 1 ELSE 0 END)
FROM customers c
WHERE c.created_at >= :start_ts AND c.created_at < :end_ts AND c.deleted_at IS NULL
GROUP BY c.channel_id"""
CONVERSIONS = """
WITH conv AS (SELECT customer_id FROM enrollments GROUP BY customer_id
              HAVING MIN(enrolled_on) >= :start AND MIN(enrolled_on) <= :end),
     rev AS (SELECT customer_id, SUM(amount_fen) AS r FROM enrollments
             WHERE enrolled_on >= :start AND enrolled_on <= :end GROUP BY customer_id)
SELECT c.channel_id, COUNT(*), SUM(COALESCE(rev.r, 0))
FROM conv JOIN customers c ON c.id = conv.customer_id
LEFT JOIN rev ON rev.customer_id = c.id
WHERE c.deleted_at IS NULL
GROUP BY c.channel_id"""
# Linear: every customer's touches (the source, activities up to the first enrollment)
# counted per customer; a channel gets k/n of a customer.
TOUCHES = """
fe AS (SELECT customer_id, MIN(enrolled_on) AS first_on FROM enrollments GROUP BY customer_id),
touch AS (
  SELECT c.id AS customer_id, c.channel_id FROM customers c JOIN cohort ON cohort.id = c.id
  UNION ALL
  SELECT al.customer_id, a.channel_id FROM activity_leads al
  JOIN cohort ON cohort.id = al.customer_id
  JOIN activities a ON a.id = al.activity_id
  LEFT JOIN fe ON fe.customer_id = al.customer_id
  WHERE a.channel_id IS NOT NULL
    AND (fe.first_on IS NULL OR date(al.captured_at) <= fe.first_on)),
w AS (SELECT customer_id, channel_id, COUNT(*) AS k, n
      FROM (SELECT customer_id, channel_id,
                   COUNT(*) OVER (PARTITION BY customer_id) AS n FROM touch)
      GROUP BY customer_id, channel_id, n)"""
LEADS_LINEAR = (
    """WITH cohort AS (SELECT id FROM customers WHERE created_at >= :start_ts
                       AND created_at < :end_ts AND deleted_at IS NULL),"""
    + TOUCHES
    + """
SELECT w.channel_id, w.n, SUM(w.k),
       SUM(CASE WHEN w.customer_id IN (SELECT customer_id FROM trial_classes
                                       WHERE status = 'attended')
           THEN w.k ELSE 0 END)
FROM w GROUP BY w.channel_id, w.n"""
)
CONVERSIONS_LINEAR = (
    """WITH conv AS (SELECT customer_id FROM enrollments GROUP BY customer_id
              HAVING MIN(enrolled_on) >= :start AND MIN(enrolled_on) <= :end),
     cohort AS (SELECT c.id FROM customers c JOIN conv ON conv.customer_id = c.id
                WHERE c.deleted_at IS NULL),
     rev AS (SELECT customer_id, SUM(amount_fen) AS r FROM enrollments
             WHERE enrolled_on >= :start AND enrolled_on <= :end GROUP BY customer_id),"""
    + TOUCHES
    + """
SELECT w.channel_id, w.n, SUM(w.k), SUM(w.k * COALESCE(rev.r, 0))
FROM w LEFT JOIN rev ON rev.customer_id = w.customer_id GROUP BY w.channel_id, w.n"""
)
COST = [
    """SELECT COALESCE(l.channel_id, (SELECT MIN(a.channel_id) FROM activity_costs ac
                                     JOIN activities a ON a.id = ac.activity_id
                                     WHERE ac.claim_line_id = l.id)) AS ch, SUM(l.amount_fen)
       FROM claim_lines l JOIN claims c ON c.id = l.claim_id
       WHERE l.expense_date >= :start AND l.expense_date <= :end AND c.deleted_at IS NULL
         AND c.status IN ('finance_approved', 'paid') AND ch IS NOT NULL GROUP BY ch""",
    """SELECT COALESCE(e.channel_id, (SELECT MIN(a.channel_id) FROM activity_costs ac
                                     JOIN activities a ON a.id = ac.activity_id
                                     WHERE ac.direct_expense_id = e.id)) AS ch,
              SUM(e.amount_fen)
       FROM direct_expenses e
       WHERE e.expense_date >= :start AND e.expense_date <= :end AND ch IS NOT NULL
       GROUP BY ch""",
]


def _median(fn, runs: int) -> float:
    fn()  # warm up (page cache, statement cache)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _source(options) -> Path:
    if SOURCE.exists() and not options.quick:
        return SOURCE
    import bench_customers

    return bench_customers.database(options)


def _prepare(path: Path, end: dt.date, rng: random.Random) -> None:
    """Missing tables, then two years of channel spend and activity touches."""
    from sqlalchemy import insert, text

    from app.context import Actor
    from app.services import Services
    from db.engine import open_database, sqlite_url
    from db.models import metadata
    from db.models.budget import DirectExpense
    from db.models.budget_claims import Claim, ClaimLine
    from db.types import utcnow

    db = open_database(sqlite_url(path))
    metadata.create_all(db.engine)  # tables the copy's older schema lacks
    services = Services(db)
    cli = Actor.command_line()
    services.expense_categories.ensure_seed(cli)
    services.channels.ensure_seed_channels(cli)
    cats = [c.id for c in services.expense_categories.list_categories(cli)]
    channels = [c.id for c in services.channels.list_channels(cli)]
    start = end - dt.timedelta(days=730)
    now = utcnow()

    def day() -> dt.date:
        return start + dt.timedelta(days=rng.randrange(731))

    with db.session() as session, session.begin():
        user_id = session.execute(text("SELECT MIN(id) FROM users")).scalar()
        if user_id is None:
            user = services.users.create_user(
                cli, username="bench", display_name="bench", role="staff", password="bench-pass-1"
            )
            user_id = user.id
        session.execute(
            insert(DirectExpense),
            [
                {
                    "expense_date": day(),
                    "category_id": rng.choice(cats),
                    "channel_id": rng.choice([*channels, None]),
                    "amount_fen": rng.randint(100, 90000) * 100,
                    "payee": "bench",
                    "created_at": now,
                    "updated_at": now,
                }
                for _ in range(20_000)
            ],
        )
        base = session.execute(text("SELECT COALESCE(MAX(seq), 0) FROM claims")).scalar() or 0
        claims = 5_000
        session.execute(
            insert(Claim),
            [
                {
                    "number": f"BX-CH-{i + 1:06d}",
                    "year": 2099,
                    "seq": base + i + 1,
                    "claim_date": day(),
                    "claimant_user_id": user_id,
                    "claimant_name": "bench",
                    "status": rng.choice(["paid", "paid", "finance_approved", "submitted"]),
                    "total_fen": 0,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                for i in range(claims)
            ],
        )
        ids = [
            r[0] for r in session.execute(text("SELECT id FROM claims WHERE number LIKE 'BX-CH-%'"))
        ]
        session.execute(
            insert(ClaimLine),
            [
                {
                    "claim_id": ids[i // 4],
                    "position": i % 4,
                    "expense_date": day(),
                    "category_id": rng.choice(cats),
                    "channel_id": rng.choice([*channels, None]),
                    "amount_fen": rng.randint(1, 5000) * 100,
                    "invoice_key": f"CH{i:018d}",
                    "invoice_number": f"CH{i:018d}",
                }
                for i in range(claims * 4)
            ],
        )
        add_activities(session, channels, rng, start, end)
    db.dispose()


def add_activities(session, channels: list[int], rng: random.Random, start, end) -> None:
    """2,000 activities over the two years, 100,000 captured leads (touches) and 2,000
    claim lines without a channel of their own spent on activities."""
    from sqlalchemy import insert, text

    from db.models.campaigns import Activity, ActivityCost, ActivityLead

    now = dt.datetime.now(dt.UTC)
    rows = []
    for i in range(2_000):
        starts = dt.datetime.combine(start, dt.time(9)) + dt.timedelta(days=rng.randrange(730))
        rows.append(
            {
                "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
                "name": f"bench activity {i}",
                "kind": "booth",
                "status": "completed",
                "starts_at": starts,
                "ends_at": starts + dt.timedelta(hours=6),
                "channel_id": rng.choice(channels),
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    session.execute(insert(Activity), rows)
    activities = [
        (r[0], r[1])
        for r in session.execute(
            text("SELECT id, starts_at FROM activities WHERE name LIKE 'bench activity %'")
        )
    ]
    top = session.execute(text("SELECT MAX(id) FROM customers")).scalar()
    seen: set[tuple[int, int]] = set()
    leads = []
    while len(leads) < 100_000:
        activity_id, starts = rng.choice(activities)
        customer_id = rng.randint(1, top)
        if (activity_id, customer_id) in seen:
            continue
        seen.add((activity_id, customer_id))
        at = dt.datetime.fromisoformat(str(starts)) + dt.timedelta(minutes=rng.randrange(360))
        leads.append({"activity_id": activity_id, "customer_id": customer_id, "captured_at": at})
    session.execute(insert(ActivityLead), leads)
    line_ids = [
        r[0]
        for r in session.execute(
            text("SELECT id FROM claim_lines WHERE channel_id IS NULL ORDER BY id LIMIT 2000")
        )
    ]
    session.execute(
        insert(ActivityCost),
        [{"activity_id": rng.choice(activities)[0], "claim_line_id": i} for i in line_ids],
    )


def _fraction_rows(rows) -> dict:
    out: dict = {}
    for channel, n, *values in rows:
        shares = [Fraction(int(v or 0), int(n)) for v in values]
        before = out.get(channel, [Fraction(0)] * len(shares))
        out[channel] = [a + b for a, b in zip(before, shares, strict=True)]
    return out


def run(options) -> dict[str, float]:
    from app.channel_eval.periods import Period
    from app.context import Actor
    from app.services import Services
    from db.engine import open_database, sqlite_url

    workdir = Path(options.workdir).resolve()
    path = workdir / "bench_channel_eval.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    source = _source(options)
    shutil.copyfile(source, path)
    try:
        with sqlite3.connect(source) as conn:
            last = conn.execute("SELECT MAX(created_at) FROM customers").fetchone()[0]
        end = dt.date.fromisoformat(str(last)[:10])
        period = Period(end - dt.timedelta(days=729), end)
        _prepare(path, end, random.Random(18))
        db = open_database(sqlite_url(path))
        services = Services(db)
        actor = Actor.command_line()
        start_ts, end_ts = period.utc_bounds()
        params = {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "start_ts": start_ts.replace(tzinfo=None).isoformat(" "),
            "end_ts": end_ts.replace(tzinfo=None).isoformat(" "),
        }
        runs = 3 if options.quick else 5
        figures: dict[str, float] = {}
        conn = sqlite3.connect(path)
        for model, statements in (
            ("first", [LEADS, CONVERSIONS]),
            ("linear", [LEADS_LINEAR, CONVERSIONS_LINEAR]),
        ):
            result: dict = {}

            def report(model=model, result=result) -> None:
                result["report"] = services.channel_eval.figures(actor, period, model)

            def hand_sql(statements=statements, result=result) -> None:
                rows = [conn.execute(s, params).fetchall() for s in statements + COST]
                result["sql"] = rows

            report_s = _median(report, runs)
            sql_s = _median(hand_sql, runs)
            _check(result["report"], result["sql"], model)
            suffix = "" if model == "first" else "_linear"
            figures[f"channel_report{suffix}_s"] = report_s
            figures[f"channel_sql{suffix}_s"] = sql_s
            figures[f"channel_ratio{suffix}"] = report_s / sql_s
        conn.close()
        db.dispose()
        figures["channel_customers"] = sum(
            int(r.figures.leads) for r in result["report"].rows
        )  # leads of the two years
        return figures
    finally:
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def _check(report, rows, model: str) -> None:
    """The service's figures equal the hand-written SQL's."""
    leads, conversions, claims, direct = rows
    if model == "first":
        leads = [(c, 1, n, t) for c, n, t in leads]
        conversions = [(c, 1, n, r) for c, n, r in conversions]
    by_leads, by_conv = _fraction_rows(leads), _fraction_rows(conversions)
    cost: dict = {}
    for channel, total in [*claims, *direct]:
        cost[channel] = cost.get(channel, 0) + int(total)
    for row in report.rows:
        f = row.figures
        expect_l = by_leads.get(row.channel_id, [0, 0])
        expect_c = by_conv.get(row.channel_id, [0, 0])
        got = (f.leads, f.trials, f.conversions, f.revenue, f.cost_fen)
        want = (*expect_l, *expect_c, cost.get(row.channel_id, 0))
        if got != want:
            raise AssertionError(f"{row.name} ({model}): report {got} != SQL {want}")
