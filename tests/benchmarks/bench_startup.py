"""Start-up: process start -> main window painted with its first tab populated.

MarketDesk signs in through the real login dialog (MARKETDESK_BENCH_LOGIN); the
deliberately slow password check is reported separately and subtracted. The
reference is a bare PySide6 script showing an empty QMainWindow. Both run 5
times in the same session; medians, their ratio, and peak RSS are reported.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def _run(cmd: list[str], env: dict[str, str]) -> dict:
    env = {**env, "MARKETDESK_BENCH_T0": repr(time.time())}
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT, check=False
    )  # a failed run shows below, with its stderr
    for line in out.stdout.splitlines():
        if line.startswith("BENCH "):
            return json.loads(line[6:])
    raise RuntimeError(f"no BENCH line from {cmd}:\n{out.stdout}\n{out.stderr}")


def ensure_demo(db_path: Path, scale: int, data_dir: Path) -> str:
    url = f"sqlite:///{db_path}"
    if not db_path.exists():
        env = {**os.environ, "MARKETDESK_DATA_DIR": str(data_dir)}
        subprocess.run(
            [sys.executable, "main.py", "--db", url, "demo", "--scale", str(scale)],
            env=env,
            check=True,
            cwd=ROOT,
        )
    return url


def password_check_seconds(url: str, username: str, password: str) -> float:
    """Median time of the argon2id verification of the account's stored hash, with the
    application's own hasher settings: the part of sign-in that is slow on purpose."""
    from sqlalchemy import create_engine, text

    from app.users.passwords import verify_password

    engine = create_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT password_hash FROM users WHERE username = :u"), {"u": username}
        ).scalar_one()
    engine.dispose()
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        assert verify_password(stored, password)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure(url: str, data_dir: Path, prefix: str = "") -> dict[str, float]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MARKETDESK_DATA_DIR": str(data_dir),
        # The demo accounts' published passwords (app/demo/platform.py).
        "MARKETDESK_BENCH_LOGIN": "admin:admin-demo-2026",
    }
    # The once-a-day backup would add a one-off copy to the first run only.
    (data_dir / "settings.json").write_text(json.dumps({"daily_backup": False}), encoding="utf-8")
    app_runs, bare_runs, floor_runs = [], [], []
    bare = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    for _ in range(RUNS):
        bare_runs.append(_run(bare, env))
        floor_runs.append(_run([*bare, "--sqlalchemy"], env))
        app_runs.append(_run([sys.executable, "main.py", "--db", url, "--lang", "zh_CN"], env))
    password = password_check_seconds(url, "admin", "admin-demo-2026")
    startup = statistics.median(r["elapsed_s"] for r in app_runs) - password
    bare = statistics.median(r["elapsed_s"] for r in bare_runs)
    floor = statistics.median(r["elapsed_s"] for r in floor_runs)
    return {
        f"{prefix}startup_s": startup,
        f"{prefix}password_check_s": password,
        f"{prefix}bare_window_s": bare,
        f"{prefix}startup_ratio": startup / bare,
        # The bare window plus `import sqlalchemy.orm` alone, against the bare window.
        f"{prefix}bare_window_sqlalchemy_s": floor,
        f"{prefix}startup_floor_ratio": floor / bare,
        f"{prefix}startup_rss_mb": max(r["rss_mb"] for r in app_runs),
        f"{prefix}bare_window_rss_mb": max(r["rss_mb"] for r in bare_runs),
    }


def run(options) -> dict[str, float]:
    workdir = Path(options.workdir).resolve()
    data_dir = workdir / "startup-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = ensure_demo(workdir / "startup-demo.sqlite3", 2000, data_dir)
    return measure(url, data_dir)
