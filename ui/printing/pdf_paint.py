"""Painting a PDF onto a QPrinter (or any paint device) without QtPdf.

pypdfium2 rasterises each page at the device's resolution (capped, so a 1200
dpi printer does not get 140-megapixel pages); the image is scaled into the
printable area keeping its aspect ratio. The page size and orientation of the
printer are set from the PDF first, so A5 landscape forms come out as such.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

MAX_DPI = 300
PREVIEW_DPI = 110  # on screen; the preview keeps every page image in memory


class PdfDocument:
    """A PDF held in memory, rendered page by page on request."""

    def __init__(self, data: bytes) -> None:
        import pypdfium2

        self._pdf = pypdfium2.PdfDocument(data)

    def __len__(self) -> int:
        return len(self._pdf)

    def page_size_pt(self, index: int) -> tuple[float, float]:
        return tuple(self._pdf[index].get_size())  # type: ignore[return-value]

    def image(self, index: int, dpi: float) -> QImage:
        page = self._pdf[index]
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        result = image.copy()  # own the pixels before pdfium frees its buffer
        bitmap.close()
        page.close()
        return result

    def close(self) -> None:
        self._pdf.close()


def match_page_layout(printer: QPrinter, document: PdfDocument) -> None:
    """Paper size and orientation of the printer from the PDF's first page."""
    if not len(document):
        return
    width, height = document.page_size_pt(0)
    portrait = QSizeF(min(width, height), max(width, height))
    size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )


def paint_pdf(
    printer: QPrinter, document: PdfDocument, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Paint the pages (honouring the print dialog's page range); returns pages painted.

    `progress(done, total)` may return False to stop.
    """
    total = len(document)
    first, last = 1, total
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(total, printer.toPage() or total)
    engine = printer.paintEngine()
    previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
    dpi = min(printer.resolution(), PREVIEW_DPI if previewing else MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number in range(first, last + 1):
            if painted:
                printer.newPage()
            image = document.image(number - 1, dpi)
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            scaled = image.size().scaled(area.size().toSize(), _keep_aspect())
            target = QRectF(
                area.x() + (area.width() - scaled.width()) / 2,
                area.y() + (area.height() - scaled.height()) / 2,
                scaled.width(),
                scaled.height(),
            )
            painter.drawImage(target, image)
            painted += 1
            if progress is not None and progress(painted, last - first + 1) is False:
                break
    finally:
        painter.end()
    return painted


def _keep_aspect():
    from PySide6.QtCore import Qt

    return Qt.AspectRatioMode.KeepAspectRatio


def print_pdf(parent: QWidget, data: bytes, *, preview: bool, title: str) -> QPrinter | None:
    """The print preview (or, without one, the system print dialog) for a PDF held in
    memory, on paper of the PDF's size. Returns the printer when the user printed (to
    record where), None when they cancelled."""
    document = PdfDocument(data)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        match_page_layout(printer, document)
        dialog: QDialog
        if preview:
            dialog = QPrintPreviewDialog(printer, parent)
            dialog.setWindowTitle(title)
            dialog.paintRequested.connect(lambda device: paint_pdf(device, document))
            printed = dialog.exec() == QDialog.DialogCode.Accepted
        else:
            dialog = QPrintDialog(printer, parent)
            printed = (
                dialog.exec() == QDialog.DialogCode.Accepted and paint_pdf(printer, document) > 0
            )
        dialog.deleteLater()
    finally:
        document.close()
    return printer if printed else None


def printed_to(printer: QPrinter) -> str:
    """Where a print went, for the audit log: the PDF file or the printer's name."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()
