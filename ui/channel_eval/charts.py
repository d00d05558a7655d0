"""The channel evaluation charts (pyqtgraph): bars per channel, monthly trend, funnel,
cost against conversions, ROI ranking. Each names the attribution model in its title,
has a legend, shows the exact figures of what the mouse is over, and saves as PNG.

Money is drawn in whole yuan (geometry only); hover texts show the report's figures.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.channel_eval.figures import ChannelFigures, Figures
from app.channel_eval.report import ChannelReport
from app.channel_eval.text import count_text, model_name, money_text, percent_text, roi_text

PALETTE = [
    "#2563eb",
    "#f97316",
    "#16a34a",
    "#dc2626",
    "#9333ea",
    "#0891b2",
    "#ca8a04",
    "#db2777",
    "#4b5563",
    "#65a30d",
    "#7c3aed",
    "#0d9488",
    "#b45309",
]
TREND_LINES = 6
ALL = "all"
LEADS_COLOR, CONV_COLOR, COST_COLOR, TRIAL_COLOR = "#2563eb", "#16a34a", "#f97316", "#0891b2"
TEXT_COLOR = "#374151"


def _float(value: Fraction | int) -> float:
    return float(value)


def _yuan(fen: Fraction | int) -> float:
    return float(fen) / 100


class MoneyAxis(pg.AxisItem):
    """An axis in whole yuan, no SI prefix."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing) -> list[str]:
        return [f"¥{round(v * scale):,}" for v in values]


class ChannelChart(QWidget):
    """A titled plot with a hover line under it; subclasses draw `report`."""

    key = "chart"
    # Double-click on a figure: (channel id, or ALL for every channel; "leads", "trials",
    # "conversions" or "cost"), for the tab to list what is behind it.
    figureActivated = Signal(object, str)

    def __init__(self, parent=None, *, money_axis: str | None = None) -> None:
        super().__init__(parent)
        self.report: ChannelReport | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        top.addWidget(self.heading, 1)
        self.options = QComboBox()
        self.options.setObjectName("measure")
        self.options.hide()
        top.addWidget(self.options)
        layout.addLayout(top)
        axes = {money_axis: MoneyAxis(money_axis)} if money_axis else {}
        self.plot = pg.PlotWidget(background="w", axisItems=axes)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTextPen(TEXT_COLOR)
        self.legend = self.plot.addLegend(offset=(-10, 10), brush=pg.mkBrush(255, 255, 255, 210))
        self.legend.setLabelTextColor(TEXT_COLOR)
        layout.addWidget(self.plot, 1)
        self.hover = QLabel(" ")
        self.hover.setObjectName("hover")
        self.hover.setStyleSheet(f"color:{TEXT_COLOR};")
        layout.addWidget(self.hover)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.options.currentIndexChanged.connect(lambda _i: self.redraw())

    def title(self) -> str:  # overridden
        return ""

    def set_report(self, report: ChannelReport | None) -> None:
        self.report = report
        self.redraw()

    def redraw(self) -> None:
        self.plot.clear()
        self.legend.clear()
        model = model_name(self.report.model) if self.report else ""
        named = QCoreApplication.translate("ChannelChart", "attribution: %1").replace("%1", model)
        note = f" <span style='color:#6b7280'>· {named}</span>" if model else ""
        self.heading.setText(f"<b>{self.title()}</b>{note}")
        self.hover.setText(" ")
        if self.report is not None:
            self.draw(self.report)

    def draw(self, report: ChannelReport) -> None:  # overridden
        pass

    def _moved(self, pos: QPointF) -> None:
        if not self.plot.sceneBoundingRect().contains(pos):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(pos)
        self.hover.setText(self.text_at(point.x(), point.y()) or " ")

    def _clicked(self, event) -> None:
        if not event.double():
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.activate_at(point.x(), point.y())

    def activate_at(self, x: float, y: float) -> None:
        """Emit figureActivated for the figure at view coordinates (x, y), if any."""
        found = self.figure_at(x, y)
        if found is not None:
            self.figureActivated.emit(*found)

    def figure_at(self, x: float, y: float) -> tuple[object, str] | None:  # overridden
        return None

    def hover_at_view(self, x: float, y: float) -> str:
        """Move the (virtual) mouse to view coordinates (x, y); the hover text shown."""
        scene = self.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        self._moved(scene)
        return self.hover.text()

    def text_at(self, x: float, y: float) -> str:  # overridden
        return ""

    def save_png(self, path: Path) -> bool:
        return self.grab().save(str(path), "PNG")

    def channels(self) -> list[ChannelFigures]:
        return self.report.rows if self.report else []


