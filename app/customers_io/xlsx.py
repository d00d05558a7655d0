"""Writing .xlsx tables with XlsxWriter in constant_memory mode.

Every table the feature writes (customer exports, import reports, personal
data exports) goes through `write_workbook`: a bold header row that is frozen,
an autofilter over the data, column widths from the header and a sample of
the values, dates as real dates. Rows are streamed, so 100,000 rows need
little memory.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.customers_io.translation import tr
from app.files import new_workbook
from app.tasks import Cancelled

TEXT, NUMBER, DATE, DATETIME = "text", "number", "date", "datetime"
# Characters XlsxWriter escapes in cell text.
_XML_ESCAPES = re.compile("[&<>]")
# Strings that XlsxWriter's control-character escaping would change.
_NEEDS_ESCAPE = re.compile(r"_x[0-9a-fA-F]{4}_|[\x00-\x08\x0b-\x1f\ufffe\uffff]")
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
WIDTH_SAMPLE = 200
CHECK_EVERY = 5000  # rows between progress reports and cancel checks


@dataclass
class Sheet:
    name: str
    headers: Sequence[str]
    kinds: Sequence[str]  # TEXT / NUMBER / DATE / DATETIME per column
    rows: Iterable[Sequence[Any]]


@functools.lru_cache(maxsize=1)
def _worksheet_class():
    """XlsxWriter's Worksheet, escaping control characters only where there are any.

    In constant_memory mode XlsxWriter runs two re.sub calls on every string
    cell; one has a template with a backreference, which makes CPython import
    `re` on each call, and with PySide6 loaded every import passes through
    shiboken's import hook (~30% of a 100,000-row export, measured). A string
    without control characters or "_xHHHH_" is returned as it is, which is what
    those substitutions would have produced; the others go through XlsxWriter's
    own code. Added with `add_worksheet(worksheet_class=...)`, XlsxWriter's way
    of subclassing worksheets.
    """
    from xlsxwriter.utility import xl_rowcol_to_cell_fast as cell_name
    from xlsxwriter.worksheet import CellStringTuple as string_cell
    from xlsxwriter.worksheet import Worksheet

    escape = Worksheet._escape_control_characters

    class FastWorksheet(Worksheet):  # type: ignore[misc]  # xlsxwriter has no types
        @staticmethod
        def _escape_control_characters(data):
            if isinstance(data, str) and _NEEDS_ESCAPE.search(data) is None:
                return data
            return escape(data)

        def _write_cell(self, row, col, cell) -> None:
            # The common cell of a data export, a plain string without any format,
            # written directly: the same XML as XlsxWriter's general path below
            # (tests/customers_io/test_fast_paths.py compares them).
            if (
                cell.__class__ is string_cell
                and cell.format is None
                and self.constant_memory
                and row not in self.row_info
            ):
                info = self.col_info.get(col)
                string = cell.string
                if (
                    (info is None or info.column_format is None)
                    and _NEEDS_ESCAPE.search(string) is None
                    and not string.startswith("<r>")
                ):
                    if _XML_ESCAPES.search(string) is not None:
                        string = (
                            string.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        )
                    # XlsxWriter's _preserve_whitespace: ^\s or \s$ (re's \s is isspace()).
                    space = (
                        ' xml:space="preserve"'
                        if string[:1].isspace() or string[-1:].isspace()
                        else ""
                    )
                    self.fh.write(
                        f'<c r="{cell_name(row, col)}" t="inlineStr"><is>'
                        f"<t{space}>{string}</t></is></c>"
                    )
                    return
            super()._write_cell(row, col, cell)

        # write_string()/write_number() with (row, col) numbers: the same methods
        # without the decorator that also accepts "A1" cell names (~7% of an export).
        def write_string_rc(self, row: int, col: int, string: str, cell_format=None) -> int:
            return self._write_string(row, col, string, cell_format)

        def write_number_rc(self, row: int, col: int, number, cell_format=None) -> int:
            return self._write_number(row, col, number, cell_format)

    return FastWorksheet


def _display_width(text: str) -> int:
    """Columns a text needs: CJK characters are about two Latin characters wide."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _serial(value: Any) -> float:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone().replace(tzinfo=None)
        delta = value - EXCEL_EPOCH
        return delta.days + delta.seconds / 86400
    return float((value - EXCEL_EPOCH.date()).days)


def write_workbook(
    path: str | Path,
    sheets: Sequence[Sheet],
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the sheets; returns the number of data rows written (all sheets). The file
    appears whole or not at all (app.files.new_workbook): a failed or cancelled export
    leaves a file that was already at `path` as it was."""
    options = {
        "constant_memory": True,
        "strings_to_numbers": False,
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "default_date_format": "yyyy-mm-dd",
    }
    with new_workbook(path, options) as workbook:
        header_format = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
        formats = {
            DATE: workbook.add_format({"num_format": "yyyy-mm-dd"}),
            DATETIME: workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"}),
        }
        total = 0
        for spec in sheets:
            sheet = workbook.add_worksheet(spec.name[:31], worksheet_class=_worksheet_class())
            total += _write_sheet(sheet, spec, header_format, formats, total, cancel, progress)
        return total


def _write_sheet(
    sheet,
    spec: Sheet,
    header_format,
    formats: dict,
    written: int,
    cancel: Callable[[], bool] | None,
    progress: Callable[[int], None] | None,
) -> int:
    """One sheet: widths from the headers and a sample, the frozen header row, the rows
    and an autofilter; returns its data rows (`written`: rows of earlier sheets)."""
    rows = iter(spec.rows)
    sample = []
    for row in rows:
        sample.append(row)
        if len(sample) >= WIDTH_SAMPLE:
            break
    for col, header in enumerate(spec.headers):
        width = _display_width(header) + 4
        for row in sample:
            value = row[col]
            if spec.kinds[col] in (DATE, DATETIME):
                width = max(width, 12 if spec.kinds[col] == DATE else 17)
            elif value is not None:
                width = max(width, _display_width(str(value)) + 2)
        sheet.set_column(col, col, min(width, 50))
    sheet.freeze_panes(1, 0)
    for col, header in enumerate(spec.headers):
        sheet.write_string(0, col, header, header_format)
    write_string, write_number = sheet.write_string_rc, sheet.write_number_rc
    plan = list(enumerate(spec.kinds))
    r = 0
    for r, row in enumerate(itertools.chain(sample, rows), start=1):
        if r % CHECK_EVERY == 0:
            if cancel is not None and cancel():
                raise ExportCancelled()
            if progress is not None:
                progress(written + r)
        for col, kind in plan:
            value = row[col]
            if value is None or value == "":
                continue
            if kind == TEXT:
                write_string(r, col, value if value.__class__ is str else str(value))
            elif kind == NUMBER:
                write_number(r, col, value)
            else:
                write_number(r, col, _serial(value), formats[kind])
    sheet.autofilter(0, 0, max(r, 1), max(len(spec.headers) - 1, 0))
    return r


class ExportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__(tr("The export was cancelled; no file was written."))
