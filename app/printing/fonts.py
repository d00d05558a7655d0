"""The bundled CJK TrueType font, registered with reportlab once per process.

WenQuanYi Micro Hei (Apache-2.0, resources/fonts/) carries Latin, digits and
CJK in TrueType outlines, so reportlab can embed it as a subset and the text
stays extractable (CFF/OTF fonts cannot be embedded by reportlab, and
Droid Sans Fallback has no digits).
"""

from __future__ import annotations

import threading
from pathlib import Path

from app.paths import resources_dir

FONT_NAME = "WenQuanYiMicroHei"
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()
_registered = False


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def cjk_font() -> str:
    """Register the font on first use and return its reportlab name."""
    global _registered
    if _registered:
        return FONT_NAME
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_path()), subfontIndex=0))
            # One face for normal/bold/italic, so style lookups (charts) resolve to it.
            pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME)
            _registered = True
    return FONT_NAME


def missing_glyphs(text: str) -> set[str]:
    """Characters of `text` the font cannot draw (they would vanish silently)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = pdfmetrics.getFont(cjk_font())
    assert isinstance(font, TTFont)  # registered by cjk_font() above
    face = font.face
    return {
        ch
        for ch in text
        if ch.isprintable() and not ch.isspace() and ord(ch) not in face.charToGlyph
    }


def drawable(text: str) -> str:
    """`text` with characters the font lacks replaced by '?' so nothing vanishes unseen."""
    missing = missing_glyphs(text)
    if not missing:
        return text
    return "".join("?" if ch in missing else ch for ch in text)
