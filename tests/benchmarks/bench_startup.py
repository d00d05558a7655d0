"""Start-up: process start -> sign-in window painted (login_window_s), process
start -> main window painted with its first tab built (startup_s), and -> that tab
filled with its data (startup_ready_s: the workbench loads its items once painted).

MarketDesk signs in through the real login dialog (MARKETDESK_BENCH_LOGIN); the
deliberately slow password check is reported separately and subtracted. The
references are a bare PySide6 script showing an empty QMainWindow (bare_window_s:
login_window_ratio = login_window_s / bare_window_s, goal <= 1.5) and the same
script importing sqlalchemy.orm first (bare_window_sqlalchemy_s:
startup_floor_ratio = startup_s / bare_window_sqlalchemy_s, goal <= 2.0). All run
5 times in the same session, interleaved; medians and peak RSS are reported.

With MARKETDESK_BENCH_BUNDLE=dist/MarketDesk (a bundle packaging/build.sh made) the
same is measured on the frozen program against a frozen bare window (built once
into the work folder): frozen_login_window_ratio, frozen_startup_s,
frozen_startup_floor_ratio.
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
    """The BENCH figures of one run; the sign-in window's time as "login_s"."""
    env = {**env, "MARKETDESK_BENCH_T0": repr(time.time())}
    out = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT, check=False
    )  # a failed run shows below, with its stderr
    login: dict = {}
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_LOGIN "):
            login = json.loads(line[12:])
        if line.startswith("BENCH "):
            return {
                **json.loads(line[6:]),
                "login_s": login.get("elapsed_s"),
                "gap_s": login.get("event_gap_max_s"),
            }
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


def measure(
    url: str,
    data_dir: Path,
    prefix: str = "",
    *,
    app: list[str] | None = None,
    bare: list[str] | None = None,
) -> dict[str, float]:
    """`app`: the MarketDesk command (default: main.py in this Python); `bare`: the
    bare window's (default: bare_window.py), which takes --sqlalchemy."""
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
    bare = bare or [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    app = app or [sys.executable, "main.py"]
    for _ in range(RUNS):
        bare_runs.append(_run(bare, env))
        floor_runs.append(_run([*bare, "--sqlalchemy"], env))
        app_runs.append(_run([*app, "--db", url, "--lang", "zh_CN"], env))
    password = password_check_seconds(url, "admin", "admin-demo-2026")
    startup = statistics.median(r["elapsed_s"] for r in app_runs) - password
    ready = statistics.median(r["ready_s"] for r in app_runs) - password
    login = statistics.median(r["login_s"] for r in app_runs)
    bare_s = statistics.median(r["elapsed_s"] for r in bare_runs)
    floor = statistics.median(r["elapsed_s"] for r in floor_runs)
    return {
        f"{prefix}login_window_s": login,
        f"{prefix}login_window_ratio": login / bare_s,
        # The sign-in window's longest pause while the data layer loads behind it.
        f"{prefix}login_event_gap_max_ms": 1000 * statistics.median(r["gap_s"] for r in app_runs),
        f"{prefix}startup_s": startup,
        # The first tab filled (the workbench's items, loaded once it has painted).
        f"{prefix}startup_ready_s": ready,
        f"{prefix}password_check_s": password,
        f"{prefix}bare_window_s": bare_s,
        f"{prefix}startup_ratio": startup / bare_s,
        # The bare window that also imports sqlalchemy.orm: the floor under any
        # start-up that shows data.
        f"{prefix}bare_window_sqlalchemy_s": floor,
        f"{prefix}startup_floor_ratio": startup / floor,
        f"{prefix}startup_rss_mb": max(r["rss_mb"] for r in app_runs),
        f"{prefix}bare_window_rss_mb": max(r["rss_mb"] for r in bare_runs),
    }


def frozen_bare_window(workdir: Path) -> list[str]:
    """bare_window.py built with PyInstaller (onedir, once per work folder)."""
    exe = workdir / "frozen-bare" / "bare_window" / "bare_window"
    if not exe.exists():
        subprocess.run(
            [
                sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                "--log-level", "WARN", "--paths", str(ROOT),
                "--distpath", str(workdir / "frozen-bare"),
                "--workpath", str(workdir / "frozen-bare-build"),
                "--specpath", str(workdir),
                str(Path(__file__).with_name("bare_window.py")),
            ],
            check=True,
            cwd=ROOT,
        )  # fmt: skip
    return [str(exe)]


def run(options) -> dict[str, float]:
    workdir = Path(options.workdir).resolve()
    data_dir = workdir / "startup-data"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = ensure_demo(workdir / "startup-demo.sqlite3", 2000, data_dir)
    figures = measure(url, data_dir)
    bundle = os.environ.get("MARKETDESK_BENCH_BUNDLE")
    if bundle:
        program = Path(bundle).resolve() / "MarketDesk"
        frozen = measure(
            url, data_dir, "frozen_", app=[str(program)], bare=frozen_bare_window(workdir)
        )
        keep = ("login_window_s", "login_window_ratio", "login_event_gap_max_ms", "startup_s",
                "startup_ready_s", "startup_floor_ratio",
                "bare_window_s", "bare_window_sqlalchemy_s", "startup_rss_mb")  # fmt: skip
        figures.update({f"frozen_{k}": frozen[f"frozen_{k}"] for k in keep})
    return figures
