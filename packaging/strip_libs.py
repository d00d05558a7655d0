"""Linux bundle: the shared libraries' symbol tables stripped, none made unloadable.

Symbols stripped from libpython (23 MB -> 6 MB), Qt, the system's libraries and the
extension modules built with them (SQLAlchemy's Cython modules 9 -> 1.5 MB, pdfium,
calamine, pycryptodomex): `strip --strip-unneeded`, in place.

Not PyInstaller's strip=True, which strips the libraries of numpy, Pillow and psycopg
too. auditwheel rewrote those with patchelf (their RUNPATH names a *.libs folder),
and patchelf may put the dynamic sections it rewrote after the symbol table, in
segments of their own. Stripping then moves those segments to offsets that no
longer match their addresses modulo the page size, and the loader refuses the file
("ELF load command address/offset not page-aligned"): numpy's OpenBLAS
(libscipy_openblas64_, 25 MB) after GNU strip, objcopy --strip-debug and llvm-strip
alike. So each such library is stripped into a copy, and the copy replaces it only
when every loaded segment keeps its alignment: numpy's core and linalg modules,
Pillow's _imaging, _imagingft, _imagingcms and its FreeType are stripped (3.9 MB
less); OpenBLAS keeps its symbols.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

PAGE = 4096  # x86-64: what the loader checks segment offsets against


def shared_libraries(folder: Path) -> list[Path]:
    """The ELF shared objects under `folder` (files, not links)."""
    found = [p for p in folder.rglob("*.so*") if re.search(r"\.so(\.\d+)*$", p.name)]
    return sorted(p for p in found if p.is_file() and not p.is_symlink())


def _readelf(*args: str) -> str:
    return subprocess.run(["readelf", *args], capture_output=True, text=True, check=True).stdout


def patched_by_auditwheel(path: Path) -> bool:
    """A library of a *.libs folder, or one whose RPATH/RUNPATH names one."""
    if ".libs" in path.parent.name:
        return True
    dynamic = _readelf("-dW", str(path))
    return any(".libs" in line for line in dynamic.splitlines() if "PATH" in line)


def needed(folder: Path) -> dict[str, list[str]]:
    """{library name: the bundled files whose DT_NEEDED names it}."""
    users: dict[str, list[str]] = {}
    for path in shared_libraries(folder):
        for line in _readelf("-dW", str(path)).splitlines():
            found = re.search(r"\(NEEDED\).*\[(.+)\]", line)
            if found:
                users.setdefault(found.group(1), []).append(str(path.relative_to(folder)))
    return users


def has_symbol_table(path: Path) -> bool:
    return " .symtab " in _readelf("-SW", str(path))


def load_segments(path: Path) -> list[tuple[int, int, int]]:
    """(file offset, virtual address, alignment) of each PT_LOAD segment."""
    rows = []
    for line in _readelf("-lW", str(path)).splitlines():
        fields = line.split()
        if fields[:1] == ["LOAD"]:
            rows.append((int(fields[1], 16), int(fields[2], 16), int(fields[-1], 16)))
    return rows


def loadable(path: Path) -> bool:
    """Every loaded segment's offset matches its address modulo the page (and its
    alignment): what the dynamic loader checks before mapping it."""
    segments = load_segments(path)
    return bool(segments) and all(
        (address - offset) % max(align, PAGE) == 0 for offset, address, align in segments
    )


def strip_patched(path: Path) -> bool:
    """Strip an auditwheel-patched library through a copy, kept only when it stays
    loadable and is smaller. True when the library was replaced."""
    with tempfile.TemporaryDirectory() as scratch:
        stripped = Path(scratch) / path.name
        done = subprocess.run(
            ["strip", "--strip-unneeded", "-o", str(stripped), str(path)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0 or not loadable(stripped):
            return False
        if stripped.stat().st_size >= path.stat().st_size:
            return False
        shutil.copymode(path, stripped)
        shutil.move(str(stripped), str(path))
    return True


def strip_bundle(folder: Path) -> str:
    """Strip every shared library under `folder`; a line saying what was done."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return "strip or readelf (binutils) missing: libraries left as they are"
    libraries = shared_libraries(folder)
    patched = [p for p in libraries if patched_by_auditwheel(p)]
    plain = [p for p in libraries if p not in set(patched)]
    subprocess.run(["strip", "--strip-unneeded", *map(str, plain)], check=False)
    replaced, kept = 0, []
    for library in patched:
        if not has_symbol_table(library):
            continue  # auditwheel's *.libs are mostly stripped already
        if strip_patched(library):
            replaced += 1
        else:
            kept.append(library.name)
    line = f"stripped {len(plain)} libraries, and {replaced} patched by auditwheel"
    if kept:
        line += f"; kept the symbols of {', '.join(kept)} (stripping misaligns its segments)"
    return line
