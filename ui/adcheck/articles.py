"""How an article of the Advertising Law reads to the user: "Art. 24(1)" / "第24条第(1)项"."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_ARTICLE = re.compile(r"^(\d+)\((\d+)\)$")


def article_label(article: str) -> str:
    m = _ARTICLE.match(article)
    if m is None:
        return QCoreApplication.translate("AdCheckArticles", "Art. %1").replace("%1", article)
    return (
        QCoreApplication.translate("AdCheckArticles", "Art. %1(%2)")
        .replace("%1", m.group(1))
        .replace("%2", m.group(2))
    )
