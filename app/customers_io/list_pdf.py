"""A printed customer list (客户名单): the current view or a selection as an A4 landscape
table, a call list to work from on paper. The rows are those of the export
(app/customers_io/export.py), contacts already masked for roles that may not see them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.customers_io.translation import tr
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import PageFooter

MARGIN = 10 * mm
# Export column key -> relative width on the page.
LIST_COLUMNS: dict[str, float] = {
    "name": 1.0,
    "mobile": 1.25,
    "status": 1.15,
    "tier": 0.5,
    "grade": 0.7,
    "school": 1.8,
    "guardian_name": 0.9,
    "guardian_phone": 1.25,
    "channel": 1.0,
    "owner": 0.8,
    "next_follow_up": 1.05,
    "last_contact": 1.05,
}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _fitter(font: str, size: float, width: float):
    """text -> text cut with an ellipsis to `width` points (in the font and size)."""

    def fit(text: str) -> str:
        text = drawable(" ".join(text.split()))
        if stringWidth(text, font, size) <= width:
            return text
        while text and stringWidth(text + "…", font, size) > width:
            text = text[:-1]
        return text + "…"

    return fit


def write_customer_list(
    titles: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[float],
    target: str | Path | BinaryIO,
    *,
    heading: str,
    masked: bool,
    organisation: str = "",
    printed_by: str = "",
    printed_at: dt.datetime | None = None,
) -> int:
    """Write the table (`titles`, `rows` of cell values, relative `widths`); returns the
    number of pages."""
    font = cjk_font()
    printed_at = printed_at or dt.datetime.now().astimezone()
    out = str(target) if isinstance(target, str | Path) else target
    page = landscape(A4)
    doc = SimpleDocTemplate(
        out,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=10 * mm,
        bottomMargin=14 * mm,
        title=heading,
        creator="MarketDesk 营销管理台",
        initialFontName=font,
    )
    cell = ParagraphStyle("cell", fontName=font, fontSize=8, leading=10, wordWrap="CJK")
    head = ParagraphStyle("head", parent=cell, textColor=colors.HexColor("#333333"))
    title = ParagraphStyle("title", fontName=font, fontSize=14, leading=19, alignment=1)

    def para(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(drawable(text)), style)

    usable = page[0] - 2 * MARGIN
    total = sum(widths)
    column_widths = [usable * w / total for w in widths]
    # Plain strings, cut to their column (a Paragraph a cell took 4 s for 600 rows).
    fits = [_fitter(font, 8, w - 5) for w in column_widths]
    data: list[list[Any]] = [[para(t, head) for t in titles]]
    data += [[fit(_text(value)) for fit, value in zip(fits, row, strict=True)] for row in rows]
    table = Table(data, colWidths=column_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    font,
                ),  # else the cells declare Helvetica, unembedded
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    count = len(data) - 1
    left = f"{organisation} {heading}".strip() + "  " + tr("%d customers", "customer list") % count
    if masked:
        left += "  " + tr("(contacts masked)", "customer record")
    printed = tr("Printed %s by %s", "customer record") % (
        printed_at.strftime("%Y-%m-%d %H:%M"),
        printed_by,
    )
    footer = PageFooter(
        left,
        lambda number: f"{printed}  " + tr("Page %d", "customer record") % number,
        page[0],
        MARGIN,
    )
    story = [para(f"{organisation} {heading}".strip(), title), Spacer(1, 3 * mm), table]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return footer.pages
