"""Writing a file: the whole file or nothing.

A report, an export, a PDF, a backup or the settings are written next to their
target under a temporary name and moved over the target only once complete. A
write that fails, is cancelled or runs out of disk therefore leaves a file that
was already there as it was (last month's export is not lost to a failed
re-export) and no half-written file behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import FileWriteError

PART_SUFFIX = ".part"


def part_path(target: Path) -> Path:
    """Where `target` is written before it is complete: the same folder, so that the
    final move is a rename on the same disk."""
    return target.with_name(target.name + PART_SUFFIX)


@contextlib.contextmanager
def written_whole(target: str | Path) -> Iterator[Path]:
    """Yield the temporary path to write `target` to (created empty). When the block
    ends without an exception the file is moved over `target`; otherwise it is
    removed and the exception goes on.

    Before the block runs, a target that cannot be written is refused with
    FileWriteError and the system's reason: a missing or read-only folder, or (on
    Windows) an existing file held open by Excel. So a long export fails before its
    work, not after. A final move that fails raises FileWriteError too."""
    target = Path(target)
    temp = part_path(target)
    try:
        if target.exists():
            with target.open("ab"):  # nothing is written: only the permission is asked
                pass
        temp.open("wb").close()
    except OSError as exc:
        raise FileWriteError(target, exc) from exc
    try:
        yield temp
        try:
            temp.replace(target)
        except OSError as exc:
            raise FileWriteError(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def new_workbook(target: str | Path, options: dict[str, Any] | None = None) -> Iterator[Any]:
    """An XlsxWriter workbook that becomes `target` when the block ends (written_whole);
    an exception in the block discards it.

    XlsxWriter writes the file only when the workbook is closed and wraps the
    system's error (disk full, folder gone) in its own FileCreateError: that
    becomes FileWriteError naming `target`, the file the user chose."""
    import xlsxwriter
    from xlsxwriter.exceptions import FileCreateError

    with written_whole(target) as temp:
        workbook = xlsxwriter.Workbook(str(temp), options or {})
        try:
            yield workbook
        except BaseException:
            with contextlib.suppress(Exception):
                workbook.close()  # release the file: Windows cannot remove an open one
            raise
        try:
            workbook.close()
        except (OSError, FileCreateError) as exc:
            cause = exc.args[0] if isinstance(exc, FileCreateError) and exc.args else exc
            raise FileWriteError(target, cause) from exc
