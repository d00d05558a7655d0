#!/usr/bin/env python3
"""Translation workflow: one .ts pair per feature, so features never edit the same file.

python scripts/i18n.py update FEATURE     extract strings (pyside6-lupdate) from the
                                          globs in resources/translations/FEATURE.sources
                                          into FEATURE_zh_CN.ts and FEATURE_en.ts
python scripts/i18n.py fill FEATURE FILE  set zh_CN translations from a TSV file of
                                          "English<TAB>中文" lines (numerus: same text)
python scripts/i18n.py missing [FEATURE]  list zh_CN messages without a translation
python scripts/i18n.py compile            build every .qm (pyside6-lrelease); the
                                          install step runs this
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 into this environment first")
    return found


def sources(feature: str) -> list[str]:
    spec = TS_DIR / f"{feature}.sources"
    files: list[str] = []
    for line in spec.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            files += [str(p.relative_to(ROOT)) for p in sorted(ROOT.glob(line)) if p.is_file()]
    return files


def update(feature: str) -> None:
    files = sources(feature)
    for lang in LANGS:
        ts = TS_DIR / f"{feature}_{lang}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=ROOT,
        )
        if lang == "en":
            _finish_english(ts)
        else:  # written as `fill` writes it, so update + fill leave no formatting churn
            _write(ET.parse(ts), ts)


def _finish_english(ts: Path) -> None:
    """English needs no translation except plural forms: mark the rest finished."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            singular = source.replace("(s)", "").replace("(es)", "")
            plural = source.replace("(s)", "s").replace("(es)", "es")
            while len(forms) < 2:
                forms.append(ET.SubElement(translation, "numerusform"))
            if not (forms[0].text or "").strip():
                forms[0].text, forms[1].text = singular, plural
        elif not (translation.text or "").strip():
            translation.text = source
        translation.attrib.pop("type", None)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill(feature: str, tsv: Path) -> None:
    mapping: dict[str, str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            source, translated = line.split("\t", 1)
            mapping[source.replace("\\n", "\n")] = translated.replace("\\n", "\n")
    ts = TS_DIR / f"{feature}_zh_CN.ts"
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source", "")
        if source not in mapping:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform")[:1] or [
                ET.SubElement(translation, "numerusform")
            ]:
                form.text = mapping[source]
        else:
            translation.text = mapping[source]
        translation.attrib.pop("type", None)
        filled += 1
    _write(tree, ts)
    print(f"{ts.name}: {filled} translation(s) set")


def missing(feature: str | None) -> list[str]:
    pattern = f"{feature}_zh_CN.ts" if feature else "*_zh_CN.ts"
    out = []
    for ts in sorted(TS_DIR.glob(pattern)):
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] + [
                f.text or "" for f in translation.findall("numerusform")
            ]
            if translation.get("type") == "unfinished" or not any(t.strip() for t in texts):
                out.append(f"{ts.name}: {message.findtext('source')}")
    return out


def compile_all() -> None:
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest[0])
    elif command == "fill":
        fill(rest[0], Path(rest[1]))
    elif command == "missing":
        lines = missing(rest[0] if rest else None)
        print("\n".join(lines) or "all translated")
        return 1 if lines else 0
    elif command == "compile":
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
