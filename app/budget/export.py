"""Budget vs. spend to .xlsx (XlsxWriter), with money as numbers in yuan."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.budget.pace import pace_label
from app.budget.report import BudgetReport, ReportRow
from app.budget.translation import tr
from app.files import new_workbook
from app.money import fen_to_decimal


def headers() -> list[str]:
    return [
        tr("Category"),
        tr("Budget"),
        tr("Adjustments"),
        tr("Effective budget"),
        tr("Spend"),
        tr("Committed"),
        tr("Remaining"),
        tr("% used"),
        tr("Prorated budget"),
        tr("Pace"),
    ]


def row_values(row: ReportRow) -> list:
    money = [row.budget, row.adjustments, row.effective, row.spend, row.committed, row.remaining]
    percent = None if row.effective <= 0 else Decimal(row.spend) / Decimal(row.effective)
    return (
        [row.category_name or tr("Total")]
        + [fen_to_decimal(v) for v in money]
        + [percent, fen_to_decimal(row.prorated), pace_label(row.pace)]
    )


def write_xlsx(report: BudgetReport, path: Path) -> None:
    """Write the report; the file appears whole or not at all (FileWriteError when it
    cannot be written)."""
    with new_workbook(path) as workbook:
        sheet = workbook.add_worksheet(tr("Budget vs spend")[:31])
        bold = workbook.add_format({"bold": True})
        money = workbook.add_format({"num_format": "#,##0.00"})
        money_bold = workbook.add_format({"num_format": "#,##0.00", "bold": True})
        percent = workbook.add_format({"num_format": "0.0%"})
        red = workbook.add_format({"num_format": "#,##0.00", "bg_color": "#FEE2E2"})
        period = (
            tr("%d, January to month %d (cumulative)") % (report.year, report.month)
            if report.cumulative
            else tr("%d, month %d") % (report.year, report.month)
        )
        sheet.write(0, 0, tr("Budget vs spend") + " — " + period, bold)
        sheet.write(1, 0, tr("As of %s") % report.today.isoformat())
        for col, text in enumerate(headers()):
            sheet.write(3, col, text, bold)
        for r, row in enumerate(report.rows, start=4):
            total = row.category_id is None
            for col, value in enumerate(row_values(row)):
                if col in (1, 2, 3, 4, 5, 6, 8):
                    fmt = (
                        money_bold if total else (red if col == 6 and row.remaining < 0 else money)
                    )
                    sheet.write_number(r, col, value, fmt)
                elif col == 7:
                    if value is None:
                        sheet.write_string(r, col, "—")
                    else:
                        sheet.write_number(r, col, value, percent)
                else:
                    sheet.write(r, col, value, bold if total else None)
        sheet.set_column(0, 0, 16)
        sheet.set_column(1, 9, 14)
        sheet.freeze_panes(4, 1)
