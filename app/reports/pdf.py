"""Paginated output of a ``QTextDocument`` on A4, to a PDF file or a printer.

The document is laid out once at 96 dpi (CSS ``px`` then means what it means on screen,
``pt`` is a real point) and each page is painted scaled to the device's resolution, so
the PDF and a 600-dpi printer get the same line breaks and page breaks. Every page gets
a footer line and "side x av y" / "page x of y".
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.domain.explain import Lang, phrase, register_texts
from app.storage.errors import DiskFull, StorageError
from app.storage.targets import written

from .qt import body_font, ensure_app

LAYOUT_DPI = 96
MM = LAYOUT_DPI / 25.4  # layout pixels per millimetre
_EDGE = 1.0  # layout pixels kept clear of a page's edge when choosing the lines to draw


@dataclass(frozen=True)
class PageSetup:
    """A4 portrait with margins in millimetres; the footer sits inside the bottom margin."""

    left: float = 22
    right: float = 20
    top: float = 18
    bottom: float = 24
    footer: str = ""
    lang: Lang = "nb"
    page_numbers: bool = True

    @property
    def paper(self) -> QSizeF:
        return QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Millimeter)

    def content_size(self) -> QSizeF:
        paper = self.paper
        return QSizeF(
            (paper.width() - self.left - self.right) * MM,
            (paper.height() - self.top - self.bottom) * MM,
        )


def _reference_device() -> QImage:
    """A paint device of exactly 96 dpi, for laying out text independent of the screen."""
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


_REFERENCE: QImage | None = None


def laid_out(document: QTextDocument, setup: PageSetup) -> QTextDocument:
    """A copy of ``document`` paginated for ``setup`` (the caller's document is untouched)."""
    global _REFERENCE
    ensure_app()
    if _REFERENCE is None:
        _REFERENCE = _reference_device()
    copy = document.clone()
    copy.documentLayout().setPaintDevice(_REFERENCE)
    copy.setDocumentMargin(0)
    copy.setPageSize(setup.content_size())
    return copy


def page_count(document: QTextDocument, setup: PageSetup | None = None) -> int:
    return laid_out(document, setup or PageSetup()).pageCount()


def _page_label(page: int, pages: int, lang: Lang) -> str:
    return phrase("pdf.page", lang, page=str(page), pages=str(pages))


def paint(document: QTextDocument, device: QPagedPaintDevice, setup: PageSetup) -> int:
    """Paint every page of ``document`` on ``device``; returns the number of pages."""
    doc = laid_out(document, setup)
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    device.setPageLayout(layout)
    size = setup.content_size()
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting (is the file writable?)")
    try:
        # the device's own origin is the paper's corner (margins 0); scale layout px to it
        scale_x = device.logicalDpiX() / LAYOUT_DPI
        scale_y = device.logicalDpiY() / LAYOUT_DPI
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale_x, scale_y)
            painter.translate(setup.left * MM, setup.top * MM)
            painter.save()
            page_rect = QRectF(0, index * size.height(), size.width(), size.height())
            painter.translate(0, -page_rect.top())
            painter.setClipRect(page_rect)
            context = QAbstractTextDocumentLayout.PaintContext()
            # Qt draws every line that touches the clip, edges included: the first line
            # of the next page starts exactly at this page's bottom edge and was drawn
            # here too. The painter's clip hid it, but the PDF's text layer held it on
            # both pages (a search found it twice). Lines are never split across a page
            # break, so a clip a pixel inside the page's edges picks each line once.
            context.clip = page_rect.adjusted(0, _EDGE, 0, -_EDGE)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            _footer(painter, setup, size, index + 1, pages)
            painter.restore()
    finally:
        painter.end()
    return pages


def _footer(painter: QPainter, setup: PageSetup, size: QSizeF, page: int, pages: int) -> None:
    top = size.height() + 8 * MM
    font = body_font(8)
    # the painter is scaled to layout pixels: give the size in those, not device points
    font.setPixelSize(round(8 * LAYOUT_DPI / 72))
    painter.setFont(font)
    painter.setPen(QColor("#9aa0a6"))
    painter.drawLine(0, int(top - 2 * MM), int(size.width()), int(top - 2 * MM))
    painter.setPen(QColor("#5f6368"))
    numbered = setup.page_numbers and pages > 1
    width = size.width() * (0.82 if numbered else 1.0)
    rect = QRectF(0, top, width, 10 * MM)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), setup.footer)
    if numbered:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        number_rect = QRectF(0, top, size.width(), 6 * MM)
        painter.drawText(number_rect, int(right), _page_label(page, pages, setup.lang))


def write_pdf(
    document: QTextDocument,
    path: str | os.PathLike[str],
    setup: PageSetup | None = None,
    *,
    title: str = "",
    author: str = "",
) -> int:
    """Write ``document`` as an A4 PDF; returns the number of pages.

    Written through ``storage.targets.written``: never over a database, and to a
    temporary name first, so a failure never leaves a broken PDF behind. Qt's PDF writer reports no error of its own: a file it
    could not write whole (a full disk: it left an empty file, which the letter command
    then stored as the letter) is found by its missing end and refused
    (``PdfNotWritten``, or ``DiskFull`` when the disk has no room).
    """
    target = Path(path)
    ensure_app()
    setup = setup or PageSetup()
    with written(target) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(300)
        writer.setCreator("Avtalevakt")
        writer.setTitle(
            title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        )
        if author:
            writer.setAuthor(author)
        try:
            pages = paint(document, writer, setup)
        except OSError:
            pages = 0  # the file could not be opened: refused below, as a file cut short
        del writer  # closes the file
        if not pages or not _whole_pdf(partial):
            if shutil.disk_usage(partial.parent).free < FULL_DISK_BYTES:
                raise DiskFull(path=target)
            raise PdfNotWritten(path=target)
    return pages


#: Less room than this on the disk: a PDF that could not be written is put down to it.
FULL_DISK_BYTES = 1 << 20


class PdfNotWritten(StorageError):
    nb = (
        "PDF-filen {path} ble ikke skrevet ferdig (er mappen skrivebeskyttet?). "
        "Ingenting er lagret."
    )
    en = "The PDF file {path} was not written whole (is the folder read-only?). Nothing was saved."


def _whole_pdf(path: Path) -> bool:
    """A PDF file with its end: ``%%EOF`` in its last bytes."""
    try:
        size = path.stat().st_size
        if size < 64:
            return False
        with open(path, "rb") as handle:
            handle.seek(max(0, size - 64))
            return b"%%EOF" in handle.read()
    except OSError:
        return False


def print_document(
    document: QTextDocument, printer: QPagedPaintDevice, setup: PageSetup | None = None
) -> int:
    """Print on a ``QPrinter`` the caller set up (a print dialog, or a PDF printer)."""
    return paint(document, printer, setup or PageSetup())


register_texts({"pdf.page": ("Side {page} av {pages}", "Page {page} of {pages}")})
