"""Translations: every string extracted into one feature's context, one translation
per text and context, every Chinese translation present, .qm loadable."""

from __future__ import annotations

import ast
import importlib
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
FEATURES = sorted(p.stem for p in TS_DIR.glob("*.sources"))

sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402 - scripts/ is not a package


def _keys(tree_or_path) -> set[tuple[str, str, str]]:
    root = (
        ET.parse(tree_or_path).getroot()
        if isinstance(tree_or_path, Path)
        else tree_or_path.getroot()
    )
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def _translation(message: ET.Element) -> str:
    translation = message.find("translation")
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return "|".join(forms) if forms else translation.text or ""


@pytest.mark.parametrize("feature", FEATURES)
def test_ts_files_are_up_to_date(feature):
    """The committed .ts holds exactly the strings the code uses now (real lupdate
    output, the feature's bare tr() calls filed under the feature's context)."""
    fresh = _keys(i18n.extract(feature, "zh_CN"))
    assert all(context for context, _, _ in fresh), "no empty context left"
    for lang in i18n.LANGS:
        assert _keys(TS_DIR / f"{feature}_{lang}.ts") == fresh, f"{feature}_{lang}.ts"


def test_sources_are_disjoint_and_cover_every_file():
    owners = i18n.owners()
    shared = {file: names for file, names in owners.items() if len(names) > 1}
    assert shared == {}, "a file in two .sources lists"
    code = sorted(
        p.relative_to(ROOT).as_posix()
        for folder in ("app", "cli", "ui")
        for p in (ROOT / folder).rglob("*.py")
    ) + ["main.py"]
    assert [file for file in code if file not in owners] == [], "a file no .sources covers"


def _tr_modules(path: Path, module: str) -> set[str]:
    """The modules a file's bare tr() comes from (its imports of `tr`, or itself)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "tr" for a in node.names):
            found.add(node.module)
        elif isinstance(node, ast.Assign | ast.FunctionDef) and node in tree.body:
            targets = [node.name] if isinstance(node, ast.FunctionDef) else node.targets
            if any(getattr(t, "id", t) == "tr" for t in targets):
                found.add(module)
    return found


def test_bare_tr_uses_the_context_of_its_feature():
    """lupdate files a bare tr() of FEATURE's files under FEATURE, so at run time that
    tr() must look up FEATURE's context too."""
    checked = 0
    for file, (feature,) in i18n.owners().items():
        path = ROOT / file
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "tr"
            for n in ast.walk(tree)
        )
        if not calls:
            continue
        module = file.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        sources = _tr_modules(path, module)
        assert sources, f"{file} calls tr() without importing it"
        for source in sources:
            context = getattr(importlib.import_module(source).tr, "context", None)
            assert context == feature, f"{file}: tr from {source} has context {context!r}"
        checked += 1
    assert checked > 40


def test_each_context_belongs_to_one_feature():
    """Class names (self.tr), explicit translate() contexts and feature contexts:
    two features' translators never answer for the same context."""
    features_of = defaultdict(set)
    for feature in FEATURES:
        for context, _, _ in _keys(TS_DIR / f"{feature}_zh_CN.ts"):
            features_of[context].add(feature)
    assert {c: f for c, f in features_of.items() if len(f) > 1} == {}


def test_one_translation_per_text_in_a_context():
    seen: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for ts in sorted(TS_DIR.glob("*_zh_CN.ts")):
        for key, message in i18n.messages(ts).items():
            seen[key].add(_translation(message))
    assert {key: texts for key, texts in seen.items() if len(texts) > 1} == {}


def test_every_chinese_string_translated():
    """No type="unfinished" and no empty translation in any zh_CN file."""
    assert i18n.missing(None) == []


def test_missing_finds_unfinished_and_empty(tmp_path, monkeypatch):
    (tmp_path / "demo_zh_CN.ts").write_text(
        '<TS version="2.1" language="zh_CN"><context><name>demo</name>'
        '<message><source>A</source><translation type="unfinished">甲</translation></message>'
        "<message><source>B</source><translation></translation></message>"
        "<message><source>C</source><translation>丙</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TS_DIR", tmp_path)
    assert i18n.missing(None) == ["demo_zh_CN.ts: [demo] A", "demo_zh_CN.ts: [demo] B"]


def test_fill_is_context_aware(tmp_path, monkeypatch):
    (tmp_path / "demo_zh_CN.ts").write_text(
        '<TS version="2.1" language="zh_CN">'
        "<context><name>demo</name>"
        '<message><source>The name</source><translation type="unfinished"/></message>'
        "<message><source>Done</source><translation>旧</translation></message></context>"
        "<context><name>CategoryDialog</name>"
        '<message><source>The name</source><translation type="unfinished"/></message>'
        "<message><source>Done</source><translation>旧</translation></message></context>"
        "</TS>",
        encoding="utf-8",
    )
    pending = tmp_path / "pending_x.tsv"
    pending.write_text(
        "# comment\nThe name\t姓名\nThe name\t名称\tCategoryDialog\nDone\t完成\n", encoding="utf-8"
    )
    monkeypatch.setattr(i18n, "TS_DIR", tmp_path)
    used = i18n.fill("demo", [pending], only_unfinished_without_context=True)
    texts = {key: _translation(m) for key, m in i18n.messages(tmp_path / "demo_zh_CN.ts").items()}
    assert texts == {
        ("demo", "The name", ""): "姓名",
        ("CategoryDialog", "The name", ""): "名称",
        ("demo", "Done", ""): "旧",  # translated already: a pending line without context waits
        ("CategoryDialog", "Done", ""): "旧",
    }
    assert used == {("The name", None), ("The name", "CategoryDialog")}
    i18n.fill("demo", [pending])  # a feature's own TSV sets every text it names
    texts = {key: _translation(m) for key, m in i18n.messages(tmp_path / "demo_zh_CN.ts").items()}
    assert texts[("demo", "Done", "")] == "完成"


@pytest.fixture
def chinese(qapp):
    from app import i18n as app_i18n

    if app_i18n.missing_translations("zh_CN"):
        i18n.compile_all()
    app_i18n.install_translators("zh_CN")
    yield
    app_i18n.remove_translators()


def test_features_keep_their_own_translation_of_one_text(chinese):
    """With every feature's translator installed, the same English reads as each
    feature says (the budget category's name was shown as 姓名)."""
    from app.budget.translation import tr as budget_tr
    from app.claims.translation import tr as claims_tr
    from app.customers.translation import tr as customers_tr
    from app.customers_io.translation import tr as customers_io_tr
    from app.errors import tr as platform_tr

    assert budget_tr("The name") == "名称"
    assert customers_tr("Name", "customer field") == "姓名"
    assert customers_tr("merged") == "合并"
    assert customers_io_tr("merged") == "已合并"
    assert platform_tr("A name is required.") == "请填写姓名。"
    assert claims_tr.context == "budget"
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"


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
