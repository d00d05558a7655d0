"""Sealed booth bundles: AES-256-GCM (pycryptodomex) with the kit's key.

A sealed file is

    MAGIC (8 bytes) | header length (4 bytes, big endian) | header | ciphertext

The header is ASCII JSON: the format, its version, the kit's UUID and the GCM
nonce. The whole prefix up to the ciphertext (magic, length and header) is the
associated data, so the kit id and the format version are authenticated with the
content: one byte changed anywhere in the file, a file re-encrypted with another
kit's key, or one written by someone without the key fails the GCM tag, and
nothing of it is read. The plaintext is zlib-compressed JSON.

The ciphertext is the GCM ciphertext followed by its 16-byte tag: what the
`cryptography` library's AESGCM, which sealed the first kits, writes and reads
(tests/booth/test_sealing.py holds a known-answer vector and a bundle it sealed).
"""

from __future__ import annotations

import json
import os
import struct
import uuid
import zlib
from collections.abc import Callable
from typing import Any

from Cryptodome.Cipher import AES

from app.booth.translation import tr
from app.errors import ServiceError

MAGIC = b"MDBOOTH\x00"
FORMAT = "marketdesk-booth-bundle"
VERSION = 2
NONCE_BYTES = 12
KEY_BYTES = 32  # AES-256
TAG_BYTES = 16
# A header is a few dozen bytes; a bundle of 100,000 leads is ~10 MB.
MAX_HEADER = 4096
MAX_PLAINTEXT = 512 * 1024 * 1024  # what a decompressed bundle may cost in memory


class SealError(ServiceError):
    """A bundle that is not ours, damaged, or from an unknown kit: nothing was read."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def encrypt(key: bytes, nonce: bytes, plain: bytes, associated: bytes) -> bytes:
    """AES-GCM of `plain`, authenticating `associated` too: ciphertext || tag."""
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(associated)
    ciphertext, tag = cipher.encrypt_and_digest(plain)
    return ciphertext + tag


def decrypt(key: bytes, nonce: bytes, sealed: bytes, associated: bytes) -> bytes | None:
    """The plaintext of `encrypt`'s output, or None when the tag does not verify
    (changed data, another key, other associated data) or the tag is cut off."""
    if len(sealed) < TAG_BYTES:
        return None
    cipher = AES.new(key, AES.MODE_GCM, nonce=nonce, mac_len=TAG_BYTES)
    cipher.update(associated)
    try:
        return cipher.decrypt_and_verify(sealed[:-TAG_BYTES], sealed[-TAG_BYTES:])
    except ValueError:  # "MAC check failed"
        return None


def seal(kit_uuid: uuid.UUID, key: bytes, document: dict[str, Any]) -> bytes:
    """`document` as a sealed bundle for the kit `kit_uuid` (whose key is `key`)."""
    nonce = os.urandom(NONCE_BYTES)
    header = json.dumps(
        {"format": FORMAT, "version": VERSION, "kit": str(kit_uuid), "nonce": nonce.hex()},
        separators=(",", ":"),
        sort_keys=True,
    ).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    plain = zlib.compress(
        json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    return prefix + encrypt(key, nonce, plain, prefix)


def kit_of(data: bytes, name: str) -> uuid.UUID:
    """The kit a sealed bundle claims to come from (not yet verified)."""
    return _header(data, name)[0]


def _header(data: bytes, name: str) -> tuple[uuid.UUID, bytes, int]:
    """(kit UUID, nonce, length of the authenticated prefix)."""
    if not data.startswith(MAGIC):
        if data.lstrip()[:1] == b"{" and b"marketdesk-booth-bundle" in data[:200]:
            raise SealError(
                tr(
                    "%s is an unprotected booth bundle of an earlier version: it cannot be "
                    "told from a forged one. Capture into a booth kit and export again."
                )
                % name
            )
        raise SealError(tr("%s is not a booth bundle.") % name)
    start = len(MAGIC) + 4
    if len(data) < start:
        raise SealError(tr("%s is damaged (cut short).") % name)
    (length,) = struct.unpack(">I", data[len(MAGIC) : start])
    if length > MAX_HEADER or len(data) < start + length:
        raise SealError(tr("%s is damaged (cut short).") % name)
    try:
        header = json.loads(data[start : start + length].decode("ascii"))
        if header.get("format") != FORMAT:
            raise ValueError(header.get("format"))
        version = header.get("version")
        if version != VERSION:
            raise SealError(
                tr("%s has bundle version %s; this program reads version %d.")
                % (name, version, VERSION)
            )
        kit = uuid.UUID(str(header["kit"]))
        nonce = bytes.fromhex(str(header["nonce"]))
    except SealError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise SealError(tr("%s is damaged (unreadable header).") % name) from exc
    if len(nonce) != NONCE_BYTES:
        raise SealError(tr("%s is damaged (unreadable header).") % name)
    return kit, nonce, start + length


def unseal(data: bytes, name: str, key_for: Callable[[uuid.UUID], bytes | None]) -> dict[str, Any]:
    """The document of a sealed bundle, verified with the key of the kit it names
    (`key_for(kit_uuid)`, None for a kit this office did not make)."""
    kit, nonce, end = _header(data, name)
    key = key_for(kit)
    if key is None:
        raise SealError(
            tr(
                "%s comes from a booth kit this office did not create (kit %s): it is "
                "refused. Merge it in the office that made the kit."
            )
            % (name, kit)
        )
    compressed = decrypt(key, nonce, data[end:], data[:end])
    if compressed is None:
        raise SealError(
            tr(
                "%s was changed after the booth wrote it, or was not written with this "
                "kit's key: it is refused and nothing was merged."
            )
            % name
        )
    try:
        inflater = zlib.decompressobj()
        plain = inflater.decompress(compressed, MAX_PLAINTEXT)
        if inflater.unconsumed_tail:
            raise SealError(tr("%s is too large to merge.") % name)
        document = json.loads(plain.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise SealError(tr("%s is damaged (unreadable content).") % name) from exc
    if not isinstance(document, dict):
        raise SealError(tr("%s is damaged (unreadable content).") % name)
    return document
