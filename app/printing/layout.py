"""Small drawing helpers shared by the printed forms and reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from app.printing.fonts import cjk_font, drawable

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width` (by character: CJK has no spaces)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        current_w = 0.0
        for ch in paragraph:
            w = stringWidth(ch, font, size)
            if current and current_w + w > width:
                lines.append(current)
                current, current_w = "", 0.0
                if ch == " ":
                    continue
            current += ch
            current_w += w
        lines.append(current)
    return lines


def _sizes(start: float, stop: float) -> list[float]:
    sizes = []
    s = start
    while s >= stop - 1e-9:
        sizes.append(round(s, 2))
        s -= 0.5
    return sizes


def fit_text(
    canvas: Canvas,
    text: str,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    size: float = 9,
    min_size: float = 6,
    max_lines: int = 2,
    align: str = "left",
    pad: float = 2.0,
    truncate: bool = True,
) -> None:
    """Draw `text` inside the box (x, y) bottom-left, width x height.

    Tries one line at `size`, shrinking to `min_size`, then up to `max_lines`
    wrapped lines; what still does not fit is cut with an ellipsis (or, with
    truncate=False, drawn at the smallest size on one line regardless: amounts
    and invoice numbers are never cut).
    """
    font = cjk_font()
    text = drawable(" ".join(str(text).split()))
    if not text:
        return
    inner = width - 2 * pad
    chosen: list[str] | None = None
    chosen_size = min_size
    # One line, shrinking a little; then wrapped lines from the full size down.
    attempts = [(s, 1) for s in _sizes(size, max(min_size, size * 0.85))]
    attempts += [(s, n) for s in _sizes(size, min_size) for n in range(2, max_lines + 1)]
    attempts += [(s, 1) for s in _sizes(size * 0.85, min_size)]
    for s, n in attempts:
        if n * s * 1.15 > height:
            continue
        lines = [text] if n == 1 else wrap(text, font, s, inner)
        if len(lines) <= n and all(stringWidth(line, font, s) <= inner for line in lines):
            chosen, chosen_size = lines, s
            break
    if chosen is None:
        chosen_size = min_size
        if not truncate:
            chosen = [text]
        else:
            lines = wrap(text, font, min_size, inner)[:max_lines]
            last = lines[-1]
            while last and stringWidth(last + "…", font, min_size) > inner:
                last = last[:-1]
            lines[-1] = last + "…"
            chosen = lines
    leading = chosen_size * 1.15
    block = leading * len(chosen)
    baseline = y + (height + block) / 2 - chosen_size * 0.95
    canvas.setFont(font, chosen_size)
    for line in chosen:
        if align == "right":
            canvas.drawRightString(x + width - pad, baseline, line)
        elif align == "center":
            canvas.drawCentredString(x + width / 2, baseline, line)
        else:
            canvas.drawString(x + pad, baseline, line)
        baseline -= leading


class PageFooter:
    """The grey footer line of a report's pages (platypus onPage callback): `left`, and
    `right(page number)` at the right margin. `pages` is the last page drawn."""

    def __init__(
        self, left: str, right: Callable[[int], str], page_width: float, margin: float
    ) -> None:
        self.left, self.right = left, right
        self.page_width, self.margin = page_width, margin
        self.pages = 0

    def __call__(self, canvas: Canvas, _document: object) -> None:
        self.pages = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont(cjk_font(), 7.5)
        canvas.setFillGray(0.35)
        canvas.drawString(self.margin, 8 * mm, drawable(self.left))
        canvas.drawRightString(
            self.page_width - self.margin, 8 * mm, drawable(self.right(self.pages))
        )
        canvas.restoreState()


def report_document(
    target: str | Path | BinaryIO,
    title: str,
    *,
    pagesize: tuple[float, float] = A4,
    margin: float = 14 * mm,
    top: float = 12 * mm,
    bottom: float = 16 * mm,
) -> SimpleDocTemplate:
    """The platypus document of a printed report: a file path or a binary stream, the
    CJK font as its initial font, MarketDesk as its creator."""
    return SimpleDocTemplate(
        str(target) if isinstance(target, str | Path) else target,
        pagesize=pagesize,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        creator="MarketDesk 营销管理台",
        initialFontName=cjk_font(),
    )


def printed_footer(
    left: str, printed_at: dt.datetime, page_width: float, margin: float
) -> PageFooter:
    """The footer of a printed report: `left`, then "第 N 页  打印时间：…" at the right."""
    stamp = printed_at.strftime("%Y-%m-%d %H:%M")
    return PageFooter(left, lambda page: f"第 {page} 页  打印时间：{stamp}", page_width, margin)
