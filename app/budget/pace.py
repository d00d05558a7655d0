"""How the budget report shows its figures, for the tab and the printed report alike:
the pace words, the colours and the money axis labels. Both read this module so the
GUI and the PDF cannot drift apart again (they once said 超进度 and 进度超前)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QLocale, QTranslator

from app.budget.report import AHEAD, NO_BUDGET, ON_PACE, OVER
from app.budget.translation import tr
from app.paths import resources_dir

# Chart colours (bars and lines) and the row fills of a report table.
BUDGET_COLOR = "#94a3b8"
SPEND_COLOR = "#2563eb"
COMMITTED_COLOR = "#93c5fd"
OVER_COLOR = "#dc2626"
PACE_FILLS = {OVER: "#fee2e2", AHEAD: "#fef3c7"}

_DISAMBIGUATION = "budget pace"
_SOURCES = {
    OVER: "Over budget",
    AHEAD: "Ahead of pace",
    ON_PACE: "On pace",
    NO_BUDGET: "No budget",
}


def pace_label(pace: str) -> str:
    """The pace in the interface's language."""
    words = {
        OVER: tr("Over budget", "budget pace"),
        AHEAD: tr("Ahead of pace", "budget pace"),
        ON_PACE: tr("On pace", "budget pace"),
        NO_BUDGET: tr("No budget", "budget pace"),
    }
    return words.get(pace, pace)


@functools.cache
def _chinese() -> QTranslator | None:
    translator = QTranslator()
    if translator.load("budget_zh_CN", str(resources_dir() / "translations")):
        return translator
    return None


def pace_label_chinese(pace: str) -> str:
    """The pace in Chinese whatever the interface's language: the printed report is
    a Chinese form. Read from the same catalogue as the interface's words."""
    source = _SOURCES.get(pace)
    if source is None:
        return pace
    translator = _chinese()
    text = translator.translate("budget", source, _DISAMBIGUATION) if translator else ""
    return text or source


def axis_money(yuan: float, *, chinese: bool | None = None) -> str:
    """A money axis label: ¥1,200,000 in English, ¥120万 in Chinese (as an office
    counts). `chinese` defaults to the current locale's language."""
    if chinese is None:
        chinese = QLocale().language() == QLocale.Language.Chinese
    value = round(yuan)
    if chinese and abs(value) >= 10_000:
        wan = value / 10_000
        text = f"{wan:,.1f}".rstrip("0").rstrip(".")
        return f"¥{text}万"
    return f"¥{value:,}"
