"""Refusing hostile spreadsheets before a reader sees them.

calamine builds the whole grid from A1 to the farthest cell before returning
anything: a 4.9 KB .xlsx whose only cell is at XFD1048576 makes it allocate
hundreds of GB and the process aborts (SIGABRT, nothing to catch), and an
800 KB file holding an 800 MB sharedStrings part costs 3.4 GB
(shared/PITFALLS.md "Spreadsheets"). So the zip is checked first (each part's
declared uncompressed size and compression ratio), then the sheet's
<dimension> and its cell references. A FileReadError names what is absurd.

The reference scan decompresses the sheet part in 1 MB pieces and matches only
references that could be far away (a column of two or three letters, or a row
of six digits or more): an ordinary list of 100,000 rows in columns A-Z has a
few dozen of those.

An .ods has no references: its content.xml states how often each row and cell
repeats, so the tables are measured by parsing the part as a stream (_check_ods).

.xls (not a zip) is not checked here, and BIFF8's own limit of 65,536 rows by 256
columns does not bound what calamine builds: it reserves what a DIMENSIONS record
declares (a 32-bit row count) and takes a cell's 16-bit column as written.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.parsers import expat

from app.customers_io.translation import tr
from app.errors import ServiceError

MAX_PART_BYTES = 200 * 1024 * 1024  # one part, uncompressed
# One worksheet part: its cells become Python objects and customer rows. A 100,000-row
# list of 14 columns (76 MB of XML) peaks at ~500 MB in a whole import (measured);
# 100 MB of Excel's denser XML (~30 bytes a cell) is ~3.3 M cells, about 1 GB.
MAX_SHEET_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # all parts, uncompressed
MAX_RATIO = 100  # uncompressed / compressed, for parts above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024  # small parts (styles, a tiny sheet) may compress very well
MAX_ROWS = 1_048_576  # Excel's own limits
MAX_COLUMNS = 16_384
# The grid calamine and the import build (from A1): 32 bytes a cell in Rust plus a
# Python list slot; 10 M cells stay well under 1 GB.
MAX_CELLS = 10_000_000
SCAN_PIECE = 1 << 20
HEAD_BYTES = 64 * 1024  # where <dimension> is (it precedes <sheetData>)

_REF = re.compile(r"\$?([A-Za-z]{1,4})\$?([0-9]{1,9})")
# A cell reference that may be far (two or more letters, or a row of 6+ digits), and
# any reference, after the sheet's namespace prefix. A pattern that starts with a
# literal is searched for fast (a leading optional prefix group made it 6x slower).
_FAR_REF = rb'c r="([A-Z]{2,4}[0-9]+|[A-Z][0-9]{6,})"'
_ANY_REF = rb'c r="([A-Z]{1,4}[0-9]+)"'
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([^"]*)"')
_ROOT_PREFIX = re.compile(rb"<(\w+:)?worksheet[\s>]")
ZIP_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".ods"}


class HostileFileError(ServiceError):
    """The file declares or holds something absurd; it is not read."""


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def _cell(ref: str) -> tuple[int, int] | None:
    """(row, column), 1-based, of "XFD1048576" / "$A$1"; None when it is not a reference."""
    match = _REF.fullmatch(ref.strip())
    if match is None:
        return None
    return int(match.group(2)), _column_number(match.group(1))


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def check_spreadsheet(path: Path) -> None:
    """Raise HostileFileError when `path` (.xlsx/.xlsm/.xlsb/.ods) is absurd; files that
    are not a zip at all are left to the reader, which reports them as damaged. An .xls
    is opened first in a child process with a memory ceiling (xls_probe)."""
    if path.suffix.lower() == ".xls":
        _check_xls(path)
        return
    if path.suffix.lower() not in ZIP_SUFFIXES:
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with archive:
        members = archive.infolist()
        _check_sizes(path, members)
        for info in members:
            name = info.filename
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                _check_sheet(path, archive, info)
        if path.suffix.lower() == ".ods":
            _check_ods(path, archive)


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    total = 0
    for info in members:
        size = info.file_size
        total += size
        sheet = info.filename.startswith("xl/worksheets/") or info.filename == "content.xml"
        limit = MAX_SHEET_BYTES if sheet else MAX_PART_BYTES
        if size > limit:
            raise HostileFileError(
                tr(
                    "%s is refused: its part %s unpacks to %s (at most %s). Copy the data "
                    "into a new workbook and save it again."
                )
                % (path.name, info.filename, _megabytes(size), _megabytes(limit))
            )
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise HostileFileError(
                tr(
                    "%s is refused: its part %s unpacks %d times larger than it is stored "
                    "(%s from %d bytes), which no real spreadsheet does."
                )
                % (
                    path.name,
                    info.filename,
                    size // max(info.compress_size, 1),
                    _megabytes(size),
                    info.compress_size,
                )
            )
    if total > MAX_TOTAL_BYTES:
        raise HostileFileError(
            tr("%s is refused: it unpacks to %s (at most %s).")
            % (path.name, _megabytes(total), _megabytes(MAX_TOTAL_BYTES))
        )


def _refuse_extent(path: Path, sheet: str, row: int, column: int, where: str) -> None:
    """Refuse a sheet whose grid from A1 to (row, column) is beyond the limits."""
    if row > MAX_ROWS or column > MAX_COLUMNS:
        problem = tr("a cell beyond Excel's last row or column")
    elif row * column > MAX_CELLS:
        problem = tr("%s rows by %s columns of cells to read (at most %s cells)") % (
            f"{row:,}",
            f"{column:,}",
            f"{MAX_CELLS:,}",
        )
    else:
        return
    raise HostileFileError(
        tr(
            "%s is refused: the sheet %s %s reaches %s, %s. Delete the far-away cells "
            "or copy the data into a new workbook."
        )
        % (path.name, sheet, where, _cell_name(row, column), problem)
    )


def _cell_name(row: int, column: int) -> str:
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


def _check_sheet(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    sheet = info.filename.rsplit("/", 1)[-1]
    with archive.open(info) as stream:
        start = stream.read(HEAD_BYTES)
    head = _DIMENSION.search(start)
    root = _ROOT_PREFIX.search(start)
    prefix = b"<" + re.escape(root.group(1) or b"" if root is not None else b"")
    if head is not None:
        cell = _cell(head.group(1).decode("ascii", "replace").split(":")[-1])
        if cell is not None:
            _refuse_extent(path, sheet, *cell, tr("as declared (<dimension>)"))
    # The declaration may be absent or lie: the references themselves. References
    # the first pass skips lie within A1:Z99999, so when the far ones are all in
    # columns A-Z the grid is at most (their last row) x 26; a sheet wider than Z
    # takes the exact second pass.
    max_row, max_column = _scan(archive, info, re.compile(prefix + _FAR_REF))
    if max_column > 26:
        max_row, max_column = _scan(archive, info, re.compile(prefix + _ANY_REF))
    elif max_row:
        max_column = 26
    _refuse_extent(path, sheet, max_row, max_column, tr("with a cell that"))


def _scan(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, pattern: re.Pattern[bytes]
) -> tuple[int, int]:
    """The largest row and column of the references `pattern` matches in the part."""
    max_row = max_column = 0
    tail = b""
    with archive.open(info) as stream:
        while True:
            piece = stream.read(SCAN_PIECE)
            data = tail + piece
            if piece:  # a reference may straddle two pieces: keep the last tag for the next
                cut = data.rfind(b"<")
                data, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
            for ref in set(pattern.findall(data)):
                cell = _cell(ref.decode("ascii"))
                if cell is not None:
                    max_row, max_column = max(max_row, cell[0]), max(max_column, cell[1])
            if not piece:
                return max_row, max_column


# calamine matches these qualified names literally (no namespace resolution), so
# the check does too: a file that binds "table:" elsewhere is still measured.
_ODS_CELLS = {"table:table-cell", "table:covered-table-cell"}


def _repeats(attributes: dict[str, str], name: str) -> int:
    try:
        return max(int(attributes.get(name, "1")), 1)
    except ValueError:
        return 1


class _OdsTable:
    """One table's running measure: rows and columns up to its last content cell, and
    the cells calamine stores before it expands the repeated rows."""

    def __init__(self, path: Path, name: str) -> None:
        self.path, self.name = path, name
        self.rows = self.content_rows = self.content_columns = self.stored = 0
        self.column = self.row_content = self.row_stored = 0

    def cell(self, width: int, filled: bool) -> None:
        self.column += width
        if filled:
            self.row_content = self.column
        # calamine keeps a run of empty cells only when another cell follows it
        self.row_stored = self.column if filled else self.column - width

    def row(self, height: int) -> None:
        self.rows += height
        self.stored += self.row_stored
        if self.row_content:
            self.content_rows = self.rows
            self.content_columns = max(self.content_columns, self.row_content)
            where = tr("with a cell that")
            _refuse_extent(self.path, self.name, self.content_rows, self.content_columns, where)
        self.column = self.row_content = self.row_stored = 0
        if self.stored > MAX_CELLS:
            raise HostileFileError(
                tr(
                    "%s is refused: the sheet %s stores more than %s cells. Copy the data "
                    "into a new workbook and save it again."
                )
                % (self.path.name, self.name, f"{MAX_CELLS:,}")
            )


class _OdsMeasure:
    """expat handlers over content.xml: nothing is kept but the open tables' counts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tables: list[_OdsTable] = []
        self.open: list[str] = []
        self.heights: list[int] = []  # the open rows' repeat counts
        self.width = 1
        self.filled = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        parent = self.open[-1] if self.open else ""
        self.open.append(name)
        if name == "table:table":
            self.tables.append(_OdsTable(self.path, attributes.get("table:name", "?")))
        elif name == "table:table-row":
            self.heights.append(_repeats(attributes, "table:number-rows-repeated"))
        elif name in _ODS_CELLS:
            self.width = _repeats(attributes, "table:number-columns-repeated")
            self.filled = "office:value-type" in attributes or "table:formula" in attributes
        elif name == "text:p" and parent in _ODS_CELLS:
            self.filled = True

    def end(self, name: str) -> None:
        self.open.pop()
        if not self.tables:
            return
        if name in _ODS_CELLS:
            self.tables[-1].cell(self.width, self.filled)
        elif name == "table:table-row" and self.heights:
            self.tables[-1].row(self.heights.pop())
        elif name == "table:table":
            self.tables.pop()


