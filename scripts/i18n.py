#!/usr/bin/env python3
"""Translation workflow: one .ts pair per feature, so features never edit the same file.

python scripts/i18n.py update FEATURE     extract strings (pyside6-lupdate) from the
                                          globs in resources/translations/FEATURE.sources
                                          into FEATURE_zh_CN.ts and FEATURE_en.ts; the
                                          bare tr() calls of app/ code land in the
                                          context named FEATURE (app/translation.py)
python scripts/i18n.py fill FEATURE FILE  set zh_CN translations from a TSV file of
                                          "English<TAB>中文[<TAB>context]" lines (numerus:
                                          same text); a line with a context wins there
python scripts/i18n.py refresh            after a merge: update every feature, fill it
                                          from its own TSV, then from every pending_*.tsv
                                          (a line without a context fills only untranslated
                                          messages), compile, list what is still missing
python scripts/i18n.py missing [FEATURE]  list zh_CN messages without a translation
python scripts/i18n.py compile [OUTDIR]   build every .qm (pyside6-lrelease); the package
                                          build (setup.py) and the PyInstaller spec run it
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN", "en")

Key = tuple[str, str, str]  # context, source, disambiguation (comment)


def features() -> list[str]:
    return sorted(p.stem for p in TS_DIR.glob("*.sources"))


def _tool(name: str) -> list[str]:
    """The command of a PySide6 tool: its script next to this Python or on PATH, else
    PySide6's own wrapper run by this Python (a build environment may have no scripts
    folder on PATH)."""
    exe = Path(sys.executable).parent / name
    found = str(exe) if exe.exists() else shutil.which(name)
    if found:
        return [found]
    try:
        import PySide6.scripts.pyside_tool  # noqa: F401
    except ImportError:
        sys.exit(f"{name} not found: install PySide6 into this environment first")
    tool = name.removeprefix("pyside6-")
    code = f"import sys; from PySide6.scripts.pyside_tool import {tool}; sys.exit({tool}())"
    return [sys.executable, "-c", code]


def sources(feature: str) -> list[str]:
    spec = TS_DIR / f"{feature}.sources"
    files: list[str] = []
    for line in spec.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            files += [
                p.relative_to(ROOT).as_posix() for p in sorted(ROOT.glob(line)) if p.is_file()
            ]
    return files


def owners() -> dict[str, list[str]]:
    """Source file -> the features whose .sources cover it (exactly one each)."""
    out: dict[str, list[str]] = {}
    for feature in features():
        for file in sources(feature):
            out.setdefault(file, []).append(feature)
    return out


def _key(context: str, message: ET.Element) -> Key:
    return context, message.findtext("source", ""), message.findtext("comment", "")


def messages(ts: Path) -> dict[Key, ET.Element]:
    return {
        _key(ctx.findtext("name") or "", m): m
        for ctx in ET.parse(ts).getroot().iter("context")
        for m in ctx.iter("message")
    }


def extract(feature: str, lang: str) -> ET.ElementTree:
    """Fresh lupdate output for the feature's sources, with the empty context (bare
    tr() calls in app/, cli/, main.py) renamed to the feature's name."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{feature}_{lang}.ts"
        subprocess.run(
            [
                *_tool("pyside6-lupdate"),
                *sources(feature),
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                lang,
                "-ts",
                str(out),
            ],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        tree = ET.parse(out)
    root = tree.getroot()
    contexts: dict[str, ET.Element] = {}
    for ctx in list(root.iter("context")):
        name_el = ctx.find("name")
        name = name_el.text or "" if name_el is not None else ""
        if name == "":
            name = feature
            name_el.text = feature
        if name in contexts:  # an explicit translate("FEATURE", ...) context: one block
            contexts[name].extend(ctx.findall("message"))
            root.remove(ctx)
        else:
            contexts[name] = ctx
    for ctx in contexts.values():
        root.remove(ctx)
    for name in sorted(contexts):
        root.append(contexts[name])
    return tree


def update(feature: str) -> None:
    for lang in LANGS:
        ts = TS_DIR / f"{feature}_{lang}.ts"
        tree = extract(feature, lang)
        old = messages(ts) if ts.exists() else {}
        for ctx in tree.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for message in ctx.findall("message"):
                before = old.get(_key(name, message))
                if before is not None and before.get("numerus") == message.get("numerus"):
                    message.remove(message.find("translation"))
                    message.append(copy.deepcopy(before.find("translation")))
        if lang == "en":
            _finish_english(tree)
        _write(tree, ts)
        print(f"{ts.name}: {sum(1 for _ in tree.iter('message'))} message(s)")


def _finish_english(tree: ET.ElementTree) -> None:
    """English needs no translation except plural forms: mark the rest finished."""
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


def _write(tree: ET.ElementTree, ts: Path) -> None:
    root = tree.getroot()
    root.text = "\n"
    for ctx in root:  # lupdate's layout: <context> at the margin, its content indented
        ET.indent(ctx, space="    ")
        ctx.tail = "\n"
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def read_tsv(tsv: Path) -> list[tuple[str, str, str | None]]:
    """(English, 中文, context or None) per line; "\\n" stands for a line break."""
    rows = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if "\t" not in line or line.startswith("#"):
            continue
        source, translated, *rest = line.split("\t")
        context = rest[0].strip() if rest and rest[0].strip() else None
        rows.append((source.replace("\\n", "\n"), translated.replace("\\n", "\n"), context))
    return rows


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    texts = [translation.text or ""] + [f.text or "" for f in translation.findall("numerusform")]
    return translation.get("type") == "unfinished" or not any(t.strip() for t in texts)


def fill(
    feature: str, tsvs: list[Path], only_unfinished_without_context: bool = False
) -> set[tuple[str, str | None]]:
    """Set zh_CN translations; returns the (English, context) rows that were used.

    A row with a context applies in that context only and wins over a row without
    one, so the same English can read differently in two places."""
    specific: dict[tuple[str, str], str] = {}
    general: dict[str, str] = {}
    for tsv in tsvs:
        for source, translated, context in read_tsv(tsv):
            if context is None:
                general[source] = translated
            else:
                specific[(context, source)] = translated
    ts = TS_DIR / f"{feature}_zh_CN.ts"
    tree = ET.parse(ts)
    used: set[tuple[str, str | None]] = set()
    filled = 0
    for ctx in tree.getroot().iter("context"):
        context = ctx.findtext("name") or ""
        for message in ctx.findall("message"):
            source = message.findtext("source", "")
            if (context, source) in specific:
                value, row = specific[(context, source)], (source, context)
            elif source in general and (
                not only_unfinished_without_context or _unfinished(message)
            ):
                value, row = general[source], (source, None)
            else:
                continue
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform") or [
                    ET.SubElement(translation, "numerusform")
                ]
                forms[0].text = value
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            used.add(row)
            filled += 1
    _write(tree, ts)
    print(f"{ts.name}: {filled} translation(s) set")
    return used


