"""The channel report as .xlsx (XlsxWriter), one sheet per view: channels, comparison
with the previous period and a year earlier, the monthly trend, the findings. Money in
yuan as numbers; a ratio that cannot be computed is "—"."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

from app.channel_eval.figures import Figures, as_decimal
from app.channel_eval.findings import findings
from app.channel_eval.report import ChannelReport
from app.channel_eval.text import headers, model_name
from app.channel_eval.translation import tr
from app.files import new_workbook


def _number(value: Fraction | int | None, places: int) -> Any:
    if value is None:
        return "—"
    return float(as_decimal(Fraction(value), places) or 0)


def figure_values(f: Figures) -> list[Any]:
    """Leads .. ROI as cell values: counts, rate (fraction), money in yuan, ROI (fraction)."""
    return [
        _number(f.leads, 2),
        _number(f.trials, 2),
        _number(f.conversions, 2),
        _number(f.conversion_rate, 4),
        _number(Fraction(f.cost_fen, 100), 2),
        _number(None if f.cpl is None else f.cpl / 100, 2),
        _number(None if f.cpa is None else f.cpa / 100, 2),
        _number(f.revenue / 100, 2),
        _number(f.roi, 4),
    ]


def write_xlsx(report: ChannelReport, path: Path) -> None:
    with new_workbook(path) as book:
        bold = book.add_format({"bold": True})
        formats = {
            "count": book.add_format({"num_format": "#,##0.##"}),
            "money": book.add_format({"num_format": "#,##0.00"}),
            "percent": book.add_format({"num_format": "0.0%"}),
        }
        kinds = [
            "count",
            "count",
            "count",
            "percent",
            "money",
            "money",
            "money",
            "money",
            "percent",
        ]
        heading = tr("Channel report %s, attribution: %s") % (
            report.period.label(),
            model_name(report.model),
        )

        def table(sheet: Any, first_row: int, rows: list[tuple[str, Figures]]) -> None:
            for col, text in enumerate(headers()):
                sheet.write(first_row, col, text, bold)
            for r, (name, f) in enumerate(rows, start=first_row + 1):
                sheet.write(r, 0, name)
                for c, (value, kind) in enumerate(zip(figure_values(f), kinds, strict=True), 1):
                    if isinstance(value, str):
                        sheet.write_string(r, c, value)
                    else:
                        sheet.write_number(r, c, value, formats[kind])
            sheet.set_column(0, 0, 18)
            sheet.set_column(1, 12, 13)

        sheet = book.add_worksheet(tr("Channels")[:31])
        sheet.write(0, 0, heading, bold)
        rows = [(r.name, r.figures) for r in report.rows] + [(tr("Total"), report.total)]
        table(sheet, 2, rows)
        sheet.freeze_panes(3, 1)

        for title, period, figures in (
            (tr("Previous period"), report.previous_period, report.previous),
            (tr("Year on year"), report.year_ago_period, report.year_ago),
        ):
            if period is None:
                continue
            sheet = book.add_worksheet(title[:31])
            sheet.write(0, 0, f"{title}: {period.label()} ({model_name(report.model)})", bold)
            names = {r.channel_id: r.name for r in report.rows}
            total = Figures()
            listed: list[tuple[str, Figures]] = []
            for channel_id, name in names.items():
                f = figures.get(channel_id, Figures())
                total.add(f)
                listed.append((name, f))
            table(sheet, 2, [*listed, (tr("Total"), total)])

        sheet = book.add_worksheet(tr("Monthly trend")[:31])
        sheet.write(0, 0, tr("Monthly trend") + f" ({model_name(report.model)})", bold)
        columns = [tr("Month"), tr("Channel"), *headers()[1:]]
        for col, text in enumerate(columns):
            sheet.write(2, col, text, bold)
        r = 3
        for month in report.trend_months:
            for row in report.rows:
                f = report.month_figures(month, row.channel_id)
                if f.is_empty():
                    continue
                sheet.write(r, 0, month)
                sheet.write(r, 1, row.name)
                for c, (value, kind) in enumerate(zip(figure_values(f), kinds, strict=True), 2):
                    if isinstance(value, str):
                        sheet.write_string(r, c, value)
                    else:
                        sheet.write_number(r, c, value, formats[kind])
                r += 1
        sheet.set_column(0, 1, 14)
        sheet.set_column(2, 11, 13)

        write_extra_sheets(book, report, bold)

        sheet = book.add_worksheet(tr("Findings")[:31])
        sheet.write(0, 0, tr("Findings"), bold)
        for r, finding in enumerate(findings(report), start=2):
            sheet.write(r, 0, finding.text)
        sheet.set_column(0, 0, 90)


def write_extra_sheets(book: Any, report: ChannelReport, bold: Any) -> None:
    """The per-activity view."""
    sheet = book.add_worksheet(tr("Activities")[:31])
    sheet.write(0, 0, tr("Activities starting in %s") % report.period.label(), bold)
    columns = [tr("Activity"), tr("Starts on"), tr("Channel"), *headers()[1:]]
    for col, text in enumerate(columns):
        sheet.write(2, col, text, bold)
    money = book.add_format({"num_format": "#,##0.00"})
    percent = book.add_format({"num_format": "0.0%"})
    kinds = [None, None, None, percent, money, money, money, money, percent]
    for r, activity in enumerate(report.activities, start=3):
        sheet.write(r, 0, activity.name)
        sheet.write(r, 1, activity.starts_on.isoformat())
        sheet.write(r, 2, activity.channel_name)
        for c, (value, fmt) in enumerate(
            zip(figure_values(activity.figures), kinds, strict=True), 3
        ):
            if isinstance(value, str):
                sheet.write_string(r, c, value)
            else:
                sheet.write_number(r, c, value, fmt)
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 12, 13)
