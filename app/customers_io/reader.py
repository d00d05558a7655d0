"""Reading a spreadsheet or CSV file into rows of cell values.

.xlsx, .xlsm, .xls and .ods are read with python-calamine (ten times faster
than openpyxl, shared/PITFALLS.md); formula cells arrive as their cached
values. CSV and tab-separated text are decoded as UTF-8 (with or without BOM),
UTF-16 (Excel's "Unicode text") or GB18030 (a superset of GBK, what Chinese
Excel writes). Row numbers stay those the user sees in Excel: row 1 is index 0.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.customers_io.guard import HostileFileError, check_spreadsheet
from app.customers_io.translation import tr
from app.errors import ServiceError

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES | TEXT_SUFFIXES


class FileReadError(ServiceError):
    """The file cannot be read at all (missing, unknown format, damaged)."""


@dataclass
class SheetData:
    rows: list[list[Any]]
    encoding: str = ""  # CSV only: the encoding that decoded the file
    sheet_name: str = ""


def read_file(path: str | Path) -> SheetData:
    """All rows of the first sheet (or of the CSV file)."""
    path = Path(path)
    if path.is_dir():
        raise FileReadError(tr("%s is a folder; choose a file in it.") % path)
    if not path.is_file():
        raise FileReadError(tr("The file %s does not exist.") % path)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return _read_spreadsheet(path)
    if suffix in TEXT_SUFFIXES:
        return _read_text(path.read_bytes())
    raise FileReadError(
        tr("%s is not a file type that can be imported (use .xlsx, .xls or .csv).") % path.name
    )


def _read_spreadsheet(path: Path) -> SheetData:
    from python_calamine import load_workbook

    try:
        # Before calamine: it would abort the process on some files (app.customers_io.guard).
        check_spreadsheet(path)
    except HostileFileError as exc:
        raise FileReadError(exc.message) from exc
    try:
        workbook = load_workbook(str(path))
        names = workbook.sheet_names
        if not names:
            raise FileReadError(tr("%s contains no worksheet.") % path.name)
        sheet = workbook.get_sheet_by_index(0)
        # skip_empty_area=False keeps leading empty rows, so that list index + 1
        # is the row number Excel shows.
        rows = sheet.to_python(skip_empty_area=False)
    except FileReadError:
        raise
    except Exception as exc:
        raise FileReadError(
            tr("%s cannot be read as a spreadsheet (%s).")
            % (path.name, str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__)
        ) from exc
    return SheetData(rows=rows, sheet_name=names[0])


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes; returns (text, encoding name)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8", errors="strict"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030", errors="strict"), "gb18030"
    except UnicodeDecodeError as exc:
        raise FileReadError(
            tr(
                "The text file is neither UTF-8 nor GBK/GB18030 (undecodable bytes at "
                "position %d). Save it from Excel as .xlsx or as CSV UTF-8."
            )
            % exc.start
        ) from exc


def _sniff_delimiter(text: str) -> str:
    sample = text[:20000].splitlines()[:30]
    best, best_score = ",", -1
    for delimiter in (",", "\t", ";", "|"):
        counts = [line.count(delimiter) for line in sample if line.strip()]
        score = sum(1 for c in counts if c > 0)
        if score > best_score and counts and max(counts) > 0:
            best, best_score = delimiter, score
    return best


def _read_text(data: bytes) -> SheetData:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise FileReadError(tr("The file is not a text (CSV) file."))
    text, encoding = decode_text(data)
    if "\x00" in text:  # past the first 4 KB: removed, never stored (PostgreSQL refuses it)
        text = text.replace("\x00", "")
    delimiter = _sniff_delimiter(text)
    try:
        rows = [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as exc:
        raise FileReadError(tr("The CSV file is malformed (%s).") % exc) from exc
    return SheetData(rows=rows, encoding=encoding)
