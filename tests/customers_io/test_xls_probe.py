"""A legacy .xls is opened first in a child process with a memory ceiling: a few
kilobytes declaring a huge sheet aborted the whole process in calamine (SIGABRT from
a failed allocation of the declared grid)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from app.customers_io import xls_probe
from app.customers_io.reader import FileReadError, read_file

LEGACY = Path(__file__).parent / "data" / "legacy.xls"
DIMENSIONS = b"\x00\x02\x0e\x00"  # BIFF record 0x0200, 14 bytes long


def _hostile_copy(tmp_path: Path) -> Path:
    """legacy.xls with its DIMENSIONS record declaring ~2^31 rows x 65,535 columns."""
    data = bytearray(LEGACY.read_bytes())
    at = data.find(DIMENSIONS)
    assert at > 0 and data.find(DIMENSIONS, at + 1) < 0
    data[at + 4 : at + 18] = struct.pack("<IIHHH", 0, 0x7FFFFFF0, 0, 0xFFFF, 0)
    path = tmp_path / "报名表.xls"
    path.write_bytes(data)
    return path


def test_an_ordinary_xls_is_read(tmp_path):
    assert xls_probe.probe(LEGACY) is None
    sheet = read_file(LEGACY)
    assert sheet.rows


def test_an_xls_declaring_a_huge_sheet_is_refused_and_this_process_lives(tmp_path):
    hostile = _hostile_copy(tmp_path)
    reason, _detail = xls_probe.probe(hostile)
    assert reason in ("crashed", "memory")
    with pytest.raises(FileReadError) as refused:
        read_file(hostile)
    assert "报名表.xls" in refused.value.message and "memory" in refused.value.message
