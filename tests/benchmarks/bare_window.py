"""The reference for the start-up benchmark: a bare PySide6 script showing an empty
QMainWindow, timed and measured the same way as MarketDesk itself.

With --sqlalchemy it first imports sqlalchemy.orm, the base data layer every
window of the application reads through: the floor under any start-up that
shows data, reported next to the ratio (startup_floor_ratio).
"""

import json
import os
import sys
import time

if "--sqlalchemy" in sys.argv:
    import sqlalchemy.orm  # noqa: F401

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
from app.diagnostics import peak_rss_mb

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()


def painted() -> None:
    window.repaint()
    app.processEvents()
    elapsed = time.time() - float(os.environ["MARKETDESK_BENCH_T0"])
    rss_mb = peak_rss_mb()
    print("BENCH " + json.dumps({"elapsed_s": elapsed, "rss_mb": rss_mb}), flush=True)
    app.quit()


QTimer.singleShot(0, painted)
app.exec()
