"""Installing translators: every feature's .qm plus Qt's own qtbase translations.

The GUI installs them once for the chosen language; a command-line command
installs them for its own run (`command_line_language`), so that its output,
its refusals and the reports it writes are in the user's language too.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """ "" follows the system: Chinese on a Chinese system, English elsewhere."""
    if setting in SUPPORTED:
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translators(language: str) -> str:
    """Replace the installed translators; returns the language in use."""
    remove_translators()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    folder = resources_dir() / "translations"
    candidates += [(p.stem, str(folder)) for p in sorted(folder.glob(f"*_{language}.qm"))]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, directory)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    return language


def remove_translators() -> None:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()


@contextlib.contextmanager
def command_line_language(language: str | None) -> Iterator[str]:
    """Translate for one command-line command: `language` (--lang) if given, else the
    language setting, else the system's. Translators need a QCoreApplication: one is
    created when there is none and shut down afterwards (a GUI started later in the
    same process needs to create its own). The translators and the default locale
    are put back as they were, so a command run inside another program (the tests)
    leaves that program's language alone."""
    from app.settings import Settings

    created = None
    if QCoreApplication.instance() is None:
        created = QCoreApplication([])
    before = list(_installed)
    locale = QLocale()
    _installed.clear()  # kept installed; install_translators adds the command's own
    try:
        chosen = resolve_language(language or Settings().get("language"))
        yield install_translators(chosen)
    finally:
        remove_translators()
        _installed.extend(before)
        QLocale.setDefault(locale)
        if created is not None:
            created.shutdown()
            del created