def _check_ods(path: Path, archive: zipfile.ZipFile) -> None:
    """Measure each table of content.xml as calamine will build it.

    Rows and cells carry repeat counts, so a few bytes can declare a million rows
    of a value. What counts is the extent up to the last cell with content (a value
    type, a formula or a paragraph): LibreOffice ends every table with a repeated
    run of empty rows and each row with a repeated empty cell, which calamine drops.
    The part is parsed as a stream in 1 MB pieces.
    """
    try:
        info = archive.getinfo("content.xml")
    except KeyError:
        return
    measure = _OdsMeasure(path)
    parser = expat.ParserCreate()  # no namespace processing: qualified names as written
    parser.StartElementHandler = measure.start
    parser.EndElementHandler = measure.end
    with archive.open(info) as stream:
        try:
            while piece := stream.read(SCAN_PIECE):
                parser.Parse(piece, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            # calamine's parser is laxer than expat: what cannot be measured is not read
            raise HostileFileError(
                tr("%s is refused: its part content.xml is not well-formed XML (%s).")
                % (path.name, exc)
            ) from exc


def _check_xls(path: Path) -> None:
    from app.customers_io.xls_probe import MEMORY_LIMIT, probe

    finding = probe(path)
    if finding is None:
        return
    reason, detail = finding
    if reason == "cells":
        raise HostileFileError(
            tr("%s declares a sheet of more than 10 million cells (%s); it is not read.")
            % (path.name, detail)
        )
    if reason == "timeout":
        raise HostileFileError(
            tr("%s could not be opened within a minute; it is not read.") % path.name
        )
    raise HostileFileError(
        tr("%s cannot be opened within %s of memory; it may be damaged or hostile.")
        % (path.name, _megabytes(MEMORY_LIMIT))
    )
