"""One translation context per feature for app/ code (QtCore only, no widgets).

pyside6-lupdate files a bare tr("...") call under the empty context, so a
shared context would let the feature whose translator is installed last win
every text two features share ("The name" as 姓名 in the budget). Each feature
binds its own `tr` to its feature name (the stem of its
resources/translations/FEATURE.sources), and `scripts/i18n.py update` files the
feature's empty-context messages under that name.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from PySide6.QtCore import QCoreApplication, QTranslator
from shiboken6 import isValid

# The language of a document being written (an export in Chinese from an English
# interface): while set, ContextTr reads that language's catalogue instead of the
# installed translators. A ContextVar, so a worker thread writing one file does not
# change the words of the interface.
_document_language: ContextVar[str | None] = ContextVar("document_language", default=None)
_catalogues: dict[tuple[str, str], QTranslator | None] = {}


@contextlib.contextmanager
def in_language(language: str) -> Iterator[None]:
    """Translate app/ texts (ContextTr) into `language` for this block."""
    token = _document_language.set(language)
    try:
        yield
    finally:
        _document_language.reset(token)


def _catalogue(context: str, language: str) -> QTranslator | None:
    key = (context, language)
    cached = _catalogues.get(key)
    # The application shutting down (a command-line run inside the tests) deletes the
    # C++ half of every QObject: load the catalogue again then.
    if key not in _catalogues or (cached is not None and not isValid(cached)):
        from app.paths import resources_dir

        translator = QTranslator()
        folder = str(resources_dir() / "translations")
        _catalogues[key] = translator if translator.load(f"{context}_{language}", folder) else None
    return _catalogues[key]


class ContextTr:
    """tr(text, disambiguation=None, n=-1) in one context; the arguments follow
    lupdate's reading of a bare tr() call (the second one is the disambiguation)."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        language = _document_language.get()
        if language is not None:
            catalogue = _catalogue(self.context, language)
            found = catalogue.translate(self.context, text, disambiguation, n) if catalogue else ""
            return found or text
        return QCoreApplication.translate(self.context, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"ContextTr({self.context!r})"
