"""Build hook: the package carries its resources and compiled translations.

The metadata lives in pyproject.toml. build_py copies resources/ (fonts, icons,
the translation feature lists) into app/resources/ of the build and compiles every
.ts there into a .qm with pyside6-lrelease (PySide6 is a build requirement), so
`pip install .` and a wheel are never silently English (app/paths.py
resources_dir finds them). A failed compile fails the build.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


def _i18n():
    spec = importlib.util.spec_from_file_location("marketdesk_i18n", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        i18n = _i18n()
        if self.editable_mode:  # pip install -e: the checkout's resources/ is used as is
            i18n.compile_all()
            return
        target = Path(self.build_lib) / "app" / "resources"
        source = ROOT / "resources"
        for folder in ("fonts", "icons"):
            shutil.copytree(source / folder, target / folder, dirs_exist_ok=True)
        translations = target / "translations"
        translations.mkdir(parents=True, exist_ok=True)
        for spec in (source / "translations").glob("*.sources"):
            shutil.copy2(spec, translations / spec.name)
        written = i18n.compile_all(translations)
        expected = {f"{f}_{lang}.qm" for f in i18n.features() for lang in i18n.LANGS}
        absent = expected - {qm.name for qm in written if qm.stat().st_size > 0}
        if absent:
            raise SystemExit(f"translations not compiled: {', '.join(sorted(absent))}")


setup(cmdclass={"build_py": BuildPyWithResources})
