"""Which files may be attached to a record: a PDF or an image, told by its content.

Claims (scanned invoices), conduct records (evidence) and research reports
(findings) keep attachments in the database; the file's leading bytes decide
its type, never its name, so a renamed executable or a huge file is refused
before anything is written.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from app.errors import ValidationError
from app.translation import ContextTr

tr = ContextTr("platform")

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024

# Leading bytes -> MIME type.
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


def _mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            # "BM" alone starts many files; a bitmap has at least its 26-byte header.
            return None if mime == "image/bmp" and len(data) < 26 else mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def check_attachment(filename: str, data: bytes, refusal: str) -> tuple[str, str, str]:
    """Validate an attachment; return (clean file name, MIME type, sha256).
    `refusal` is the caller's message for a file of another type, with %s for its
    name ("'%s' is not a scanned invoice: ...")."""
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
    mime = _mime(data)
    if mime is None:
        raise ValidationError("attachment", refusal % name)
    return name[:255], mime, hashlib.sha256(data).hexdigest()
