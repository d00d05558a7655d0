"""The budget report PDF (预算执行情况报告): the budget vs. spend table and two charts.

Input is the budget feature's `BudgetReport` (app/budget/report.py); this
module only lays it out. Charts are reportlab.graphics drawings: budget vs.
spend bars per category, and the cumulative spend against the cumulative
budget over the year. Value axes start at 0 and every label uses the bundled
CJK font.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.budget import pace
from app.budget.report import AHEAD, OVER, BudgetReport
from app.money import format_money
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import printed_footer, report_document

# The words and colours are the budget tab's (app/budget/pace.py), in Chinese.
BUDGET_COLOR = colors.HexColor(pace.BUDGET_COLOR)
SPEND_COLOR = colors.HexColor(pace.SPEND_COLOR)
OVER_FILL = colors.HexColor(pace.PACE_FILLS[OVER])
AHEAD_FILL = colors.HexColor(pace.PACE_FILLS[AHEAD])
TOTAL_LABEL = "合计"


def _yuan(fen: int) -> int:
    """Whole yuan for chart geometry only; figures in the table stay exact."""
    return int(fen) // 100


def _percent(row) -> str:
    value = row.percent_used
    return "—" if value is None else f"{value:.1f}%"


def _table(report: BudgetReport, font: str) -> Table:
    header = [
        "费用类别",
        "预算",
        "调整",
        "有效预算",
        "实际支出",
        "已占用",
        "剩余",
        "使用率",
        "进度",
    ]
    data = [header]
    for row in report.rows:
        name = row.category_name if row.category_id is not None else TOTAL_LABEL
        data.append(
            [
                drawable(name),
                format_money(row.budget, symbol=False),
                format_money(row.adjustments, symbol=False),
                format_money(row.effective, symbol=False),
                format_money(row.spend, symbol=False),
                format_money(row.committed, symbol=False),
                format_money(row.remaining, symbol=False),
                _percent(row),
                pace.pace_label_chinese(row.pace),
            ]
        )
    widths = [34 * mm] + [27 * mm] * 6 + [18 * mm, 20 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("ALIGN", (1, 1), (-2, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for index, row in enumerate(report.rows, start=1):
        if row.pace == OVER:
            style.append(("BACKGROUND", (0, index), (-1, index), OVER_FILL))
        elif row.pace == AHEAD:
            style.append(("BACKGROUND", (0, index), (-1, index), AHEAD_FILL))
    table.setStyle(TableStyle(style))
    return table


def _legend(font: str, x: float, y: float, items) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y  # type: ignore[assignment]  # the stubs say int; any number works
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 8
    legend.deltax = 80
    legend.colorNamePairs = items
    return legend


def _axis_label(value: float) -> str:
    return pace.axis_money(value, chinese=True)


def bar_chart(report: BudgetReport, width: float, height: float) -> Drawing:
    font = cjk_font()
    rows = [r for r in report.rows if r.category_id is not None]
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, "各类别有效预算与实际支出", fontName=font, fontSize=10))
    chart = VerticalBarChart()
    chart.x, chart.y = 45, 38
    # types-reportlab types chart sizes as int; reportlab takes any number.
    chart.width, chart.height = width - 60, height - 80  # type: ignore[assignment]
    chart.data = [[_yuan(r.effective) for r in rows] or [0], [_yuan(r.spend) for r in rows] or [0]]
    chart.categoryAxis.categoryNames = [drawable(r.category_name) for r in rows] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.angle = 25 if len(rows) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(rows) > 6 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = _axis_label
    chart.valueAxis.forceZero = 1
    chart.bars[0].fillColor = BUDGET_COLOR
    chart.bars[1].fillColor = SPEND_COLOR
    chart.barSpacing = 1
    chart.groupSpacing = 6
    drawing.add(chart)
    drawing.add(
        _legend(font, 50, height - 24, [(BUDGET_COLOR, "有效预算"), (SPEND_COLOR, "实际支出")])
    )
    return drawing


def burn_chart(report: BudgetReport, width: float, height: float) -> Drawing:
    font = cjk_font()
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, "全年累计预算与累计支出", fontName=font, fontSize=10))
    chart = HorizontalLineChart()
    chart.x, chart.y = 45, 30
    chart.width, chart.height = width - 60, height - 72  # type: ignore[assignment]
    spend = [_yuan(v) for v in report.cumulative_spend]
    # The spend line stops at the report month of the current year: later months are empty.
    last = 12
    if report.year == report.today.year:
        last = report.today.month
    elif report.year > report.today.year:
        last = 0
    chart.data = [
        [_yuan(v) for v in report.cumulative_budget],
        [v if i < last else None for i, v in enumerate(spend)],
    ]
    chart.categoryAxis.categoryNames = [f"{m}月" for m in range(1, 13)]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = _axis_label
    chart.lines[0].strokeColor = BUDGET_COLOR
    chart.lines[0].strokeWidth = 2
    chart.lines[0].strokeDashArray = (4, 2)
    chart.lines[1].strokeColor = SPEND_COLOR
    chart.lines[1].strokeWidth = 2
    drawing.add(chart)
    drawing.add(
        _legend(font, 50, height - 24, [(BUDGET_COLOR, "累计有效预算"), (SPEND_COLOR, "累计支出")])
    )
    return drawing


def write_budget_report(
    report: BudgetReport,
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the report as an A4 landscape PDF; returns the number of pages."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    doc = report_document(
        target,
        f"{report.year}年预算执行情况报告",
        pagesize=landscape(A4),
        margin=14 * mm,
        bottom=14 * mm,
    )
    title = ParagraphStyle("title", fontName=font, fontSize=16, leading=22, alignment=1)
    sub = ParagraphStyle(
        "sub",
        fontName=font,
        fontSize=9.5,
        leading=14,
        alignment=1,
        textColor=colors.HexColor("#444444"),
    )
    period = (
        f"{report.year}年1–{report.month}月累计"
        if report.cumulative
        else f"{report.year}年{report.month}月"
    )
    footer = printed_footer(
        f"{organisation} 预算执行情况报告 {period}", printed_at, landscape(A4)[0], 14 * mm
    )

    total = report.total
    summary = (
        f"有效预算 {format_money(total.effective)}，实际支出 {format_money(total.spend)}，"
        f"已占用 {format_money(total.committed)}，剩余 {format_money(total.remaining)}，"
        f"使用率 {_percent(total)}。统计截至 {report.today.isoformat()}；"
        f"“{pace.pace_label_chinese(AHEAD)}”指实际支出超过按时间折算的预算。"
    )
    width = landscape(A4)[0] - 28 * mm
    story = [
        Paragraph(drawable(f"{organisation} {report.year}年营销预算执行情况报告".strip()), title),
        Paragraph(drawable(period), sub),
        Spacer(1, 4 * mm),
        _table(report, font),
        Spacer(1, 3 * mm),
        Paragraph(
            drawable(summary),
            ParagraphStyle("summary", fontName=font, fontSize=8.5, leading=12, wordWrap="CJK"),
        ),
        Spacer(1, 5 * mm),
        Table(
            [
                [
                    bar_chart(report, width / 2 - 4 * mm, 70 * mm),
                    burn_chart(report, width / 2 - 4 * mm, 70 * mm),
                ]
            ],
            colWidths=[width / 2, width / 2],
            style=[("FONTNAME", (0, 0), (-1, -1), font)],
        ),
    ]
    with _graphics_font(font):
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages


@contextlib.contextmanager
def _graphics_font(font: str):
    """Charts start from reportlab's default graphics font (Helvetica, not embedded):
    make it the CJK font while the report is drawn, so only embedded fonts appear."""
    from reportlab import rl_config

    before = rl_config.defaultGraphicsFontName
    rl_config.defaultGraphicsFontName = font
    try:
        yield
    finally:
        rl_config.defaultGraphicsFontName = before
