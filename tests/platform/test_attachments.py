"""app/attachments.py: an attachment's type is told by its content."""

from __future__ import annotations

import hashlib

import pytest

from app.attachments import MAX_ATTACHMENT_BYTES, check_attachment
from app.errors import ValidationError

REFUSAL = "'%s' is not welcome"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40


def test_a_png_named_anything_is_a_png_with_its_digest() -> None:
    name, mime, digest = check_attachment("C:\\scans\\发票.exe", PNG, REFUSAL)
    assert (name, mime, digest) == ("发票.exe", "image/png", hashlib.sha256(PNG).hexdigest())


def test_webp_and_pdf_are_recognised() -> None:
    webp = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 20
    assert check_attachment("a.webp", webp, REFUSAL)[1] == "image/webp"
    assert check_attachment("a.pdf", b"%PDF-1.7\n...", REFUSAL)[1] == "application/pdf"


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("invoice.pdf", b"MZ\x90\x00 a program", "'invoice.pdf' is not welcome"),
        ("short.bmp", b"BM" + b"\x00" * 10, "'short.bmp' is not welcome"),
        ("empty.png", b"", "empty.png"),
        ("   ", PNG, "no file name"),
        ("huge.png", PNG + b"\x00" * MAX_ATTACHMENT_BYTES, "huge.png"),
    ],
)
def test_refusals_name_the_file_and_the_problem(filename: str, data: bytes, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_attachment(filename, data, REFUSAL)
    assert message in str(refused.value)