def _bars(x, height, color: str, name: str, width: float = 0.38, **kw) -> pg.BarGraphItem:
    return pg.BarGraphItem(x=x, height=height, width=width, brush=color, pen=None, name=name, **kw)


def _channel_ticks(plot: pg.PlotWidget, rows: list[ChannelFigures]) -> None:
    plot.getAxis("bottom").setTicks([[(i, r.name) for i, r in enumerate(rows)]])
    plot.setXRange(-0.7, max(len(rows), 1) - 0.3, padding=0)


class ChannelBars(ChannelChart):
    """Leads and conversions per channel, or cost per channel."""

    key = "bars"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.options.addItem(self.tr("Leads and conversions"), "counts")
        self.options.addItem(self.tr("Cost"), "cost")
        self.options.show()

    def title(self) -> str:
        return self.tr("By channel")

    def draw(self, report: ChannelReport) -> None:
        rows = self.channels()
        xs = list(range(len(rows)))
        if self.options.currentData() == "cost":
            self.plot.setAxisItems({"left": MoneyAxis("left")})
            self.plot.addItem(
                _bars(
                    xs, [_yuan(r.figures.cost_fen) for r in rows], COST_COLOR, self.tr("Cost"), 0.6
                )
            )
        else:
            self.plot.setAxisItems({"left": pg.AxisItem("left")})
            leads = [_float(r.figures.leads) for r in rows]
            conversions = [_float(r.figures.conversions) for r in rows]
            self.plot.addItem(_bars([x - 0.2 for x in xs], leads, LEADS_COLOR, self.tr("Leads")))
            self.plot.addItem(
                _bars([x + 0.2 for x in xs], conversions, CONV_COLOR, self.tr("Conversions"))
            )
        self.plot.getAxis("left").setTextPen(TEXT_COLOR)
        _channel_ticks(self.plot, rows)

    def figure_at(self, x: float, y: float) -> tuple[object, str] | None:
        rows = self.channels()
        index = round(x)
        if not 0 <= index < len(rows):
            return None
        if self.options.currentData() == "cost":
            return rows[index].channel_id, "cost"
        return rows[index].channel_id, "leads" if x < index else "conversions"

    def text_at(self, x: float, y: float) -> str:
        rows = self.channels()
        index = round(x)
        if not 0 <= index < len(rows):
            return ""
        r = rows[index]
        return (
            self.tr("%1: %2 leads, %3 conversions, cost %4")
            .replace("%1", r.name)
            .replace("%2", count_text(r.figures.leads))
            .replace("%3", count_text(r.figures.conversions))
            .replace("%4", money_text(r.figures.cost_fen))
        )


