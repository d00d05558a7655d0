"""Two MarketDesk processes on one SQLite file: writers wait for each other.

Each process is a real subprocess (sys.executable): tests/platform/concurrency_worker.py
does the writes through the services, `main.py import-customers` the import.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from app.service import Service
from db.engine import SQLITE_BUSY_TIMEOUT_MS, open_database, sqlite_url
from tests.customers_io.conftest import write_csv

ROOT = Path(__file__).resolve().parents[2]
WRITES = 200  # per process: half follow-ups, half claim steps (5 per paid claim)
IMPORTED = 30_000
DEADLINE_S = 110


def _start(args: list[str], plan: dict | None = None, stdin: int | None = None) -> subprocess.Popen:
    env = dict(os.environ)
    if plan is not None:
        env["MARKETDESK_TEST_PLAN"] = json.dumps(plan)
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        stdin=stdin,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _worker(*args: str, plan: dict | None = None) -> subprocess.Popen:
    return _start(["-m", "tests.platform.concurrency_worker", *args], plan)


def _finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=DEADLINE_S)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    return json.loads(out.strip().splitlines()[-1])


def _prepared(tmp_path) -> tuple[str, Path, dict]:
    path = tmp_path / "shared.sqlite3"
    url = sqlite_url(path)
    return url, path, _finish(_worker("setup", url))


def test_two_writers_and_an_import_all_succeed(tmp_path):
    url, path, plan = _prepared(tmp_path)
    rows = [[f"学生{i}", f"1380{i:07d}", "展会"] for i in range(IMPORTED)]
    leads = write_csv(tmp_path / "leads.csv", [["姓名", "手机", "备注"], *rows], "utf-8")
    writers = [_worker("write", url, tag, str(WRITES), plan=plan) for tag in ("1", "2")]
    importer = _start(["main.py", "--db", str(path), "import-customers", str(leads), "--json"])
    results = [_finish(w) for w in writers]
    imported = _finish(importer)

    for result in results:
        assert (result["succeeded"], result["failures"]) == (WRITES, {})
    assert imported["imported"] == IMPORTED
    with sqlite3.connect(path) as conn:
        count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert count("SELECT count(*) FROM customers") == IMPORTED + len(plan["customers"])
        assert count("SELECT count(*) FROM follow_ups") == 2 * WRITES // 2
        # 100 claim steps per process: 20 claims created, submitted, approved twice, paid.
        assert count("SELECT count(*) FROM claims WHERE status = 'paid'") == 2 * WRITES // 2 // 5
        assert count("SELECT count(*) FROM claims WHERE status != 'paid'") == 0
        assert count("PRAGMA integrity_check") == "ok"


def test_a_writer_waits_then_gets_a_clear_message_and_readers_do_not_wait(tmp_path):
    url, _path, plan = _prepared(tmp_path)
    holder = _start(["-m", "tests.platform.concurrency_worker", "hold", url], stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        # A read in this process while the other holds the write lock: no waiting.
        db = open_database(url)
        try:
            with Service(db).read(None, None) as session:  # type: ignore[arg-type]
                customers = session.execute(text("SELECT count(*) FROM customers")).scalar()
                assert customers == len(plan["customers"])
        finally:
            db.dispose()
        # A write waits the busy timeout, then fails with a message, not a traceback.
        blocked = _finish(_worker("follow-up", url, plan=plan))
        assert blocked.get("error", "").startswith("The database is busy"), blocked
        assert f"{SQLITE_BUSY_TIMEOUT_MS // 1000} seconds" in blocked["error"]
    finally:
        holder.communicate("release\n", timeout=DEADLINE_S)
    assert holder.returncode == 0
    # Once the lock is released, the same save goes through.
    assert _finish(_worker("follow-up", url, plan=plan)) == {"ok": True}
