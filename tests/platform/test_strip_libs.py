"""The Linux bundle's libraries lose their symbols only when they stay loadable
(packaging/strip_libs.py): numpy's auditwheel-patched libraries are the case."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strip") is None,
    reason="the Linux bundle's step: needs binutils",
)


def _strip_libs():
    spec = importlib.util.spec_from_file_location(
        "strip_libs", ROOT / "packaging" / "strip_libs.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def numpy_copy(tmp_path):
    """numpy and its numpy.libs (auditwheel-patched, with symbols), copied."""
    import numpy

    site = Path(numpy.__file__).parents[1]
    if not (site / "numpy.libs").is_dir():
        pytest.skip("this numpy was not installed from a manylinux wheel")
    for name in ("numpy", "numpy.libs"):
        shutil.copytree(site / name, tmp_path / name, ignore=shutil.ignore_patterns("tests"))
    return tmp_path


def test_what_gnu_strip_does_to_a_patched_library_is_recognised_and_repaired(numpy_copy):
    strip_libs = _strip_libs()
    blas = next((numpy_copy / "numpy.libs").glob("libscipy_openblas*.so*"), None)
    if blas is None or not strip_libs.has_symbol_table(blas):
        pytest.skip("no OpenBLAS with symbols in this numpy")
    assert strip_libs.loadable(blas)
    stripped = blas.with_name("stripped.so")  # beside it: it needs its libgfortran
    subprocess.run(["strip", "--strip-unneeded", "-o", str(stripped), str(blas)], check=True)
    if strip_libs.loadable(stripped):
        pytest.skip("this OpenBLAS strips cleanly")
    # What the dynamic loader says of such a file.
    probe = subprocess.run(
        [sys.executable, "-c", f"import ctypes; ctypes.CDLL({str(stripped)!r})"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode != 0
    assert "not page-aligned" in probe.stderr
    strip_libs._unload_empty_segments(stripped)
    assert strip_libs.loadable(stripped) and strip_libs.opens(stripped)


def test_patched_libraries_are_stripped_only_when_they_stay_loadable(numpy_copy):
    strip_libs = _strip_libs()
    patched = [
        p for p in strip_libs.shared_libraries(numpy_copy) if strip_libs.patched_by_auditwheel(p)
    ]
    with_symbols = [p for p in patched if strip_libs.has_symbol_table(p)]
    if not with_symbols:
        pytest.skip("this numpy's libraries have no symbols to strip")
    sizes = {p: p.stat().st_size for p in patched}
    print(strip_libs.strip_bundle(numpy_copy))
    assert all(strip_libs.loadable(p) for p in patched)
    assert all(p.stat().st_size < sizes[p] for p in with_symbols)
    assert not list(numpy_copy.rglob("*.stripped"))  # no trial copy left behind
    # The stripped copy still works: OpenBLAS through matrix products and a solve.
    check = (
        "import numpy as np, sys; assert np.__file__.startswith(sys.argv[1]);"
        "a = np.random.default_rng(1).random((200, 200));"
        "assert np.allclose(np.linalg.solve(a, a @ np.ones(200)), np.ones(200))"
    )
    run = subprocess.run(
        [sys.executable, "-c", check, str(numpy_copy)],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(numpy_copy), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
