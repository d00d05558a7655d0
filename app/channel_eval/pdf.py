"""The channel report as an A4 PDF (reportlab): the metrics table, the findings and
four charts (leads and conversions per channel, the monthly trend, the funnel, the
ROI ranking), every text in the bundled CJK font and the reader's language, the
attribution model named in the heading and on every chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.channel_eval.findings import findings
from app.channel_eval.report import ChannelReport
from app.channel_eval.text import headers, model_name, row_texts
from app.channel_eval.translation import tr
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import PageFooter

BLUE, GREEN, ORANGE, CYAN = (
    colors.HexColor("#2563eb"),
    colors.HexColor("#16a34a"),
    colors.HexColor("#f97316"),
    colors.HexColor("#0891b2"),
)


def _table(report: ChannelReport, font: str, width: float) -> Table:
    data = [headers()]
    data += [[drawable(c) for c in row_texts(r.name, r.figures)] for r in report.rows]
    data.append(row_texts(tr("Total"), report.total))
    first = 34 * mm
    table = Table(data, colWidths=[first] + [(width - first) / 9] * 9, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("ALIGN", (0, 0), (-1, 0), "CENTER"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
                ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _legend(font: str, x: float, y: float, items: list[tuple[Any, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y  # type: ignore[assignment]  # the stubs say int; any number works
    legend.fontName = font
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.colorNamePairs = items
    return legend


def _titled(title: str, model: str, width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    text = drawable(f"{title} ({tr('attribution: %s') % model})")
    drawing.add(String(0, height - 11, text, fontName=font, fontSize=9.5))
    return drawing


def _style_axes(chart: Any, font: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = 1


def bars_chart(report: ChannelReport, width: float, height: float) -> Drawing:
    font, model = cjk_font(), model_name(report.model)
    drawing = _titled(tr("Leads and conversions by channel"), model, width, height, font)
    chart = VerticalBarChart()
    chart.x, chart.y = 35, 40
    chart.width, chart.height = width - 45, height - 80  # type: ignore[assignment]
    rows = report.rows
    chart.data = [
        [float(r.figures.leads) for r in rows] or [0],
        [float(r.figures.conversions) for r in rows] or [0],
    ]
    chart.categoryAxis.categoryNames = [drawable(r.name) for r in rows] or [""]
    _style_axes(chart, font)
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = GREEN
    drawing.add(chart)
    drawing.add(_legend(font, 40, height - 22, [(BLUE, tr("Leads")), (GREEN, tr("Conversions"))]))
    return drawing


def trend_chart(report: ChannelReport, width: float, height: float) -> Drawing:
    font, model = cjk_font(), model_name(report.model)
    drawing = _titled(tr("Monthly trend: leads and conversions"), model, width, height, font)
    chart = HorizontalLineChart()
    chart.x, chart.y = 35, 30
    chart.width, chart.height = width - 45, height - 70  # type: ignore[assignment]
    months = report.trend_months
    leads, conversions = [], []
    for m in months:
        leads.append(float(sum(report.month_figures(m, r.channel_id).leads for r in report.rows)))
        conversions.append(
            float(sum(report.month_figures(m, r.channel_id).conversions for r in report.rows))
        )
    chart.data = [leads or [0], conversions or [0]]
    chart.categoryAxis.categoryNames = [m[2:] for m in months] or [""]
    _style_axes(chart, font)
    chart.lines[0].strokeColor = BLUE
    chart.lines[1].strokeColor = GREEN
    for line in (chart.lines[0], chart.lines[1]):
        line.strokeWidth = 1.6
    drawing.add(chart)
    drawing.add(_legend(font, 40, height - 22, [(BLUE, tr("Leads")), (GREEN, tr("Conversions"))]))
    return drawing


def funnel_chart(report: ChannelReport, width: float, height: float) -> Drawing:
    font, model = cjk_font(), model_name(report.model)
    drawing = _titled(tr("Funnel: lead → trial → enrolled"), model, width, height, font)
    chart = HorizontalBarChart()
    chart.x, chart.y = 70, 20
    chart.width, chart.height = width - 90, height - 50  # type: ignore[assignment]
    total = report.total
    # Bottom to top: enrolled, trials, leads (the widest on top).
    chart.data = [[float(total.conversions), float(total.trials), float(total.leads)]]
    chart.categoryAxis.categoryNames = [tr("Enrolled"), tr("Trials attended"), tr("Leads")]
    _style_axes(chart, font)
    chart.bars[0].fillColor = CYAN
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def roi_chart(report: ChannelReport, width: float, height: float) -> Drawing:
    font, model = cjk_font(), model_name(report.model)
    drawing = _titled(tr("ROI ranking"), model, width, height, font)
    ranked = sorted(
        (r for r in report.rows if r.figures.roi is not None), key=lambda r: r.figures.roi or 0
    )
    chart = HorizontalBarChart()
    chart.x, chart.y = 110, 20
    chart.width, chart.height = width - 130, height - 50  # type: ignore[assignment]
    chart.data = [[round(float(r.figures.roi or 0) * 100) for r in ranked] or [0]]
    chart.categoryAxis.categoryNames = [drawable(r.name) for r in ranked] or [""]
    _style_axes(chart, font)
    chart.valueAxis.valueMin = min([0, *chart.data[0]])
    # names at the left edge, not on the zero line among the losing channels' bars
    chart.categoryAxis.labelAxisMode = "low"
    chart.bars[0].fillColor = ORANGE
    chart.barLabelFormat = "%d%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def write_pdf(
    report: ChannelReport,
    target: str | Path | BinaryIO,
    *,
    organisation: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the report as A4 landscape; returns the number of pages."""
    from app.printing.budget_pdf import _graphics_font

    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    page = landscape(A4)
    out = str(target) if isinstance(target, str | Path) else target
    title_text = tr("Channel evaluation")
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title_text,
        creator="MarketDesk",
        initialFontName=font,
    )
    style = ParagraphStyle("t", fontName=font, fontSize=15, leading=21, alignment=1)
    sub = ParagraphStyle("s", fontName=font, fontSize=9, leading=13, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=8.5, leading=12, wordWrap="CJK")
    model = model_name(report.model)
    period = tr("%s, attribution: %s") % (report.period.label(), model)
    footer = PageFooter(
        f"{organisation} {title_text} {report.period.label()}".strip(),
        lambda n: tr("page %d, printed %s") % (n, printed_at.strftime("%Y-%m-%d %H:%M")),
        page[0],
        14 * mm,
    )
    width = page[0] - 28 * mm
    found = findings(report)
    story: list[Any] = [
        Paragraph(drawable(f"{organisation} {title_text}".strip()), style),
        Paragraph(drawable(period), sub),
        Spacer(1, 4 * mm),
        _table(report, font, width),
        Spacer(1, 4 * mm),
        Paragraph(drawable(tr("Findings")), body),
    ]
    story += [Paragraph(drawable("• " + f.text), body) for f in found] or [
        Paragraph(drawable(tr("Nothing stands out in this period.")), body)
    ]
    half, tall = width / 2 - 3 * mm, 72 * mm
    story += [
        PageBreak(),
        Table(
            [
                [bars_chart(report, half, tall), trend_chart(report, half, tall)],
                [funnel_chart(report, half, tall), roi_chart(report, half, tall)],
            ],
            colWidths=[width / 2, width / 2],
            style=[("FONTNAME", (0, 0), (-1, -1), font)],  # else the cells set Helvetica
        ),
    ]
    with _graphics_font(font):
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages
