"""Linux bundle: ICU's data library without what MarketDesk's Qt never reads.

PySide6's Linux wheels carry ICU 73 (libicudata.so.73, 31 MB); Qt uses it for
collation (QCollator), case mapping, time-zone names and legacy text codecs.
MarketDesk sorts and searches in SQL and Python and shows no time-zone names, so
the data keeps collation and locales for the root, English and Chinese, the
normalisation, property and break-iteration data, the GB18030/GBK/Big5-free
Unicode converters, and drops the localized display names of languages, regions,
currencies, units and time zones, number spell-out rules, transliteration, other
legacy code pages and other languages' locales (31 MB -> 7.6 MB). Another
language's collation falls back to the root order; a time zone's long name to
its offset.

Needs ICU's icupkg and genccode (Debian: icu-devtools) and ld (binutils); without
them the data stays whole (the bundle is 24 MB larger) and the build says so.
Windows bundles use the system's ICU: nothing to do there.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

DROPPED_TREES = ("lang/", "region/", "curr/", "unit/", "zone/", "rbnf/", "translit/")
KEPT_CONVERTERS = re.compile(r"^(gb18030|ibm-1386|windows-936|lmb-excp|iso-8859_)")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")
KEPT_LOCALE = re.compile(r"^(root|en|zh)(_[A-Za-z0-9]*)*\.res$")
TOOLS = ("icupkg", "genccode", "ld", "readelf")


def dropped(item: str) -> bool:
    """Whether an item of the ICU data package is left out."""
    if item.startswith(DROPPED_TREES):
        return True
    if item.endswith(".cnv"):
        return not KEPT_CONVERTERS.match(item)
    name = item[len("coll/") :] if item.startswith("coll/") else item
    if "/" in name:
        return False
    return bool(LOCALE.match(name)) and not KEPT_LOCALE.match(name)


def _data_bytes(library: Path, symbol: str) -> bytes:
    """The bytes of `symbol` (the data package) in the ELF library."""
    symbols = subprocess.run(
        ["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(rf"^\s*\d+:\s+([0-9a-f]+)\s+(\S+)\s+OBJECT\s+\S+\s+\S+\s+(\d+)\s+{symbol}$",
                      symbols, re.MULTILINE)  # fmt: skip
    if found is None:
        raise RuntimeError(f"{library.name}: no {symbol}")
    address, size, index = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(
        ["readelf", "-SW", str(library)], capture_output=True, text=True, check=True
    ).stdout
    section = re.search(rf"^\s*\[\s*{index}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)",
                        sections, re.MULTILINE)  # fmt: skip
    if section is None:
        raise RuntimeError(f"{library.name}: no section {index}")
    offset = address - int(section[1], 16) + int(section[2], 16)
    return library.read_bytes()[offset : offset + size]


def trim(library: Path) -> str:
    """Replace `library` (libicudata.so.NN) by one with the trimmed data; returns
    what was done, for the build's output."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        return f"ICU data kept whole: {', '.join(missing)} not found (Debian: icu-devtools)"
    version = library.name.rsplit(".", 1)[-1]
    package = f"icudt{version}l"
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        whole, small = work / f"{package}.dat", work / "small" / f"{package}.dat"
        small.parent.mkdir()
        whole.write_bytes(_data_bytes(library, f"icudt{version}_dat"))
        items = subprocess.run(
            ["icupkg", "-l", str(whole)], capture_output=True, text=True, check=True
        ).stdout.split()
        (work / "drop.txt").write_text("\n".join(i for i in items if dropped(i)) + "\n")
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(whole), str(small)],
                       check=True, capture_output=True)  # fmt: skip
        subprocess.run(["genccode", "-q", "-o", "-m", str(library), "-e", f"icudt{version}",
                        "-d", str(work), str(small)],
                       check=True)  # fmt: skip
        (obj,) = work.glob("*.o")
        built = work / library.name
        subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(built), str(obj)],
                       check=True)  # fmt: skip
        before = library.stat().st_size
        shutil.copyfile(built, library)
    return f"ICU data trimmed: {before / 2**20:.1f} MB -> {library.stat().st_size / 2**20:.1f} MB"
