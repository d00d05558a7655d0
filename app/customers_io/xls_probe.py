"""A legacy .xls is opened first in a child process with a memory ceiling.

The guard (app.customers_io.guard) measures zip-based files before calamine reads
them. An .xls (BIFF8 in an OLE2 file) cannot be measured that cheaply: calamine
reserves the grid its DIMENSIONS record declares (a 32-bit row count) and accepts
16-bit column numbers, so a few kilobytes can make it allocate gigabytes and abort
the process. The child pays for such a file, never the window with unsaved work.

This module imports nothing but the standard library at its top: the child, started
with "spawn" (also inside the PyInstaller bundle, see main.py's freeze_support),
imports it to find its target.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.queues import Queue
from pathlib import Path

MEMORY_LIMIT = 1536 * 1024 * 1024  # address space of the child; an accepted file costs less
MAX_CELLS = 10_000_000  # the guard's limit for any sheet's grid
TIMEOUT_S = 60

# What the probe found: None when the file is acceptable, else (reason, detail).
Finding = tuple[str, str] | None


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no limit here, but a crash stays in the child
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _probe(path: str, limit: int, results: Queue[Finding]) -> None:
    """In the child: open every sheet and report its extent."""
    _limit_memory(limit)
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            if sheet.height * sheet.width > MAX_CELLS:
                results.put(("cells", f"{name}: {sheet.height:,} x {sheet.width:,}"))
                return
    except MemoryError:
        results.put(("memory", ""))
        return
    except Exception:  # a damaged file: the reader in the parent says what is wrong
        pass
    results.put(None)


def probe(path: Path, memory_limit: int = MEMORY_LIMIT) -> Finding:
    """None when `path` can be read within the memory limit and its sheets are of a
    sane size; ("cells" | "memory" | "crashed" | "timeout", detail) otherwise."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    child = context.Process(target=_probe, args=(str(path), memory_limit, results), daemon=True)
    child.start()
    child.join(TIMEOUT_S)
    if child.is_alive():
        child.kill()
        child.join()
        return ("timeout", "")
    if child.exitcode != 0:
        return ("crashed", str(child.exitcode))
    try:
        found: Finding = results.get(timeout=5)
        return found
    except Exception:  # the child ended without a word: treat it as a crash
        return ("crashed", "")
