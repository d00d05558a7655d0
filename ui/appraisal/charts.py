"""The grade distribution bars and a person's trend line (pyqtgraph)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.appraisal.report import GRADE_LETTERS

GRADE_COLORS = {
    "A": "#2e7d32",
    "B": "#66bb6a",
    "C": "#fbc02d",
    "D": "#fb8c00",
    "E": "#e53935",
}


def _plot() -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    plot.showGrid(y=True, alpha=0.25)
    plot.getAxis("left").setTextPen("#374151")
    plot.getAxis("bottom").setTextPen("#374151")
    return plot


class GradeChart(QWidget):
    """People per grade, one coloured bar each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Grade distribution"))))
        self.plot = _plot()
        self.plot.getAxis("bottom").setTicks([list(enumerate(GRADE_LETTERS))])
        layout.addWidget(self.plot, 1)
        self.counts: dict[str, int] = {}

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self.plot.clear()
        heights = [counts.get(g, 0) for g in GRADE_LETTERS]
        self.plot.addItem(
            pg.BarGraphItem(
                x=list(range(len(GRADE_LETTERS))),
                height=heights,
                width=0.6,
                brushes=[pg.mkBrush(GRADE_COLORS[g]) for g in GRADE_LETTERS],
                pen=None,
            )
        )
        for x, h in enumerate(heights):
            label = pg.TextItem(str(h), color="#374151", anchor=(0.5, 1))
            label.setPos(x, h)
            self.plot.addItem(label)
        self.plot.setYRange(0, max([*heights, 1]) * 1.2)
        self.plot.setXRange(-0.6, len(GRADE_LETTERS) - 0.4)


class TrendChart(QWidget):
    """One person's monthly totals, with the warning line."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        layout.addWidget(self.title)
        self.plot = _plot()
        layout.addWidget(self.plot, 1)
        self.points: list[tuple[str, float, str]] = []

    def set_trend(self, name: str, points: list[tuple[str, float, str]], line: float) -> None:
        self.points = points
        self.title.setText("<b>{}</b>".format(self.tr("Monthly totals of %1").replace("%1", name)))
        self.plot.clear()
        xs = list(range(len(points)))
        self.plot.getAxis("bottom").setTicks(
            [[(x, p[0][2:]) for x, p in zip(xs, points, strict=True)]]
        )
        if points:
            self.plot.plot(
                xs,
                [p[1] for p in points],
                pen=pg.mkPen("#1565c0", width=2),
                symbol="o",
                symbolBrush=[pg.mkBrush(GRADE_COLORS.get(p[2], "#888")) for p in points],
            )
        self.plot.addItem(
            pg.InfiniteLine(
                line, angle=0, pen=pg.mkPen("#e53935", style=pg.QtCore.Qt.PenStyle.DashLine)
            )
        )
        self.plot.setYRange(0, 120)
        self.plot.setXRange(-0.5, max(len(points) - 0.5, 0.5))
