"""MarketDesk's own code imports nothing the bundle leaves out (packaging/marketdesk.spec
EXCLUDES): such an import works from a checkout and fails only in the installed
program, on the path that runs it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "marketdesk.spec"


def spec_excludes() -> set[str]:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "EXCLUDES" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    raise AssertionError("no EXCLUDES list in the spec")


def own_sources() -> list[Path]:
    files = [ROOT / "main.py"]
    for package in ("app", "db", "ui", "cli"):
        files += sorted((ROOT / package).rglob("*.py"))
    return files


def imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _left_out(name: str, excludes: set[str]) -> bool:
    return any(name == e or name.startswith(e + ".") for e in excludes)


def test_the_spec_leaves_out_what_the_size_work_relies_on():
    excludes = spec_excludes()
    assert {"numpy.random", "PIL._imagingft", "_codecs_jp"} <= excludes
    assert "_codecs_cn" not in excludes and "_codecs_tw" not in excludes
    # psycopg's libpq module imports ssl whatever the connection: the driver needs it.
    assert not {"ssl", "_ssl", "_hashlib"} & excludes
    assert not {"PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport"} & excludes


def test_no_own_module_imports_a_left_out_module():
    excludes = spec_excludes()
    found = []
    for path in own_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found += [
            f"{path.relative_to(ROOT)}: {name}"
            for name in sorted(imported(tree))
            if _left_out(name, excludes)
        ]
    assert found == []


def test_every_chart_keeps_its_context_menu_off():
    """The bundle leaves numpy.fft out: pyqtgraph reaches it only through a plot's
    context menu (Plot Options -> FFT), which every chart switches off."""
    charts = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        made = text.count("pg.PlotWidget(") + text.count("pg.PlotItem(")
        if made:
            charts.append(path.name)
            assert text.count("setMenuEnabled(False)") >= made, path
    assert len(charts) >= 3  # budget, channel evaluation, appraisal
    assert "numpy.fft" in spec_excludes()
