"""app.files: a file the user chose is written whole or not at all."""

from __future__ import annotations

import os

import pytest

from app.errors import FileWriteError
from app.files import check_writable, part_path, written_whole


@pytest.fixture
def folder(tmp_path):
    """An empty folder of its own (tmp_path also holds the test's app data)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def test_complete_write_replaces_the_target(folder):
    target = folder / "report.xlsx"
    target.write_bytes(b"last month")
    with written_whole(target) as temp:
        assert temp != target and temp.parent == target.parent
        temp.write_bytes(b"this month")
        assert target.read_bytes() == b"last month"  # untouched until complete
    assert target.read_bytes() == b"this month"
    assert not part_path(target).exists()


def test_failed_write_keeps_the_old_file_and_leaves_no_part(folder):
    target = folder / "report.xlsx"
    target.write_bytes(b"last month")
    with pytest.raises(RuntimeError, match="disk full"), written_whole(target) as temp:
        temp.write_bytes(b"half of thi")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"last month"
    assert list(folder.iterdir()) == [target]


def test_failed_first_write_leaves_nothing(folder):
    target = folder / "new.pdf"
    with pytest.raises(KeyboardInterrupt), written_whole(target) as temp:
        temp.write_bytes(b"%PDF-")
        raise KeyboardInterrupt
    assert list(folder.iterdir()) == []


def test_a_move_that_fails_names_the_target(folder):
    # A folder in the way of the move stands in for Windows refusing to replace a file
    # that Excel holds open.
    target = folder / "busy.xlsx"
    target.mkdir()
    (target / "inside").write_text("x")
    with pytest.raises(FileWriteError, match="busy.xlsx"), written_whole(target) as temp:
        temp.write_bytes(b"new")
    assert (target / "inside").read_text() == "x"
    assert not part_path(target).exists()


def test_check_writable_refuses_a_missing_folder_and_changes_nothing(folder):
    with pytest.raises(FileWriteError, match="cannot be written"):
        check_writable(folder / "no such folder" / "out.xlsx")
    existing = folder / "old.xlsx"
    existing.write_bytes(b"keep")
    before = existing.stat().st_mtime_ns
    check_writable(existing)
    check_writable(folder / "fresh.xlsx")
    assert existing.read_bytes() == b"keep" and existing.stat().st_mtime_ns == before
    assert sorted(p.name for p in folder.iterdir()) == ["old.xlsx"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions and a non-root user")
def test_check_writable_refuses_a_read_only_folder(folder):
    folder = folder / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError):
            check_writable(folder / "out.xlsx")
    finally:
        folder.chmod(0o700)
