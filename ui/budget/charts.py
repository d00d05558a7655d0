"""pyqtgraph charts of the budget vs. spend tab, with hover values and PNG export.

Money is drawn in whole yuan (chart geometry only); the hover text shows the
exact figures from the report.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.budget.pace import BUDGET_COLOR, COMMITTED_COLOR, OVER_COLOR, SPEND_COLOR, axis_money
from app.budget.report import OVER, BudgetReport
from app.money import format_money


def _yuan(fen: int) -> int:
    return int(fen) // 100


class YuanAxis(pg.AxisItem):
    """Left axis in whole yuan (¥1,200,000; ¥120万 in Chinese), no SI prefix. Its
    width follows its widest label: a fixed width dropped the labels that did not fit."""

    def __init__(self) -> None:
        super().__init__("left")
        self.enableAutoSIPrefix(False)
        self._widest = 0

    def tickStrings(self, values, scale, spacing) -> list[str]:
        strings = [axis_money(v * scale) for v in values]
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        widths = [metrics.horizontalAdvance(s) for s in strings]
        self._widest = max([self._widest, *widths])
        return strings

    def generateDrawSpecs(self, p):
        # pyqtgraph drops a label wider than the axis and sizes the axis from the
        # last tick level it drew (the short minor labels), so ¥1,000,000 never showed.
        self._widest = 0
        specs = super().generateDrawSpecs(p)
        needed = self._widest + max(0, self.style["tickLength"]) + self.style["tickTextOffset"][0]
        needed += 6
        if self.fixedWidth is None or abs(self.fixedWidth - needed) > 2:
            self.setWidth(needed)
        return specs


class _Chart(QWidget):
    """A titled plot with a hover line under it."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        self.plot = pg.PlotWidget(background="w", axisItems={"left": YuanAxis()})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.getAxis("left").setTextPen("#374151")
        self.plot.getAxis("bottom").setTextPen("#374151")
        layout.addWidget(self.plot, 1)
        self.hover = QLabel(" ")
        self.hover.setObjectName("hover")
        self.hover.setStyleSheet("color:#374151;")
        layout.addWidget(self.hover)
        self.plot.scene().sigMouseMoved.connect(self._moved)

    def _moved(self, pos: QPointF) -> None:
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        x = self.plot.getPlotItem().vb.mapSceneToView(pos).x()
        self.hover.setText(self.text_at(x) or " ")

    def text_at(self, x: float) -> str:  # overridden
        return ""


class CategoryBars(_Chart):
    """Effective budget vs. spend (+ committed) per category."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Budget vs actual by category"), parent)
        self.rows = []
        legend = self.plot.addLegend(offset=(-10, 10))
        legend.setLabelTextColor("#374151")

    def set_report(self, report: BudgetReport | None) -> None:
        self.plot.clear()
        self.rows = [r for r in report.rows if r.category_id is not None] if report else []
        xs = list(range(len(self.rows)))
        if not self.rows:
            return
        budget = pg.BarGraphItem(
            x=[x - 0.2 for x in xs],
            width=0.38,
            height=[_yuan(r.effective) for r in self.rows],
            brush=BUDGET_COLOR,
            pen=None,
            name=self.tr("Budget"),
        )
        spend = pg.BarGraphItem(
            x=[x + 0.2 for x in xs],
            width=0.38,
            height=[_yuan(r.spend) for r in self.rows],
            brush=SPEND_COLOR,
            brushes=[pg.mkBrush(OVER_COLOR if r.pace == OVER else SPEND_COLOR) for r in self.rows],
            pen=None,
            name=self.tr("Spend"),
        )
        committed = pg.BarGraphItem(
            x=[x + 0.2 for x in xs],
            width=0.38,
            y0=[_yuan(r.spend) for r in self.rows],
            height=[_yuan(r.committed) for r in self.rows],
            brush=COMMITTED_COLOR,
            pen=None,
            name=self.tr("Committed"),
        )
        for item in (budget, spend, committed):
            self.plot.addItem(item)
        self.plot.getAxis("bottom").setTicks(
            [[(x, r.category_name) for x, r in zip(xs, self.rows, strict=True)]]
        )
        self.plot.setXRange(-0.7, len(self.rows) - 0.3, padding=0)

    def text_at(self, x: float) -> str:
        index = round(x)
        if not 0 <= index < len(self.rows):
            return ""
        r = self.rows[index]
        return (
            self.tr("%1: budget %2, spend %3, committed %4, remaining %5")
            .replace("%1", r.category_name)
            .replace("%2", format_money(r.effective))
            .replace("%3", format_money(r.spend))
            .replace("%4", format_money(r.committed))
            .replace("%5", format_money(r.remaining))
        )


class BurnChart(_Chart):
    """Cumulative spend against the cumulative (time-phased) effective budget."""

    def __init__(self, parent=None) -> None:
        super().__init__(self.tr("Cumulative spend against the budget"), parent)
        self.report: BudgetReport | None = None
        legend = self.plot.addLegend(offset=(10, 10))
        legend.setLabelTextColor("#374151")
        self.plot.getAxis("bottom").setTicks([[(m, str(m)) for m in range(1, 13)]])

    def last_month(self) -> int:
        report = self.report
        if report is None:
            return 0
        if report.year < report.today.year:
            return 12
        if report.year > report.today.year:
            return 0
        return report.today.month

    def set_report(self, report: BudgetReport | None) -> None:
        self.plot.clear()
        self.report = report
        if report is None:
            return
        months = list(range(1, 13))
        self.plot.plot(
            months,
            [_yuan(v) for v in report.cumulative_budget],
            pen=pg.mkPen(QColor(BUDGET_COLOR), width=2, style=Qt.PenStyle.DashLine),
            name=self.tr("Budget (cumulative)"),
        )
        last = self.last_month()
        if last:
            self.plot.plot(
                months[:last],
                [_yuan(v) for v in report.cumulative_spend[:last]],
                pen=pg.mkPen(QColor(SPEND_COLOR), width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=SPEND_COLOR,
                name=self.tr("Spend (cumulative)"),
            )
        self.plot.setXRange(0.5, 12.5, padding=0)

    def text_at(self, x: float) -> str:
        month = round(x)
        if self.report is None or not 1 <= month <= 12:
            return ""
        budget = self.report.cumulative_budget[month - 1]
        text = (
            self.tr("Month %1: budget to date %2")
            .replace("%1", str(month))
            .replace("%2", format_money(budget))
        )
        if month <= self.last_month():
            spend = self.report.cumulative_spend[month - 1]
            text += self.tr(", spend to date %1").replace("%1", format_money(spend))
        return text


class BudgetCharts(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bars = CategoryBars()
        self.burn = BurnChart()
        layout.addWidget(self.bars, 3)
        layout.addWidget(self.burn, 2)

    def set_report(self, report: BudgetReport | None) -> None:
        self.bars.set_report(report)
        self.burn.set_report(report)