class MonthlyTrend(ChannelChart):
    """One line per channel over the months, for the measure chosen."""

    key = "trend"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.options.addItem(self.tr("Leads"), "leads")
        self.options.addItem(self.tr("Conversions"), "conversions")
        self.options.addItem(self.tr("Cost"), "cost")
        self.options.addItem(self.tr("Cost per lead"), "cpl")
        self.options.show()
        self.legend.setOffset((10, 10))
        self.legend.setColumnCount(2)

    def title(self) -> str:
        return self.tr("Monthly trend (the six largest channels)")

    def value(self, f: Figures) -> float | None:
        measure = self.options.currentData()
        if measure == "leads":
            return _float(f.leads)
        if measure == "conversions":
            return _float(f.conversions)
        if measure == "cost":
            return _yuan(f.cost_fen)
        cpl = f.cpl
        return None if cpl is None else _yuan(cpl)

    def draw(self, report: ChannelReport) -> None:
        months = report.trend_months
        money = self.options.currentData() in ("cost", "cpl")
        self.plot.setAxisItems({"left": MoneyAxis("left") if money else pg.AxisItem("left")})
        self.plot.getAxis("left").setTextPen(TEXT_COLOR)
        lines = []
        for i, row in enumerate(self.channels()):
            values = [self.value(report.month_figures(m, row.channel_id)) for m in months]
            if any(values):
                lines.append((sum(v or 0 for v in values), i, row, values))
        # The channels that weigh most in the measure (twelve lines are unreadable);
        # the hover text names every channel.
        for _weight, i, row, values in sorted(lines, key=lambda t: -t[0])[:TREND_LINES]:
            xs = [x for x, v in enumerate(values) if v is not None]
            ys = [v for v in values if v is not None]
            color = QColor(PALETTE[i % len(PALETTE)])
            self.plot.plot(
                xs,
                ys,
                pen=pg.mkPen(color, width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=color,
                name=row.name,
            )
        step = max(1, len(months) // 12)
        self.plot.getAxis("bottom").setTicks(
            [[(i, m[2:]) for i, m in enumerate(months) if i % step == 0]]
        )
        self.plot.setXRange(-0.5, len(months) - 0.5, padding=0)

    def text_at(self, x: float, y: float) -> str:
        report = self.report
        index = round(x)
        if report is None or not 0 <= index < len(report.trend_months):
            return ""
        month = report.trend_months[index]
        measure = self.options.currentData()
        parts = []
        for row in self.channels():
            f = report.month_figures(month, row.channel_id)
            value = self.value(f)
            if not value:
                continue
            if measure in ("leads", "conversions"):
                text = count_text(f.leads if measure == "leads" else f.conversions)
            else:
                text = money_text(f.cost_fen if measure == "cost" else f.cpl)
            parts.append(f"{row.name} {text}")
        return f"{month}: " + ("; ".join(parts) if parts else "—")


def _key(channel_id: int | None) -> str:
    return "none" if channel_id is None else str(channel_id)


class Funnel(ChannelChart):
    """Leads -> trials -> enrolled, of every channel or of the channel chosen."""

    key = "funnel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.options.show()
        self.steps: list[tuple[str, Fraction]] = []

    def title(self) -> str:
        return self.tr("Funnel: lead → trial → enrolled")

    def set_report(self, report: ChannelReport | None) -> None:
        current = self.options.currentData() or "all"
        self.options.blockSignals(True)
        self.options.clear()
        self.options.addItem(self.tr("All channels"), ALL)
        for row in report.rows if report else []:
            self.options.addItem(row.name, _key(row.channel_id))
        self.options.setCurrentIndex(max(self.options.findData(current), 0))
        self.options.blockSignals(False)
        super().set_report(report)

    def figures(self, report: ChannelReport) -> Figures:
        chosen = self.options.currentData() or "all"
        if chosen == "all":
            return report.total
        row = next((r for r in report.rows if _key(r.channel_id) == chosen), None)
        return row.figures if row else Figures()

    def draw(self, report: ChannelReport) -> None:
        f = self.figures(report)
        self.steps = [
            (self.tr("Leads"), f.leads),
            (self.tr("Trials attended"), f.trials),
            (self.tr("Enrolled"), f.conversions),
        ]
        colors = [LEADS_COLOR, TRIAL_COLOR, CONV_COLOR]
        top = max((_float(v) for _n, v in self.steps), default=0) or 1
        for i, ((name, value), color) in enumerate(zip(self.steps, colors, strict=True)):
            width = _float(value)
            # centred bars, widest on top: a funnel
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=[(top - width) / 2],
                    y=[len(self.steps) - 1 - i],
                    height=0.7,
                    width=[width],
                    brush=color,
                    pen=None,
                    name=f"{name} {count_text(value)}",
                )
            )
        self.plot.getAxis("left").setTicks(
            [[(len(self.steps) - 1 - i, n) for i, (n, _v) in enumerate(self.steps)]]
        )
        self.plot.setYRange(-0.6, len(self.steps) - 0.4, padding=0)
        self.plot.setXRange(0, top, padding=0.02)

    def figure_at(self, x: float, y: float) -> tuple[object, str] | None:
        index = len(self.steps) - 1 - round(y)
        if not 0 <= index < len(self.steps) or self.report is None:
            return None
        chosen = self.options.currentData() or ALL
        row = next((r for r in self.report.rows if _key(r.channel_id) == chosen), None)
        channel = ALL if row is None else row.channel_id
        return channel, ("leads", "trials", "conversions")[index]

    def text_at(self, x: float, y: float) -> str:
        index = len(self.steps) - 1 - round(y)
        if not 0 <= index < len(self.steps):
            return ""
        name, value = self.steps[index]
        first = self.steps[0][1]
        share = None if not first else value / first
        return f"{name}: {count_text(value)} ({percent_text(share)} " + self.tr("of leads") + ")"


