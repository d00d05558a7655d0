"""The claim form (费用报销单) as PDF: A4 portrait or A5 landscape.

One form is drawn onto a reportlab canvas page by page, so a batch streams
many forms into one canvas: the font is registered once, every form costs
the same, and nothing but the canvas holds earlier forms.

Page 1 is the form people sign: header, as many lines as fit, the total of the
whole claim in figures and in capitals (大写), the four signature boxes and the
verification QR code. Lines that do not fit continue on 续页 pages, which
repeat the number and claimant and end with the total.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.files import written_whole
from app.money import amount_in_words, format_money
from app.printing import Cancelled
from app.printing.claim_form import STEP_LABELS, ClaimForm, FormLine, Step
from app.printing.fonts import cjk_font, drawable
from app.printing.layout import fit_text

log = logging.getLogger(__name__)

TITLE = "费用报销单"

# (header, relative width) of the lines table; the description takes what is left.
COLUMNS = [
    ("序号", 9),
    ("日期", 20),
    ("地点", 24),
    ("费用类别", 21),
    ("摘要", 0),
    ("发票号码", 36),
    ("金额（元）", 25),
]
ROW_H = 7.5 * mm
HEADER_ROW_H = 7 * mm
TOTAL_ROW_H = 8 * mm
SIGN_H = 22 * mm
FOOTER_H = 5 * mm
MIN_ROWS = 8  # blank rows fill the first page's table up to this many (or what fits)


@dataclass(frozen=True)
class PageFormat:
    name: str
    size: tuple[float, float]
    margin: float

    @property
    def width(self) -> float:
        return self.size[0]

    @property
    def height(self) -> float:
        return self.size[1]


A4_PORTRAIT = PageFormat("A4", A4, 12 * mm)
A5_LANDSCAPE = PageFormat("A5", landscape(A5), 9 * mm)


def page_format(a5: bool) -> PageFormat:
    return A5_LANDSCAPE if a5 else A4_PORTRAIT


def _date(value: dt.date) -> str:
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def _local(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


class ClaimFormRenderer:
    """Draws claim forms onto one canvas; `draw(form)` adds its pages."""

    def __init__(self, canvas: Canvas, fmt: PageFormat) -> None:
        self.c = canvas
        self.fmt = fmt
        self.font = cjk_font()
        self.left = fmt.margin
        self.right = fmt.width - fmt.margin
        self.top = fmt.height - fmt.margin
        self.bottom = fmt.margin
        widths = [w * mm for _, w in COLUMNS]
        fixed = sum(widths)
        widths[4] = (self.right - self.left) - fixed
        self.col_x = [self.left]
        for w in widths:
            self.col_x.append(self.col_x[-1] + w)
        self.qr_size = (24 if fmt is A4_PORTRAIT else 21) * mm

    # -- capacity ------------------------------------------------------------
    def _table_top(self, first: bool) -> float:
        return self.top - (31 * mm if first else 25 * mm)

    def capacity(self, first: bool) -> int:
        """Line rows that fit on a first page (with total and signatures) or a 续页."""
        space = self._table_top(first) - HEADER_ROW_H - self.bottom - FOOTER_H
        space -= (TOTAL_ROW_H + SIGN_H + 2 * mm) if first else TOTAL_ROW_H
        return max(1, int(space // ROW_H))

    def paginate(self, lines: tuple[FormLine, ...]) -> list[tuple[int, int]]:
        """(start, end) indexes of the lines on each page."""
        first = self.capacity(True)
        if len(lines) <= first:
            return [(0, len(lines))]
        shown = first - 1  # one row says where the rest is
        pages = [(0, shown)]
        cont = self.capacity(False)
        start = shown
        while start < len(lines):
            pages.append((start, min(len(lines), start + cont)))
            start += cont
        return pages

    # -- drawing -------------------------------------------------------------
    def draw(self, form: ClaimForm, printed_at: dt.datetime | None = None) -> int:
        printed_at = printed_at or dt.datetime.now().astimezone()
        pages = self.paginate(form.lines)
        for index, (start, end) in enumerate(pages):
            if index == 0:
                self._first_page(form, start, end, len(pages))
            else:
                self._continuation(form, start, end, index + 1 == len(pages))
            self._footer(form, index + 1, len(pages), printed_at)
            if form.watermark:
                self._watermark(form.watermark)
            self.c.showPage()
        return len(pages)

    def _text(self, x: float, y: float, text: str, size: float, align: str = "left") -> None:
        self.c.setFont(self.font, size)
        text = drawable(text)
        if align == "center":
            self.c.drawCentredString(x, y, text)
        elif align == "right":
            self.c.drawRightString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def _title(self, form: ClaimForm, suffix: str = "") -> float:
        c = self.c
        mid = self.fmt.width / 2
        y = self.top - 4 * mm
        if form.organisation:
            fit_text(
                c,
                form.organisation,
                self.left + self.qr_size,
                y - 1.5 * mm,
                self.right - self.left - 2 * self.qr_size,
                5.5 * mm,
                size=10,
                min_size=7,
                max_lines=1,
                align="center",
                pad=0,
            )
        y -= 9 * mm
        self._text(mid, y, TITLE + suffix, 18, "center")
        c.setLineWidth(0.6)
        half = 26 * mm if not suffix else 36 * mm
        c.line(mid - half, y - 2.2 * mm, mid + half, y - 2.2 * mm)
        c.line(mid - half, y - 3.0 * mm, mid + half, y - 3.0 * mm)
        return y

    def _first_page(self, form: ClaimForm, start: int, end: int, pages: int) -> None:
        title_y = self._title(form)
        self._qr(form)
        fields_right = self.right - self.qr_size - 10 * mm
        y1 = title_y - 8.5 * mm
        y2 = y1 - 6 * mm
        width = fields_right - self.left
        fit_text(
            self.c,
            f"报销部门：{form.department}",
            self.left,
            y1 - 1.5 * mm,
            width * 0.36,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
        )
        fit_text(
            self.c,
            f"报销日期：{_date(form.date)}",
            self.left + width * 0.36,
            y1 - 1.5 * mm,
            width * 0.34,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
        )
        fit_text(
            self.c,
            f"编号：{form.number}",
            self.left + width * 0.70,
            y1 - 1.5 * mm,
            width * 0.30,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
            truncate=False,
        )
        fit_text(
            self.c,
            f"报销人：{form.claimant}",
            self.left,
            y2 - 1.5 * mm,
            width * 0.36,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
        )
        fit_text(
            self.c,
            f"事由：{form.purpose}",
            self.left + width * 0.36,
            y2 - 2 * mm,
            width * 0.42,
            7 * mm,
            size=9.5,
            min_size=6,
            max_lines=2,
            pad=0,
        )
        fit_text(
            self.c,
            f"附单据 {form.attachment_count} 张",
            self.left + width * 0.78,
            y2 - 1.5 * mm,
            width * 0.22,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
            align="right",
            truncate=False,
        )

        top = self._table_top(True)
        rest = len(form.lines) - end
        rows = list(form.lines[start:end])
        note = f"（其余 {rest} 笔明细见续页）" if rest else ""
        capacity = self.capacity(True)
        blank = max(0, min(capacity, MIN_ROWS) - len(rows) - (1 if note else 0))
        y = self._table(top, rows, start, note=note, blank=blank)
        y = self._total_row(y, form.total_fen, f"合计（共 {len(form.lines)} 笔）")
        self._content_bottom = self._signatures(y - 2 * mm, form)

    def _continuation(self, form: ClaimForm, start: int, end: int, last: bool) -> None:
        title_y = self._title(form, "（续页）")
        y1 = title_y - 8 * mm
        width = self.right - self.left
        fit_text(
            self.c,
            f"编号：{form.number}",
            self.left,
            y1 - 1.5 * mm,
            width * 0.4,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
            truncate=False,
        )
        fit_text(
            self.c,
            f"报销人：{form.claimant}",
            self.left + width * 0.4,
            y1 - 1.5 * mm,
            width * 0.3,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
        )
        fit_text(
            self.c,
            f"报销部门：{form.department}",
            self.left + width * 0.7,
            y1 - 1.5 * mm,
            width * 0.3,
            6 * mm,
            size=9.5,
            max_lines=1,
            pad=0,
            align="right",
        )
        y = self._table(self._table_top(False), list(form.lines[start:end]), start)
        if last:
            y = self._total_row(y, form.total_fen, f"合计（共 {len(form.lines)} 笔）")
        self._content_bottom = y

    def _table(
        self, top: float, rows: list[FormLine], first_index: int, *, note: str = "", blank: int = 0
    ) -> float:
        c = self.c
        xs = self.col_x
        c.setLineWidth(0.8)
        # header row
        y = top - HEADER_ROW_H
        c.setFillGray(0.93)
        c.rect(self.left, y, self.right - self.left, HEADER_ROW_H, stroke=0, fill=1)
        c.setFillGray(0)
        for i, (label, _) in enumerate(COLUMNS):
            fit_text(
                c,
                label,
                xs[i],
                y,
                xs[i + 1] - xs[i],
                HEADER_ROW_H,
                size=9,
                max_lines=1,
                align="center",
                truncate=False,
            )
        for offset, line in enumerate(rows):
            y -= ROW_H
            cells = [
                str(first_index + offset + 1),
                line.date.isoformat(),
                line.place,
                line.category,
                line.description,
                line.invoice,
                format_money(line.amount_fen, symbol=False),
            ]
            for i, text in enumerate(cells):
                never_cut = i in (0, 1, 5, 6)
                fit_text(
                    c,
                    text,
                    xs[i],
                    y,
                    xs[i + 1] - xs[i],
                    ROW_H,
                    size=8.5,
                    min_size=6,
                    max_lines=1 if never_cut else 2,
                    align="right" if i == 6 else ("center" if i < 2 else "left"),
                    truncate=not never_cut,
                )
            c.setLineWidth(0.4)
            c.line(self.left, y, self.right, y)
        if note:
            y -= ROW_H
            fit_text(
                c,
                note,
                self.left,
                y,
                self.right - self.left,
                ROW_H,
                size=8.5,
                max_lines=1,
                align="center",
            )
            c.setLineWidth(0.4)
            c.line(self.left, y, self.right, y)
        if blank:
            blank_top = y
            for _ in range(blank):
                y -= ROW_H
                c.setLineWidth(0.4)
                c.line(self.left, y, self.right, y)
            # Cross out the unused rows so nothing can be added by hand.
            c.setLineWidth(0.5)
            c.line(xs[1] + 2 * mm, blank_top - 1.5 * mm, xs[-1] - 2 * mm, y + 1.5 * mm)
        # vertical rules and the frame
        c.setLineWidth(0.4)
        for x in xs[1:-1]:
            c.line(x, top, x, y)
        c.setLineWidth(1.0)
        c.rect(self.left, y, self.right - self.left, top - y, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.line(self.left, top - HEADER_ROW_H, self.right, top - HEADER_ROW_H)
        return y

    def _total_row(self, top: float, total_fen: int, label: str) -> float:
        c = self.c
        xs = self.col_x
        y = top - TOTAL_ROW_H
        c.setLineWidth(1.0)
        c.rect(self.left, y, self.right - self.left, TOTAL_ROW_H, stroke=1, fill=0)
        c.setLineWidth(0.4)
        c.line(xs[2], y, xs[2], top)
        c.line(xs[6], y, xs[6], top)
        fit_text(
            c,
            label,
            self.left,
            y,
            xs[2] - self.left,
            TOTAL_ROW_H,
            size=8.5,
            max_lines=2,
            align="center",
        )
        words = f"合计金额（大写）：人民币{amount_in_words(total_fen)}"
        fit_text(
            c,
            words,
            xs[2],
            y,
            xs[6] - xs[2],
            TOTAL_ROW_H,
            size=10,
            min_size=7,
            max_lines=1,
            truncate=False,
        )
        fit_text(
            c,
            format_money(total_fen),
            xs[6],
            y,
            xs[7] - xs[6],
            TOTAL_ROW_H,
            size=10,
            min_size=6,
            max_lines=1,
            align="right",
            truncate=False,
        )
        return y

    def _signatures(self, top: float, form: ClaimForm) -> float:
        c = self.c
        width = (self.right - self.left) / len(Step)
        y = top - SIGN_H
        c.setLineWidth(0.8)
        for i, step in enumerate(Step):
            x = self.left + i * width
            c.rect(x, y, width, SIGN_H, stroke=1, fill=0)
            self._text(x + 2 * mm, top - 4.5 * mm, STEP_LABELS[step] + "：", 9)
            approval = form.approval(step)
            if approval is None:
                # Blank for ink: a date line to fill in by hand.
                self._text(x + 2 * mm, y + 2.5 * mm, "日期：", 8)
                c.setLineWidth(0.3)
                c.line(x + 11 * mm, y + 2.2 * mm, x + width - 3 * mm, y + 2.2 * mm)
                c.setLineWidth(0.8)
                continue
            if approval.signature_png:
                # The image on the left, the printed name beside it: they never overlap.
                split = width * 0.64
                self._signature_image(
                    approval.signature_png,
                    x + 1.5 * mm,
                    y + 6 * mm,
                    split - 2 * mm,
                    SIGN_H - 12 * mm,
                )
                fit_text(
                    c,
                    approval.name,
                    x + split,
                    y + 6.5 * mm,
                    width - split,
                    5 * mm,
                    size=9,
                    min_size=6,
                    max_lines=1,
                    align="right",
                )
            else:
                fit_text(
                    c,
                    approval.name,
                    x,
                    y + 6.5 * mm,
                    width,
                    5 * mm,
                    size=9,
                    max_lines=1,
                    align="center",
                )
            when = _local(approval.at) if approval.at else ""
            fit_text(
                c,
                when,
                x,
                y + 1 * mm,
                width,
                5 * mm,
                size=7.5,
                max_lines=1,
                align="center",
                truncate=False,
            )
        return y

    def _signature_image(self, png: bytes, x: float, y: float, w: float, h: float) -> None:
        from reportlab.lib.utils import ImageReader

        try:
            image = ImageReader(io.BytesIO(png))
            self.c.drawImage(image, x, y, w, h, mask="auto", preserveAspectRatio=True, anchor="c")
        except Exception as exc:  # noqa: BLE001 - a damaged image must not stop printing
            log.warning("signature image not drawn: %s", exc)

    def _qr(self, form: ClaimForm) -> None:
        if not form.verification_code:
            return
        size = self.qr_size
        x = self.right - size
        y = self.top - size + 1 * mm
        draw_qr(self.c, form.verification_code, x, y, size)
        fit_text(
            self.c,
            form.verification_code,
            self.right - size - 9 * mm,
            y - 4 * mm,
            size + 9 * mm,
            4 * mm,
            size=7,
            min_size=5,
            max_lines=1,
            align="right",
            pad=0,
            truncate=False,
        )

    def _footer(self, form: ClaimForm, page: int, pages: int, printed_at: dt.datetime) -> None:
        y = self.bottom + 1 * mm
        self.c.setFillGray(0.3)
        code = f"校验码：{form.verification_code}" if form.verification_code else ""
        self._text(self.left, y, f"{form.number}  {code}", 7)
        self._text(self.fmt.width / 2, y, f"第 {page} 页 / 共 {pages} 页", 7, "center")
        self._text(self.right, y, f"打印时间：{printed_at.strftime('%Y-%m-%d %H:%M')}", 7, "right")
        self.c.setFillGray(0)

    def _watermark(self, text: str) -> None:
        c = self.c
        c.saveState()
        c.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.16)
        # Across the form itself, not the empty half of an A4 sheet.
        middle = (self.top + self._content_bottom) / 2
        c.translate(self.fmt.width / 2, middle)
        c.rotate(15)
        size = min(self.fmt.width / 9, (self.top - self._content_bottom) / 3)
        c.setFont(self.font, size)
        c.drawCentredString(0, -size / 3, text)
        c.restoreState()


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code as filled rectangles (one per run of dark modules), no font needed."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = size / len(matrix)
    path = canvas.beginPath()
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        col = 0
        while col < len(row):
            if row[col]:
                start = col
                while col < len(row) and row[col]:
                    col += 1
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    canvas.setFillGray(0)
    canvas.drawPath(path, stroke=0, fill=1)


def new_canvas(target: str | Path | BinaryIO, fmt: PageFormat, title: str) -> Canvas:
    canvas = Canvas(
        str(target) if isinstance(target, str | Path) else target,
        pagesize=fmt.size,
        pageCompression=1,
        initialFontName=cjk_font(),  # type: ignore[arg-type]  # types-reportlab says float
        initialFontSize=9,
    )
    canvas.setTitle(title)
    canvas.setCreator("MarketDesk 营销管理台")
    return canvas


def write_claim_forms(
    forms: Iterable[ClaimForm],
    target: str | Path | BinaryIO,
    *,
    a5: bool = False,
    total: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Stream forms into one PDF; returns the number of pages.

    `forms` may be a generator (the loader reads one claim at a time). For a
    file path the PDF is written next to it and moved into place at the end,
    so a cancelled or failed batch leaves no half-written file.
    """
    fmt = page_format(a5)
    if not isinstance(target, str | Path):
        return _write_forms(forms, target, fmt, total, progress, is_cancelled)
    # A viewer holding the old file open (Windows) makes the final move fail.
    with written_whole(Path(target)) as temp:
        return _write_forms(forms, temp, fmt, total, progress, is_cancelled)


def _write_forms(
    forms: Iterable[ClaimForm],
    out: Path | BinaryIO,
    fmt: PageFormat,
    total: int | None,
    progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> int:
    canvas = new_canvas(out, fmt, TITLE)
    renderer = ClaimFormRenderer(canvas, fmt)
    pages = 0
    printed_at = dt.datetime.now().astimezone()
    for done, form in enumerate(forms, start=1):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled
        pages += renderer.draw(form, printed_at)
        if progress is not None:
            progress(done, total if total is not None else done)
    if is_cancelled is not None and is_cancelled():
        raise Cancelled
    canvas.save()
    return pages
