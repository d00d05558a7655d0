"""Writing a file the user chose: the whole file or nothing.

A report, an export or a PDF is written next to its target under a temporary
name and moved over the target only once it is complete. A write that fails,
is cancelled or runs out of disk therefore leaves a file that was already
there as it was (last month's export is not lost to a failed re-export) and no
half-written file behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.errors import FileWriteError

PART_SUFFIX = ".part"


def part_path(target: Path) -> Path:
    """Where `target` is written before it is complete: the same folder, so that the
    final move is a rename on the same disk."""
    return target.with_name(target.name + PART_SUFFIX)


def check_writable(target: str | Path) -> None:
    """Fail early, with the system's reason, when `target` cannot be written: a missing
    or read-only folder, or (Windows) an existing file held open by Excel. Nothing
    is changed: an existing file is opened for appending and closed, and the probe
    file is removed again."""
    target = Path(target)
    try:
        if target.exists():
            with target.open("ab"):
                pass
        probe = part_path(target)
        with probe.open("wb"):
            pass
        probe.unlink()
    except OSError as exc:
        raise FileWriteError(target, exc) from exc


@contextlib.contextmanager
def written_whole(target: str | Path) -> Iterator[Path]:
    """Yield the temporary path to write `target` to. When the block ends without an
    exception the file is moved over `target`; otherwise it is removed and the
    exception goes on. A move that fails raises FileWriteError."""
    target = Path(target)
    temp = part_path(target)
    try:
        yield temp
        try:
            temp.replace(target)
        except OSError as exc:
            raise FileWriteError(target, exc) from exc
    finally:
        temp.unlink(missing_ok=True)


def close_workbook(workbook, target: Path) -> None:
    """Close an XlsxWriter workbook, which writes the file only now. XlsxWriter wraps the
    system's error (disk full, folder gone) in its FileCreateError: raise FileWriteError
    naming `target`, the file the user chose, instead."""
    from xlsxwriter.exceptions import FileCreateError

    try:
        workbook.close()
    except (OSError, FileCreateError) as exc:
        cause = exc.args[0] if isinstance(exc, FileCreateError) and exc.args else exc
        raise FileWriteError(target, cause) from exc
