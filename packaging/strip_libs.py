"""Linux bundle: the shared libraries' symbol tables stripped, none made unloadable.

Symbols stripped from libpython (23 MB -> 6 MB), Qt, the system's libraries and the
extension modules built with them (SQLAlchemy's Cython modules 9 -> 1.5 MB, pdfium,
calamine, pycryptodomex): `strip --strip-unneeded`, in place.

Not PyInstaller's strip=True, which strips the libraries of numpy, Pillow and psycopg
too. auditwheel rewrote those with patchelf (their RUNPATH names a *.libs folder),
and patchelf leaves the tables it replaced in loaded segments of their own. strip
empties those segments (no section is in them any more) but leaves them at offsets
that no longer match their addresses modulo the page size, and the loader refuses
the file ("ELF load command address/offset not page-aligned"): numpy's OpenBLAS
(libscipy_openblas64_, 25 MB) after GNU strip, objcopy --strip-debug and llvm-strip
alike, and numpy with it. So each such library is stripped into a copy beside it,
the empty segments become PT_NULL entries (`_unload_empty_segments`), and the copy
replaces the library only when every loaded segment is aligned and the loader opens
it: OpenBLAS 25.4 -> 23.5 MB (numpy's linear-algebra tests pass with it), numpy's
core and linalg modules and Pillow's _imaging, 5.8 MB in all.

The 2 MB of zeros patchelf left in Pillow's libXau stay: removing them means
rewriting the file's offsets by hand, for 1% of the bundle.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

PAGE = 4096  # x86-64: what the loader checks segment offsets against
PT_NULL, PT_LOAD = 0, 1


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
    """Strip an auditwheel-patched library through a copy beside it, kept only when
    it is smaller, every segment is aligned (after `_unload_empty_segments`) and the
    loader opens it with what it needs. True when the library was replaced."""
    stripped = path.with_name(path.name + ".stripped")
    try:
        done = subprocess.run(
            ["strip", "--strip-unneeded", "-o", str(stripped), str(path)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0 or stripped.stat().st_size >= path.stat().st_size:
            return False
        _unload_empty_segments(stripped)
        if not (loadable(stripped) and opens(stripped)):
            return False
        shutil.copymode(path, stripped)
        stripped.replace(path)
        return True
    finally:
        stripped.unlink(missing_ok=True)


def _unload_empty_segments(path: Path) -> None:
    """Loaded segments that strip left with no bytes and no memory become PT_NULL.

    patchelf leaves the tables it replaced in segments of their own; strip keeps
    those segments (no section is in them any more) but empties them, at offsets
    that no longer match their addresses, and the loader checks the alignment of
    every PT_LOAD entry, even an empty one (numpy's OpenBLAS). An empty segment maps
    nothing: as PT_NULL the loader skips it."""
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return
    (phoff,) = struct.unpack_from("<Q", data, 32)
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    for at in (phoff + i * phentsize for i in range(phnum)):
        kind, _flags, offset, address = struct.unpack_from("<IIQQ", data, at)
        filesz, memsz = struct.unpack_from("<QQ", data, at + 32)
        if kind == PT_LOAD and filesz == memsz == 0 and (address - offset) % PAGE:
            struct.pack_into("<I", data, at, PT_NULL)
    path.write_bytes(data)


def opens(path: Path) -> bool:
    """The dynamic loader maps `path` and the libraries it needs (in a new process)."""
    probe = f"import ctypes; ctypes.CDLL({str(path)!r})"
    return subprocess.run([sys.executable, "-c", probe], capture_output=True).returncode == 0


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