def refresh() -> list[str]:
    """update + fill for every feature, pending_*.tsv included; returns what is missing."""
    pending = sorted(TS_DIR.glob("pending_*.tsv"))
    used: set[tuple[str, str | None]] = set()
    for feature in features():
        update(feature)
        own = TS_DIR / f"{feature}_zh_CN.tsv"
        if own.exists():
            fill(feature, [own])
        if pending:
            used |= fill(feature, pending, only_unfinished_without_context=True)
    for tsv in pending:
        for source, _, context in read_tsv(tsv):
            if (source, context) not in used:
                where = f" [{context}]" if context else ""
                print(f"{tsv.name}: not used (already translated or no such text){where}: {source}")
    compile_all()
    return missing(None)


def missing(feature: str | None) -> list[str]:
    pattern = f"{feature}_zh_CN.ts" if feature else "*_zh_CN.ts"
    return [
        f"{ts.name}: [{key[0]}] {key[1]}"
        for ts in sorted(TS_DIR.glob(pattern))
        for key, message in messages(ts).items()
        if _unfinished(message)
    ]


def compile_all(out_dir: Path | None = None) -> list[Path]:
    """Every .ts to a .qm, next to it or into out_dir; returns the .qm files."""
    written = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest[0])
    elif command == "fill":
        fill(rest[0], [Path(rest[1])])
    elif command == "refresh":
        lines = refresh()
        print("\n".join(lines) or "all translated")
        return 1 if lines else 0
    elif command == "missing":
        lines = missing(rest[0] if rest else None)
        print("\n".join(lines) or "all translated")
        return 1 if lines else 0
    elif command == "compile":
        compile_all(Path(rest[0]) if rest else None)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
