"""Hostile spreadsheets are refused before a reader allocates their grid (issue 21).

Each file is opened in a child process, which reports the refusal and its peak
memory: without the checks the far-away cell aborts the process (SIGABRT) and
the others cost gigabytes."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.customers_io.guard import MAX_CELLS
from app.customers_io.reader import FileReadError, read_file
from tests.customers_io.conftest import write_xlsx
from tests.customers_io.hostile_files import (
    far_cell_xlsx,
    ods_cell,
    ods_empty,
    ods_file,
    ods_row,
    shared_strings_bomb,
)

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 400  # a refusal costs the interpreter and the app's imports, not the file

_CHILD = """
import json, resource, sys, time
from app.customers_io.reader import FileReadError, read_file
started = time.perf_counter()
try:
    read_file(sys.argv[1])
    message = None
except FileReadError as exc:
    message = exc.message
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:  # ru_maxrss may carry the parent's peak across exec on Linux; VmHWM does not
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
except OSError:
    pass
print(json.dumps({
    "message": message,
    "seconds": time.perf_counter() - started,
    "peak_mb": peak_kb / 1024,
}))
"""


def _open_in_child(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    report = json.loads(done.stdout.strip().splitlines()[-1])
    print(path.name, report)  # the figures, with pytest -s
    return report


@pytest.mark.parametrize(
    ("row", "column", "cell"), [(1_048_575, 16_383, "XFD1048576"), (199_999, 701, "ZZ200000")]
)
def test_a_far_away_cell_is_refused_without_building_the_grid(tmp_path, row, column, cell):
    path = far_cell_xlsx(tmp_path / f"{cell}.xlsx", row, column)
    assert path.stat().st_size < 8000
    report = _open_in_child(path)
    assert report["message"] is not None
    assert cell in report["message"] and path.name in report["message"]
    assert report["peak_mb"] < LIMIT_MB


def test_a_lying_dimension_does_not_hide_a_far_cell(tmp_path):
    # Declares A1:B2, holds A1 and XFD1048576: the references are checked too.
    source = far_cell_xlsx(tmp_path / "source.xlsx", 1_048_575, 16_383)
    path = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<dimension ref="XFD1048576"/>', b'<dimension ref="A1:B2"/>')
                assert b"A1:B2" in data
            new.writestr(info, data)
    with pytest.raises(FileReadError, match="XFD1048576"):
        read_file(path)


def test_a_shared_strings_bomb_is_refused_from_the_zip_directory(tmp_path):
    path = shared_strings_bomb(tmp_path / "bomb.xlsx", 800)
    assert path.stat().st_size < 1_000_000
    report = _open_in_child(path)
    assert "sharedStrings.xml" in (report["message"] or "")
    assert report["peak_mb"] < LIMIT_MB


def test_a_part_that_unpacks_far_larger_than_it_is_stored_is_refused(tmp_path):
    path = shared_strings_bomb(tmp_path / "small_bomb.xlsx", 150)  # under the size limit
    with pytest.raises(FileReadError, match="times larger"):
        read_file(path)


def test_a_wide_sheet_takes_the_exact_count(tmp_path):
    # A real sheet past column Z is read; one whose grid is too large is not.
    rows = [["姓名", "手机"] + [f"c{i}" for i in range(40)], ["张三", "13812340001"] + ["x"] * 40]
    assert len(read_file(write_xlsx(tmp_path / "wide.xlsx", rows)).rows) == 2
    too_many = MAX_CELLS // 700 + 1
    path = far_cell_xlsx(tmp_path / "tall_and_wide.xlsx", too_many, 699)
    with pytest.raises(FileReadError, match="cells"):
        read_file(path)


def test_an_ordinary_workbook_past_row_99999_is_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "long.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["姓名", "手机"])
    for r in range(1, 100_010):
        sheet.write_row(r, 0, ["张三", 13812340001])
    workbook.close()
    assert len(read_file(path).rows) == 100_010


def test_an_ods_value_after_a_million_repeated_rows_is_refused(tmp_path):
    # 845 bytes; unguarded, to_python asks for a 99.7 GB grid and aborts (SIGABRT).
    rows = ods_row(ods_empty(1024), 1_000_000) + ods_row(ods_empty(15_999) + ods_cell("x"))
    path = ods_file(tmp_path / "after_rows.ods", rows)
    assert path.stat().st_size < 2000
    report = _open_in_child(path)
    assert "WQJ1000001" in (report["message"] or "") and "Sheet1" in report["message"]
    assert report["peak_mb"] < LIMIT_MB


def test_an_ods_value_repeated_over_a_huge_grid_is_refused(tmp_path):
    path = ods_file(tmp_path / "wide.ods", ods_row(ods_cell("x", 16_384), 100_000))
    with pytest.raises(FileReadError, match="XFD100000"):
        read_file(path)


def test_an_ods_row_of_stored_empty_cells_is_counted(tmp_path):
    # calamine keeps an empty run that another cell follows, once per row element.
    row = ods_row(ods_empty(16_000) + ods_empty())
    path = ods_file(tmp_path / "empties.ods", ods_row(ods_cell("x")) + row * 700)
    with pytest.raises(FileReadError, match="stores more than"):
        read_file(path)


def test_an_ods_cannot_hide_its_rows_behind_another_namespace(tmp_path):
    # calamine matches "table:table-row" as written, whatever "table:" is bound to.
    rows = ods_row(ods_empty(), 1_000_000) + ods_row(ods_empty(15_999) + ods_cell("x"))
    source = ods_file(tmp_path / "source.ods", rows)
    path = tmp_path / "rebound.ods"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "content.xml":
                data = data.replace(b"opendocument:xmlns:table:1.0", b"example:elsewhere")
            new.writestr(info, data)
    with pytest.raises(FileReadError, match="WQJ1000001"):
        read_file(path)


def test_an_ods_with_libreoffice_trailing_empty_runs_is_read(tmp_path):
    from python_calamine import CalamineWorkbook

    phone = (
        '<table:table-cell office:value-type="float" office:value="13812340001">'
        "<text:p>13812340001</text:p></table:table-cell>"
    )
    rows = (
        ods_row(ods_cell("姓名") + ods_cell("手机") + ods_empty(1022))
        + ods_row(ods_cell("张三") + phone + ods_empty(1022))
        + ods_row(ods_empty(1024), 1_048_574)  # as LibreOffice ends a table
    )
    path = ods_file(tmp_path / "normal.ods", rows)
    expected = [["姓名", "手机"], ["张三", 13812340001.0]]
    assert CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python() == expected
    assert read_file(path).rows == expected
