"""ui/pyside_private.py: PySide's per-import check, asked of the file's bytes."""

from __future__ import annotations

import importlib
import sys

import pytest

from ui import pyside_private


def _upstream():
    found = pyside_private._upstream()
    assert found is not None, (
        "PySide6 no longer has shibokensupport.feature._mod_uses_pyside: "
        "ui/pyside_private.py now does nothing (start-up from source is slower)"
    )
    return found


def test_pyside_still_checks_each_import_the_way_we_replace():
    feature, check = _upstream()
    assert callable(getattr(feature, "feature_imported", None))
    assert callable(check)


@pytest.mark.parametrize(
    "name",
    [
        "ui.application",  # names PySide6
        "ui.login_dialog",
        "app.money",  # a module without Qt
        "db.engine",
        "json",  # the standard library
        "sqlalchemy.orm",
        "sys",  # built in: no file
    ],
)
def test_the_bytes_give_pysides_own_answer(name):
    _, check = _upstream()
    if getattr(check, pyside_private.MARK, False):  # installed by an earlier test's GUI
        check = check.__closure__[0].cell_contents  # PySide's own, which it wraps
    module = importlib.import_module(name)
    assert pyside_private.source_mentions_pyside(module, check) == check(module)


def test_a_module_naming_pyside_and_one_that_does_not(tmp_path, monkeypatch):
    (tmp_path / "md_uses_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "md_no_qt.py").write_text("X = 'PySide2'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    _, check = _upstream()
    never = lambda module: pytest.fail("a .py file must not fall back")  # noqa: E731
    for name, expected in (("md_uses_qt", True), ("md_no_qt", False)):
        module = importlib.import_module(name)
        assert pyside_private.source_mentions_pyside(module, never) is expected
        sys.modules.pop(name)


def test_installed_once_and_used_by_the_hook():
    feature, _ = _upstream()
    saved = feature._mod_uses_pyside
    try:
        assert pyside_private.speed_up_feature_scan()
        installed = feature._mod_uses_pyside
        assert getattr(installed, pyside_private.MARK)
        assert pyside_private.speed_up_feature_scan()  # twice: not wrapped again
        assert feature._mod_uses_pyside is installed
    finally:
        feature._mod_uses_pyside = saved
