"""Competitor names as people type them: "ＡＢＣ 英语", "abc英语" and " ABC英语 " are
one institution. The key folds full-width forms to half-width (NFKC), case, and
drops every space; the register matches on it, and shows the name as first typed
(full-width letters made half-width, spaces trimmed and collapsed)."""

from __future__ import annotations

import unicodedata


def clean_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name or "").split())


def name_key(name: str) -> str:
    return "".join(clean_name(name).casefold().split())
