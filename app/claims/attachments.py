"""Scanned invoices attached to a claim: which files are accepted."""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from app.claims.translation import tr
from app.errors import ValidationError

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

# Leading bytes -> MIME type; the file's content decides, not its name.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def sniff(filename: str, data: bytes) -> tuple[str, str, str]:
    """Validate an attachment; return (clean file name, MIME type, sha256)."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    if not name:
        raise ValidationError("attachment", tr("The attachment has no file name."))
    if not data:
        raise ValidationError("attachment", tr("The file '%s' is empty.") % name)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "attachment",
            tr("The file '%s' is larger than %d MB.")
            % (name, MAX_ATTACHMENT_BYTES // (1024 * 1024)),
        )
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            if mime == "image/bmp" and len(data) < 26:
                break
            return name[:255], mime, hashlib.sha256(data).hexdigest()
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return name[:255], "image/webp", hashlib.sha256(data).hexdigest()
    raise ValidationError(
        "attachment",
        tr(
            "'%s' is not a scanned invoice: attach a PDF or an image (PNG, JPEG, GIF, BMP, "
            "TIFF, WebP)."
        )
        % name,
    )
