"""The Calendar tab's month view with 500 activities in one month (issue 17).

    python tests/benchmarks/run.py --only bench_calendar

calendar_open_ms: build the tab and show the month: load the activities, holidays
and terms from SQLite, find the conflicts, lay out and paint the first frame
(median of 20). calendar_paint_ms: repaint the whole month view (median of 20).
A drag of one activity across the month over the other 499, one mouse move per
move: calendar_drag_frames counts the moves that moved the activity to another day
(each paints a frame; the others change nothing on screen),
calendar_drag_frame_ms_median / _p95 / _max are their times from the mouse event to
the painted frame, calendar_drag_frames_over_16ms those that would miss a 60 Hz
display (dropped); calendar_drag_frame_cpu_ms_median / _max are the CPU time of
the same frames (the wall time includes waiting for a core on a busy machine).

Runs in a child process on the offscreen platform (real painting into the backing
store, no display).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
YEAR, MONTH = 2026, 3
ACTIVITIES = 500
RUNS = 20


def run(options) -> dict[str, float]:
    path = options.workdir / "bench_calendar.sqlite3"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(path)],
        check=True,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _build(path: Path) -> None:
    import datetime as dt

    from app.context import Actor
    from app.services import Services
    from app.staff.service import StaffInput
    from db.engine import open_database, sqlite_url
    from db.models import metadata
    from db.models.campaigns import Activity

    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(sqlite_url(path))
    metadata.create_all(db.engine)
    services = Services(db)
    cli = Actor.command_line()
    services.calendar.ensure_seed(cli)
    staff = [
        services.staff.create_staff(cli, StaffInput(name=f"专员{n:02d}")).id for n in range(30)
    ]
    rng = random.Random(17)
    kinds = ["promotion", "booth", "lecture", "community", "ad_placement", "exhibition", "partner"]
    statuses = ["draft", "submitted", "approved", "approved", "in_progress", "completed"]
    schools = [f"第{n}中学" for n in range(1, 41)]
    rows = []
    for n in range(ACTIVITIES):
        day = rng.randint(1, 31)
        if rng.random() < 0.12:  # a multi-day all-day activity
            start = dt.datetime(YEAR, MONTH, day)
            end = min(start + dt.timedelta(days=rng.randint(1, 4)), dt.datetime(YEAR, MONTH, 31))
            end = end.replace(hour=23, minute=59)
            all_day = True
        else:
            start = dt.datetime(YEAR, MONTH, day, rng.randint(8, 19), rng.choice((0, 15, 30, 45)))
            end = start + dt.timedelta(minutes=rng.choice((60, 90, 120, 180)))
            all_day = False
        rows.append(
            Activity(
                name=f"活动{n:03d} {rng.choice(schools)}招生",
                kind=rng.choice(kinds),
                status=rng.choice(statuses),
                starts_at=start,
                ends_at=end,
                all_day=all_day,
                venue=f"场地{rng.randint(1, 60)}",
                owner_id=rng.choice(staff),
                target_school=rng.choice(schools) if rng.random() < 0.5 else "",
            )
        )
    with db.session() as session, session.begin():
        session.add_all(rows)
    db.dispose()


def _worker(path: Path) -> dict[str, float]:
    import datetime as dt

    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from app.context import Actor
    from app.services import Services
    from app.settings import Settings
    from db.engine import open_database, sqlite_url
    from ui.calendar.calendar_tab import CalendarTab
    from ui.context import ChangeBus, UiContext

    _build(path)
    app = QApplication.instance() or QApplication([])
    db = open_database(sqlite_url(path))
    ctx = UiContext(
        services=Services(db), actor=Actor.command_line(), settings=Settings(), bus=ChangeBus()
    )
    anchor = dt.date(YEAR, MONTH, 15)
    # The main window, shown and exposed once: the tab opens inside it.
    host = QWidget()
    host.resize(1366, 820)
    QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
    host.show()
    QTest.qWaitForWindowExposed(host)

    def open_tab() -> CalendarTab:
        tab = CalendarTab(ctx, host)
        host.layout().addWidget(tab)
        tab.view.set_anchor(anchor)
        tab.refresh()
        tab.show()
        host.layout().activate()
        tab.view.repaint()
        return tab

    warm = open_tab()  # warm: imports, fonts, the first query
    warm.setParent(None)
    warm.deleteLater()
    open_ms = []
    for _ in range(RUNS):
        started = time.perf_counter()
        tab = open_tab()
        open_ms.append((time.perf_counter() - started) * 1000)
        tab.setParent(None)
        tab.deleteLater()
        app.processEvents()
    tab = open_tab()
    app.processEvents()  # updates posted while opening (the first paint was forced)
    view = tab.view
    assert len(view.items) == ACTIVITIES, len(view.items)
    assert len(view.hits) > 50, "the month was not painted"
    paint_ms = []
    for _ in range(RUNS):
        started = time.perf_counter()
        view.repaint()
        paint_ms.append((time.perf_counter() - started) * 1000)

    # The drag: an activity of the first row along every row of the month in turn,
    # over the other 499 (mouse moves 4 px apart).
    hit = next(h for h in view.hits if h.item.first_day == h.item.last_day and h.rect.top() < 200)
    start = hit.rect.center()
    row_h = view._month_row_h()
    path = [
        QPointF(x, start.y() + row * row_h)
        for row in range(6)
        for x in (
            range(10, view.width() - 10, 4) if row % 2 == 0 else range(view.width() - 10, 10, -4)
        )
    ]

    def mouse(kind, point: QPointF, buttons) -> None:
        event = QMouseEvent(
            kind,
            point,
            view.mapToGlobal(point),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view, event)

    mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    app.processEvents()  # the press repaints the selected item
    frames = []  # moves that changed the ghost: a new frame was painted
    cpu = []  # the same frames' CPU time (the wall time includes waiting for a core)
    for point in path:
        before = (view.drag.start, view.drag.end)
        started, started_cpu = time.perf_counter(), time.thread_time()
        mouse(QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
        app.processEvents()  # the pending partial repaint
        elapsed = (time.perf_counter() - started) * 1000
        if (view.drag.start, view.drag.end) != before:
            frames.append(elapsed)
            cpu.append((time.thread_time() - started_cpu) * 1000)
    # Escape, not release: the benchmark does not reschedule the activity.
    view.drag = None
    frames.sort()
    cpu.sort()
    db.dispose()
    return {
        "calendar_open_ms": round(statistics.median(open_ms), 2),
        "calendar_paint_ms": round(statistics.median(paint_ms), 2),
        "calendar_drag_frames": len(frames),
        "calendar_drag_frame_ms_median": round(statistics.median(frames), 3),
        "calendar_drag_frame_ms_p95": round(frames[int(len(frames) * 0.95) - 1], 3),
        "calendar_drag_frame_ms_max": round(frames[-1], 3),
        "calendar_drag_frames_over_16ms": sum(1 for f in frames if f > 1000 / 60),
        "calendar_drag_frame_cpu_ms_median": round(statistics.median(cpu), 3),
        "calendar_drag_frame_cpu_ms_max": round(cpu[-1], 3),
    }


if __name__ == "__main__" and "--worker" in sys.argv:
    sys.path.insert(0, str(ROOT))
    print(json.dumps(_worker(Path(sys.argv[sys.argv.index("--worker") + 1]))))
