"""Words and number formats shared by the tab, the findings and the reports."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from app.channel_eval.figures import as_decimal
from app.channel_eval.report import ChannelReport
from app.channel_eval.translation import tr
from app.money import format_money

DASH = "—"


def model_name(model: str) -> str:
    return {
        "first": tr("first touch"),
        "last": tr("last touch"),
        "linear": tr("linear"),
    }.get(model, model)


def count_text(value: Fraction) -> str:
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{as_decimal(value, 2):,}"


def money_text(value: Fraction | int | None) -> str:
    if value is None:
        return DASH
    if isinstance(value, Fraction):
        value = int(as_decimal(value, 0) or 0)
    return format_money(value)


def percent_text(value: Fraction | None, places: int = 1) -> str:
    if value is None:
        return DASH
    return f"{as_decimal(value * 100, places)}%"


def roi_text(value: Fraction | None) -> str:
    return percent_text(value, 0)


def headers() -> list[str]:
    return [
        tr("Channel"),
        tr("Leads"),
        tr("Trials"),
        tr("Conversions"),
        tr("Conversion rate"),
        tr("Cost"),
        tr("CPL"),
        tr("CPA"),
        tr("Revenue"),
        tr("ROI"),
    ]


def row_texts(name: str, f: Any) -> list[str]:
    return [
        name,
        count_text(f.leads),
        count_text(f.trials),
        count_text(f.conversions),
        percent_text(f.conversion_rate),
        money_text(f.cost_fen),
        money_text(f.cpl),
        money_text(f.cpa),
        money_text(f.revenue),
        roi_text(f.roi),
    ]


def table_lines(report: ChannelReport) -> list[str]:
    """The report as aligned text lines (the command line without --json)."""
    rows = [headers()]
    rows += [row_texts(r.name, r.figures) for r in report.rows]
    rows.append(row_texts(tr("Total"), report.total))
    widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    title = tr("Channel report %s, attribution: %s") % (
        report.period.label(),
        model_name(report.model),
    )
    lines = [title]
    for row in rows:
        cells = [row[0] + " " * (widths[0] - _width(row[0]))]
        cells += [" " * (w - _width(c)) + c for c, w in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    return lines


def _width(text: str) -> int:
    """Display columns: CJK characters take two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
