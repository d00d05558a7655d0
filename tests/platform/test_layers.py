"""The one-way layers (ui -> app -> db, cli beside main.py) hold in every .py file.

Every import is found by parsing the source with `ast`, so imports inside functions, under
`if TYPE_CHECKING:`, relative imports and `importlib.import_module("ui.x")` / `__import__`
with a literal name count too: the rule is about what a layer knows of, not about import time.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# layer (top-level package) -> modules it must never import (a prefix matches its submodules).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "db": ("app", "ui", "cli"),
    "app": ("PySide6.QtWidgets", "PySide6.QtGui", "ui", "cli"),
    "ui": ("cli",),
}
DYNAMIC_IMPORTERS = {"import_module", "__import__"}


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    """`from ..x import y` inside `module` -> the absolute name of `x`."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    base = package[: len(package) - (level - 1)] if level > 1 else package
    return ".".join([*base, name] if name else base)


def imported_names(source: str, module: str, is_package: bool) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) for every import in `source`, including dynamic ones."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = (
                _resolve_relative(module, is_package, node.level, node.module)
                if node.level
                else node.module or ""
            )
            yield node.lineno, base
            # `from PySide6 import QtWidgets` imports the submodule PySide6.QtWidgets.
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}" if base else alias.name
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called in DYNAMIC_IMPORTERS and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield node.lineno, first.value


def _matches(name: str, forbidden: str) -> bool:
    return name == forbidden or name.startswith(forbidden + ".")


def violations(root: Path) -> list[str]:
    """Every forbidden import under `root`, as 'path:line: layer imports module'."""
    found = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((root / layer).rglob("*.py")):
            module = _module_name(root, path)
            source = path.read_text(encoding="utf-8")
            for line, name in imported_names(source, module, path.name == "__init__.py"):
                for bad in forbidden:
                    if _matches(name, bad):
                        rel = path.relative_to(root).as_posix()
                        found.append(f"{rel}:{line}: {layer} imports {name}")
                        break
    return sorted(set(found))


def test_the_code_base_respects_the_layers():
    assert violations(ROOT) == []


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _tree(tmp_path: Path) -> Path:
    """A tiny project with one clean module per layer."""
    for rel in ("db/__init__.py", "app/__init__.py", "ui/__init__.py", "cli/__init__.py"):
        _write(tmp_path, rel, "")
    _write(tmp_path, "db/models.py", "import sqlalchemy\nfrom db import models\n")
    _write(tmp_path, "app/service.py", "from PySide6.QtCore import QCoreApplication\nimport db\n")
    _write(tmp_path, "ui/tab.py", "from PySide6 import QtWidgets\nfrom app import service\n")
    _write(tmp_path, "cli/main.py", "import ui.tab\nimport app\n")
    return tmp_path


def test_a_clean_tree_has_no_violations(tmp_path):
    assert violations(_tree(tmp_path)) == []


@pytest.mark.parametrize(
    ("rel", "text", "expected"),
    [
        ("db/models.py", "from app.service import x\n", "db/models.py:1: db imports app.service"),
        ("app/s.py", "from PySide6.QtGui import QColor\n", "app/s.py:1: app imports PySide6.QtGui"),
        (
            "app/s.py",
            "from PySide6 import QtCore, QtWidgets\n",
            "app/s.py:1: app imports PySide6.QtWidgets",
        ),
        ("app/s.py", "import PySide6.QtWidgets as w\n", "app/s.py:1: app imports PySide6.QtWidg"),
        (
            "app/s.py",
            "def f():\n    from ui.tab import T\n    return T\n",
            "app/s.py:2: app imports ui.tab",
        ),
        (
            "app/s.py",
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import ui\n",
            "app/s.py:3: app imports ui",
        ),
        (
            "app/s.py",
            "import importlib\nm = importlib.import_module('ui.tab')\n",
            "app/s.py:2: app imports ui.tab",
        ),
        ("app/s.py", "m = __import__('cli.main')\n", "app/s.py:1: app imports cli.main"),
        ("ui/w.py", "from cli import main\n", "ui/w.py:1: ui imports cli"),
    ],
)
def test_a_planted_violation_is_found(tmp_path, rel, text, expected):
    root = _tree(tmp_path)
    _write(root, rel, text)
    found = violations(root)
    assert len(found) >= 1
    assert all(v.startswith(expected) for v in found), found


def test_similar_names_are_not_violations(tmp_path):
    """`uikit` only shares a prefix with `ui`; relative imports stay inside their own layer."""
    root = _tree(tmp_path)
    _write(root, "db/x.py", "import uikit\nimport client\nimport application\n")
    _write(root, "app/x.py", "from PySide6.QtCore import Qt\nfrom .ui import y\n")
    _write(root, "app/pkg/__init__.py", "from .. import cli\nfrom .ui.w import z\n")
    assert violations(root) == []


def test_relative_imports_resolve_to_absolute_names():
    source = "from . import a\nfrom ..b import c\n"
    assert list(imported_names(source, "app.pkg.mod", is_package=False)) == [
        (1, "app.pkg"),
        (1, "app.pkg.a"),
        (2, "app.b"),
        (2, "app.b.c"),
    ]
    assert list(imported_names("from . import a\n", "app.pkg", is_package=True)) == [
        (1, "app.pkg"),
        (1, "app.pkg.a"),
    ]