class CostScatter(ChannelChart):
    """A point per channel: cost across, conversions up."""

    key = "scatter"

    def __init__(self, parent=None) -> None:
        super().__init__(parent, money_axis="bottom")
        self.legend.setColumnCount(3)

    def title(self) -> str:
        return self.tr("Cost against conversions")

    def draw(self, report: ChannelReport) -> None:
        for i, row in enumerate(self.channels()):
            color = QColor(PALETTE[i % len(PALETTE)])
            x, y = _yuan(row.figures.cost_fen), _float(row.figures.conversions)
            self.plot.plot(
                [x], [y], pen=None, symbol="o", symbolSize=11, symbolBrush=color, name=row.name
            )
            label = pg.TextItem(row.name, color=TEXT_COLOR, anchor=(0, 1))
            label.setPos(x, y)
            self.plot.addItem(label)
        self.plot.getAxis("bottom").setTextPen(TEXT_COLOR)
        rows = self.channels()
        top_x = max((_yuan(r.figures.cost_fen) for r in rows), default=0) or 1
        top_y = max((_float(r.figures.conversions) for r in rows), default=0) or 1
        # room above the points for the legend, right of them for the names
        self.plot.setXRange(0, top_x * 1.15, padding=0.02)
        self.plot.setYRange(0, top_y * 1.45, padding=0.02)

    def figure_at(self, x: float, y: float) -> tuple[object, str] | None:
        nearest = self.nearest(x, y)
        return None if nearest is None else (nearest.channel_id, "conversions")

    def nearest(self, x: float, y: float) -> ChannelFigures | None:
        rows = self.channels()
        if not rows:
            return None
        vb = self.plot.getPlotItem().vb
        (x0, x1), (y0, y1) = vb.viewRange()
        sx, sy = (x1 - x0) or 1, (y1 - y0) or 1

        def distance(r: ChannelFigures) -> float:
            dx = (_yuan(r.figures.cost_fen) - x) / sx
            dy = (_float(r.figures.conversions) - y) / sy
            return dx * dx + dy * dy

        nearest = min(rows, key=distance)
        return nearest if distance(nearest) <= 0.01 else None

    def text_at(self, x: float, y: float) -> str:
        nearest = self.nearest(x, y)
        if nearest is None:
            return ""
        f = nearest.figures
        return (
            self.tr("%1: cost %2, %3 conversions, CPA %4")
            .replace("%1", nearest.name)
            .replace("%2", money_text(f.cost_fen))
            .replace("%3", count_text(f.conversions))
            .replace("%4", money_text(f.cpa))
        )


class RoiRanking(ChannelChart):
    """Channels with a cost, best ROI on top; the others are named under the chart."""

    key = "roi"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ranked: list[ChannelFigures] = []

    def title(self) -> str:
        return self.tr("ROI ranking")

    def draw(self, report: ChannelReport) -> None:
        self.ranked = sorted(
            (r for r in self.channels() if r.figures.roi is not None),
            key=lambda r: r.figures.roi or 0,
        )
        xs = [float(r.figures.roi or 0) * 100 for r in self.ranked]
        colors = [pg.mkBrush("#16a34a" if v >= 0 else "#dc2626") for v in xs]
        ys = list(range(len(self.ranked)))
        if self.ranked:
            self.plot.addItem(
                pg.BarGraphItem(
                    x0=[0] * len(xs),
                    y=ys,
                    height=0.6,
                    width=xs,
                    brushes=colors,
                    pen=None,
                    name=self.tr("ROI (%)"),
                )
            )
        self.plot.getAxis("left").setTicks([[(i, r.name) for i, r in enumerate(self.ranked)]])
        self.plot.setYRange(-0.6, max(len(self.ranked), 1) - 0.4, padding=0)

    def figure_at(self, x: float, y: float) -> tuple[object, str] | None:
        index = round(y)
        if not 0 <= index < len(self.ranked):
            return None
        return self.ranked[index].channel_id, "cost"

    def text_at(self, x: float, y: float) -> str:
        index = round(y)
        if not 0 <= index < len(self.ranked):
            return ""
        r = self.ranked[index]
        return (
            self.tr("%1: ROI %2 (revenue %3, cost %4)")
            .replace("%1", r.name)
            .replace("%2", roi_text(r.figures.roi))
            .replace("%3", money_text(r.figures.revenue))
            .replace("%4", money_text(r.figures.cost_fen))
        )


CHART_CLASSES = (ChannelBars, MonthlyTrend, Funnel, CostScatter, RoiRanking)
