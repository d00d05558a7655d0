"""Hostile spreadsheets of issue 21, built small and fast."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import xlsxwriter


def far_cell_xlsx(path: Path, row: int, column: int) -> Path:
    """A workbook whose only cell is at (row, column), 0-based (XFD1048576: 1048575, 16383)."""
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet().write_string(row, column, "x")
    workbook.close()
    return path


def _deflated_repeat(block: bytes, times: int) -> bytes:
    """Raw deflate data of `block` repeated: one block compressed once, ended by a full
    flush (which resets the window, so copies of it concatenate), then the final block."""
    piece = zlib.compressobj(9, zlib.DEFLATED, -15)
    once = piece.compress(block) + piece.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    return once * times + end.flush(zlib.Z_FINISH)


def shared_strings_bomb(path: Path, megabytes: int = 800) -> Path:
    """A small valid workbook plus a sharedStrings part that unpacks to `megabytes` MB."""
    far_cell_xlsx(path, 0, 0)
    block = b"A" * (1 << 20)
    head = b'<?xml version="1.0"?><sst><si><t>'
    crc = zlib.crc32(head)
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    tail = b"</t></si></sst>"
    crc = zlib.crc32(tail, crc)
    size = len(head) + megabytes * len(block) + len(tail)
    start = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = (
        start.compress(head)
        + start.flush(zlib.Z_FULL_FLUSH)
        + _deflated_repeat(block, megabytes)[:-2]  # without its empty final block ...
    )
    finish = zlib.compressobj(9, zlib.DEFLATED, -15)
    data += finish.compress(tail) + finish.flush(zlib.Z_FINISH)  # ... the tail ends it
    assert zlib.decompressobj(-15).decompress(data[:100000])[:10] == head[:10]
    _append_member(path, "xl/sharedStrings.xml", data, crc, size)
    return path


def _append_member(path: Path, name: str, data: bytes, crc: int, size: int) -> None:
    """Add a deflated member whose compressed bytes are given (zipfile cannot)."""
    with zipfile.ZipFile(path) as archive:
        members = [(i, archive.read(i.filename)) for i in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in members:
            if info.filename != name:
                archive.writestr(info, content)
    raw = path.read_bytes()
    end = raw.rfind(b"PK\x05\x06")
    entries, directory_size, directory_at = struct.unpack("<HII", raw[end + 10 : end + 20])
    encoded = name.encode()
    local = struct.pack(
        "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0
    )
    central = struct.pack(
        "<IHHHHHHIIIHHHHHII",
        0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0,
        directory_at,
    )  # fmt: skip
    new_directory_at = directory_at + len(local) + len(encoded) + len(data)
    directory = raw[directory_at : directory_at + directory_size] + central + encoded
    out = (
        raw[:directory_at]
        + local
        + encoded
        + data
        + directory
        + struct.pack(
            "<IHHHHIIH",
            0x06054B50,
            0,
            0,
            entries + 1,
            entries + 1,
            len(directory),
            new_directory_at,
            0,
        )  # fmt: skip
    )
    path.write_bytes(out)


_ODS_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""  # noqa: E501
_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Sheet1">
<table:table-column table:number-columns-repeated="1024"/>
{rows}
</table:table></office:spreadsheet></office:body></office:document-content>
"""  # noqa: E501


def ods_cell(text: str, repeat: int = 1) -> str:
    """A string cell, repeated across `repeat` columns."""
    attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{attr}><text:p>{text}</text:p></table:table-cell>'  # noqa: E501


def ods_empty(repeat: int = 1) -> str:
    attr = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-cell{attr}/>"


def ods_row(cells: str, repeat: int = 1) -> str:
    attr = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    return f"<table:table-row{attr}>{cells}</table:table-row>"


def ods_file(path: Path, rows: str) -> Path:
    """A minimal valid OpenDocument spreadsheet whose one table holds `rows` (XML)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        # the mimetype comes first and stored, as ODF requires
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )  # noqa: E501
        archive.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
        archive.writestr("content.xml", _ODS_CONTENT.format(rows=rows))
    return path
