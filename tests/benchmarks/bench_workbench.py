"""The workbench against the customers tab on the 1,000,000-customer demo database
(issue 20): how long the manager waits for each tab to open.

    python tests/benchmarks/run.py --only bench_workbench [--quick]

The database is bench_customers' (built or migrated by it in options.workdir).
Each opening runs in a fresh subprocess (`--worker workbench|customers PATH`) with
the application, the services and the signed-in manager ready; what is timed is
what the main window does when the tab is first shown: the tab's factory (its
module imported, its data read) until the tab is painted, and for the customers
tab until its background count has finished, as bench_customers opens it. The two
alternate, RUNS times each; medians are reported:
workbench_open_s, customers_tab_open_s and workbench_ratio (goal <= 1.5), with the
items the workbench showed (workbench_items).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RUNS = 5


def run(options) -> dict[str, float]:
    import bench_customers

    path = bench_customers.database(options)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times: dict[str, list[float]] = {"workbench": [], "customers": []}
    items = 0.0
    for _ in range(RUNS):
        for tab in ("workbench", "customers"):
            out = subprocess.run(
                [sys.executable, __file__, "--worker", tab, str(path)],
                check=True,
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            times[tab].append(figures["open_s"])
            items = figures.get("items", items)
    workbench = statistics.median(times["workbench"])
    customers = statistics.median(times["customers"])
    return {
        "workbench_open_s": workbench,
        "customers_tab_open_s": customers,
        "workbench_ratio": workbench / customers,
        "workbench_items": items,
    }


# --- subprocess ---------------------------------------------------------------------


def _worker(tab_name: str, path: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.services import Services
    from app.settings import Settings
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User
    from ui.context import ChangeBus, UiContext
    from ui.tabs import tabs

    app = QApplication.instance() or QApplication([])
    db = open_database(sqlite_url(path))
    services = Services(db)
    with db.session() as session:
        user = session.scalars(select(User).where(User.username == "manager")).one()
        actor = actor_for(user)
    ctx = UiContext(services=services, actor=actor, settings=Settings(), bus=ChangeBus())
    spec = next(s for s in tabs() if s.key == tab_name)
    started = time.perf_counter()
    tab = spec.factory(ctx)
    tab.resize(1400, 800)
    tab.show()
    app.processEvents()
    model = getattr(tab, "model", None)
    while model is not None and hasattr(model, "is_counting") and model.is_counting():
        app.processEvents()
        time.sleep(0.002)
    # The workbench fills in once shown (a timer the processEvents above runs);
    # make sure the time includes its items whatever the event loop did.
    ensure_loaded = getattr(tab, "ensure_loaded", None)
    if ensure_loaded is not None:
        ensure_loaded()
    tab.repaint()
    elapsed = time.perf_counter() - started
    result = {"open_s": elapsed}
    if tab_name == "workbench":
        result["items"] = float(len(tab.workbench.items))
        if tab.workbench.failed:
            raise SystemExit(f"workbench providers failed: {tab.workbench.failed}")
    db.dispose()
    return result


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        print(json.dumps(_worker(sys.argv[2], Path(sys.argv[3]))))
