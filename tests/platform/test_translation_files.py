"""Compiled translations: where they are found, and `check` failing without them."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import main
from app import i18n as app_i18n
from app import paths
from app.database import prepare_database
from db.engine import sqlite_url

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n  # noqa: E402 - scripts/ is not a package


def _resources(tmp_path: Path, drop: str | None = None) -> Path:
    """A resources folder with every feature list and compiled .qm, less `drop`."""
    folder = tmp_path / "resources" / "translations"
    i18n.compile_all(folder)
    for spec in i18n.TS_DIR.glob("*.sources"):
        shutil.copy2(spec, folder / spec.name)
    if drop:
        (folder / drop).unlink()
    return folder.parent


def test_compile_writes_every_feature_and_language(tmp_path):
    written = {p.name for p in i18n.compile_all(tmp_path)}
    assert written == {f"{f}_{lang}.qm" for f in i18n.features() for lang in i18n.LANGS}
    assert all((tmp_path / name).stat().st_size > 0 for name in written)


def test_check_fails_on_a_missing_translation(tmp_path, capsys, monkeypatch, caplog):
    resources = _resources(tmp_path, drop="budget_en.qm")
    monkeypatch.setattr(app_i18n, "resources_dir", lambda: resources)
    url = sqlite_url(tmp_path / "x.sqlite3")
    prepare_database(url).dispose()
    with caplog.at_level(logging.WARNING, logger="app.i18n"):
        assert main.main(["--db", url, "--lang", "en", "check"]) == 1
    out = capsys.readouterr().out
    missing = resources / "translations" / "budget_en.qm"
    assert f"translation missing (en): {missing}" in out
    assert "PROBLEMS FOUND" in out
    assert any("budget_en" in r.getMessage() for r in caplog.records)
    # The other language is complete: checking in it passes.
    assert main.main(["--db", url, "--lang", "zh_CN", "check"]) == 0
    assert "翻译文件（zh_CN）：齐全" in capsys.readouterr().out


def test_check_fails_without_any_translation_files(tmp_path, capsys, monkeypatch):
    """A package built without resources at all (the old `pip install .`)."""
    monkeypatch.setattr(app_i18n, "resources_dir", lambda: tmp_path / "nothing")
    url = sqlite_url(tmp_path / "x.sqlite3")
    prepare_database(url).dispose()
    assert main.main(["--db", url, "--lang", "en", "check"]) == 1
    assert "translation missing (en):" in capsys.readouterr().out


def test_missing_translations_lists_each_feature(tmp_path, monkeypatch):
    resources = _resources(tmp_path, drop="customers_zh_CN.qm")
    monkeypatch.setattr(app_i18n, "resources_dir", lambda: resources)
    folder = resources / "translations"
    assert app_i18n.missing_translations("zh_CN") == [str(folder / "customers_zh_CN.qm")]
    assert app_i18n.missing_translations("en") == []


def test_resources_dir_prefers_the_bundle_then_the_package(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    monkeypatch.delattr(sys, "_MEIPASS")
    # In a checkout (no app/resources): resources/ next to main.py.
    assert paths.resources_dir() == ROOT / "resources"


def test_checkout_without_qm_uses_an_installed_package(tmp_path, monkeypatch):
    """`pip install .` then `python main.py` from a checkout whose .qm were never
    compiled: the installed package's compiled translations are used."""
    checkout = tmp_path / "checkout"
    (checkout / "app").mkdir(parents=True)
    (checkout / "resources" / "translations").mkdir(parents=True)
    installed = _resources(tmp_path / "site", drop=None)
    monkeypatch.setattr(paths, "__file__", str(checkout / "app" / "paths.py"))
    monkeypatch.setattr(paths, "_installed_resources", lambda: installed)
    assert paths.resources_dir() == installed
    (checkout / "resources" / "translations" / "platform_en.qm").write_bytes(b"x")
    assert paths.resources_dir() == checkout / "resources"
    monkeypatch.setattr(paths, "_installed_resources", lambda: None)
    (checkout / "resources" / "translations" / "platform_en.qm").unlink()
    assert paths.resources_dir() == checkout / "resources"


def _dist_info(folder: Path, kind: str) -> None:
    meta = folder / f"marketdesk-0.1.0.{kind}"
    meta.mkdir(parents=True)
    (meta / ("PKG-INFO" if kind == "egg-info" else "METADATA")).write_text(
        "Metadata-Version: 2.1\nName: marketdesk\nVersion: 0.1.0\n", encoding="utf-8"
    )


def test_installed_resources_skip_the_checkouts_own_egg_info(tmp_path, monkeypatch):
    """`pip install .` leaves marketdesk.egg-info in the checkout, which is found first
    when Python runs from there; the installed copy's resources are still found."""
    checkout, site = tmp_path / "checkout", tmp_path / "site"
    _dist_info(checkout, "egg-info")
    _dist_info(site, "dist-info")
    (site / "app" / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "path", [str(checkout), str(site)])
    assert paths._installed_resources() == site / "app" / "resources"
    monkeypatch.setattr(sys, "path", [str(checkout)])
    assert paths._installed_resources() is None
