"""Translations: every string extracted, every Chinese translation present, .qm loadable."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
FEATURES = sorted(p.stem for p in TS_DIR.glob("*.sources"))

sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402 - scripts/ is not a package


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


@pytest.mark.parametrize("feature", FEATURES)
def test_ts_files_are_up_to_date(feature, tmp_path):
    """The committed .ts holds exactly the strings the code uses now."""
    files = i18n.sources(feature)
    out = tmp_path / "fresh.ts"
    subprocess.run(
        [
            i18n._tool("pyside6-lupdate"),
            *files,
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(out),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    assert _sources(out) == _sources(TS_DIR / f"{feature}_zh_CN.ts")


def test_every_chinese_string_translated():
    assert i18n.missing(None) == []


def test_compiled_translation_is_used(qapp):
    qm = TS_DIR / "platform_zh_CN.qm"
    if not qm.exists():
        i18n.compile_all()
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
        from app.errors import tr

        assert tr("A name is required.") == "请填写姓名。"
    finally:
        qapp.removeTranslator(translator)
