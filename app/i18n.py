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


def translation_features() -> list[str]:
    """The features with translations: one FEATURE.sources each, shipped with the .qm."""
    return sorted(p.stem for p in (resources_dir() / "translations").glob("*.sources"))


def missing_translations(language: str) -> list[str]:
    """The .qm files of `language` that should be there and are not (a package built
    without compiling them would run in English without a word)."""
    folder = resources_dir() / "translations"
    names = translation_features()
    if not names:
        return [str(folder / "*.sources")]
    return [
        str(folder / f"{n}_{language}.qm")
        for n in names
        if not (folder / f"{n}_{language}.qm").is_file()
    ]


def install_translators(language: str) -> str:
    """Replace the installed translators; returns the language in use. A missing
    .qm is logged (and `main.py check` fails on it)."""
    remove_translators()
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    folder = resources_dir() / "translations"
    names = {f"{n}_{language}" for n in translation_features()}
    names |= {p.stem for p in folder.glob(f"*_{language}.qm")}
    candidates += [(name, str(folder)) for name in sorted(names)]
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


def command_line_choice(language: str | None) -> str:
    """--lang if given, else the language setting, else the system's."""
    from app.settings import Settings

    return resolve_language(language or Settings().get("language"))


@contextlib.contextmanager
def command_line_language(language: str | None) -> Iterator[str]:
    """Translate for one command-line command: `language` (--lang) if given, else the
    language setting, else the system's. Translators need a QCoreApplication: one is
    created when there is none and shut down afterwards (a GUI started later in the
    same process needs to create its own). The translators and the default locale
    are put back as they were, so a command run inside another program (the tests)
    leaves that program's language alone."""
    created = None
    if QCoreApplication.instance() is None:
        created = QCoreApplication([])
    before = list(_installed)
    locale = QLocale()
    _installed.clear()  # kept installed; install_translators adds the command's own
    try:
        yield install_translators(command_line_choice(language))
    finally:
        remove_translators()
        _installed.extend(before)
        QLocale.setDefault(locale)
        if created is not None:
            created.shutdown()
            del created
