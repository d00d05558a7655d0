"""One translation context per feature for app/ code (QtCore only, no widgets).

pyside6-lupdate files a bare tr("...") call under the empty context, so a
shared context would let the feature whose translator is installed last win
every text two features share ("The name" as 姓名 in the budget). Each feature
binds its own `tr` to its feature name (the stem of its
resources/translations/FEATURE.sources), and `scripts/i18n.py update` files the
feature's empty-context messages under that name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class ContextTr:
    """tr(text, disambiguation=None, n=-1) in one context; the arguments follow
    lupdate's reading of a bare tr() call (the second one is the disambiguation)."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.context, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"ContextTr({self.context!r})"
