"""app.files: a file the user chose is written whole or not at all."""

from __future__ import annotations

import os

import pytest

from app.errors import FileWriteError
from app.files import part_path, written_whole


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


def test_an_unwritable_target_is_refused_before_the_work(folder):
    """A folder in the way (or, on Windows, a file Excel holds open) is refused on entry,
    with the target's name, before an export spends its time."""
    target = folder / "busy.xlsx"
    target.mkdir()
    ran = []
    with pytest.raises(FileWriteError, match="busy.xlsx"), written_whole(target):
        ran.append(True)
    assert ran == [] and not part_path(target).exists()
    missing = folder / "no such folder" / "out.xlsx"
    with pytest.raises(FileWriteError, match="cannot be written"), written_whole(missing):
        ran.append(True)
    assert ran == [] and not missing.parent.exists()


def test_a_move_that_fails_names_the_target_and_keeps_the_old_file(folder, monkeypatch):
    target = folder / "report.xlsx"
    target.write_bytes(b"last month")

    def refuse(self, other):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(target), "replace", refuse)
    with (
        pytest.raises(FileWriteError, match="report.xlsx.*Permission denied"),
        written_whole(target) as temp,
    ):
        temp.write_bytes(b"this month")
    assert target.read_bytes() == b"last month"
    assert not part_path(target).exists()


def test_asking_for_permission_changes_nothing(folder):
    existing = folder / "old.xlsx"
    existing.write_bytes(b"keep")
    before = existing.stat().st_mtime_ns
    with pytest.raises(RuntimeError), written_whole(existing):
        raise RuntimeError("cancelled")
    assert existing.read_bytes() == b"keep" and existing.stat().st_mtime_ns == before
    assert sorted(p.name for p in folder.iterdir()) == ["old.xlsx"]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs POSIX permissions and a non-root user"
)
def test_a_read_only_folder_is_refused(folder):
    folder = folder / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(FileWriteError), written_whole(folder / "out.xlsx"):
            pass
    finally:
        folder.chmod(0o700)


def test_new_workbook_is_whole_or_nothing(folder):
    from python_calamine import load_workbook

    from app.files import new_workbook

    target = folder / "book.xlsx"
    with new_workbook(target) as workbook:
        workbook.add_worksheet("一").write_string(0, 0, "first")
    with pytest.raises(ValueError), new_workbook(target) as workbook:
        workbook.add_worksheet("一").write_string(0, 0, "second")
        raise ValueError("a bad row")
    assert load_workbook(str(target)).get_sheet_by_index(0).to_python() == [["first"]]
    assert sorted(p.name for p in folder.iterdir()) == ["book.xlsx"]
