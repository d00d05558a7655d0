"""Scanned invoices attached to a claim: which files are accepted."""

from __future__ import annotations

from app.attachments import MAX_ATTACHMENT_BYTES, check_attachment
from app.claims.translation import tr

__all__ = ["MAX_ATTACHMENT_BYTES", "sniff"]


def sniff(filename: str, data: bytes) -> tuple[str, str, str]:
    """Validate a scanned invoice; return (clean file name, MIME type, sha256)."""
    return check_attachment(
        filename,
        data,
        tr(
            "'%s' is not a scanned invoice: attach a PDF or an image (PNG, JPEG, GIF, BMP, "
            "TIFF, WebP)."
        ),
    )
