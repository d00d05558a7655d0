"""The import report as .xlsx: a summary, then every row that needs attention.

Rejected, merged and skipped rows and rows with warnings are listed with their
row number, the result, the reason, and the row's original cells under the
file's own headers, so that the rejected rows can be corrected and imported again.
"""

from __future__ import annotations

from pathlib import Path

from app.customers_io.cells import cell_text
from app.customers_io.importer import ImportPreview, ImportResult
from app.customers_io.rows import MERGED, NEW, REJECTED, SKIPPED
from app.customers_io.translation import tr
from app.customers_io.xlsx import NUMBER, TEXT, Sheet, write_workbook


def status_text(status: str) -> str:
    return {
        NEW: tr("new customer"),
        MERGED: tr("merged"),
        REJECTED: tr("rejected"),
        SKIPPED: tr("skipped"),
    }.get(status, status)


def write_report(path: str | Path, preview: ImportPreview, result: ImportResult) -> int:
    summary = [
        (tr("File"), result.file),
        (tr("New customers"), str(result.imported)),
        (tr("Rows merged into one customer"), str(result.merged)),
        (tr("Existing customers completed"), str(result.updated)),
        (tr("Rows rejected"), str(len(result.rejected))),
        (tr("Rows skipped (blank, totals)"), str(result.skipped)),
        (tr("Dry run (nothing written)"), tr("yes") if result.dry_run else tr("no")),
    ]
    headers = preview.file.headers
    rows = []
    for r in preview.results:
        if r.status == NEW and not r.warnings:
            continue
        if r.status == SKIPPED and r.reason == tr("blank row"):
            continue
        reason = "; ".join([r.reason, *r.warnings] if r.reason else r.warnings)
        cells = preview.file.rows[r.row - 1]
        rows.append(
            [
                r.row,
                status_text(r.status),
                reason,
                *[cell_text(cells[i]) if i < len(cells) else "" for i in range(len(headers))],
            ]
        )
    column_headers = [
        tr("Row"),
        tr("Result"),
        tr("Reason"),
        *[h or f"#{i + 1}" for i, h in enumerate(headers)],
    ]
    sheets = [
        Sheet(tr("Summary"), [tr("Item"), tr("Value")], [TEXT, TEXT], summary),
        Sheet(tr("Rows"), column_headers, [NUMBER, TEXT, TEXT, *[TEXT] * len(headers)], rows),
    ]
    return write_workbook(path, sheets)
