"""The sealed bundle's format did not change with the AES library (cryptography ->
pycryptodomex): kits sealed on booth laptops before the switch still open."""

from __future__ import annotations

import uuid

import pytest

from app.booth import sealing
from app.booth.sealing import SealError, decrypt, encrypt, seal, unseal

# McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", test case 16:
# AES-256, 96-bit IV, 60-byte plaintext, 20 bytes of associated data.
KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
NONCE = bytes.fromhex("cafebabefacedbaddecaf888")
AAD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
PLAIN = bytes.fromhex(
    "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
    "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"
)
CIPHERTEXT = bytes.fromhex(
    "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
    "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
)
TAG = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")

# A bundle sealed by the earlier implementation (cryptography 51's AESGCM) with the
# key bytes(range(32)) and the nonce 01..0c for kit 12345678-1234-5678-1234-567812345678.
OLD_KIT = uuid.UUID("12345678-1234-5678-1234-567812345678")
OLD_KEY = bytes(range(32))
OLD_BUNDLE = bytes.fromhex(
    "4d44424f4f544800000000807b22666f726d6174223a226d61726b65746465736b2d626f6f74682d"
    "62756e646c65222c226b6974223a2231323334353637382d313233342d353637382d313233342d35"
    "3637383132333435363738222c226e6f6e6365223a22303130323033303430353036303730383039"
    "306130623063222c2276657273696f6e223a327d7d76f18326ddbdca65f4d1cdbe4520638e0eb44c"
    "c517eaa260cce4b9d48c3cc09d1de2ff6ff68f94b384ea4f480ea997cd447d4cd1997e01241b91c3"
    "31fbbe32d1eaf63ae631c3366342"
)
OLD_DOCUMENT = {"leads": [{"name": "张三", "phone": "13800000000"}], "n": 1}


def test_known_answer_ciphertext_then_tag() -> None:
    assert encrypt(KEY, NONCE, PLAIN, AAD) == CIPHERTEXT + TAG
    assert decrypt(KEY, NONCE, CIPHERTEXT + TAG, AAD) == PLAIN


def test_known_answer_refused_when_anything_changes() -> None:
    sealed = CIPHERTEXT + TAG
    flipped = bytes([sealed[0] ^ 1]) + sealed[1:]
    assert decrypt(KEY, NONCE, flipped, AAD) is None
    assert decrypt(KEY, NONCE, sealed, AAD[:-1]) is None
    assert decrypt(bytes(32), NONCE, sealed, AAD) is None
    assert decrypt(KEY, NONCE, sealed[:-1], AAD) is None
    for short in (b"", TAG[:15], TAG):  # cut short: no tag, or a tag alone
        assert decrypt(KEY, NONCE, short, AAD) is None


def test_a_bundle_sealed_by_the_earlier_library_opens() -> None:
    assert unseal(OLD_BUNDLE, "old.mdbundle", {OLD_KIT: OLD_KEY}.get) == OLD_DOCUMENT


def test_seals_byte_for_byte_as_the_earlier_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same key, nonce and compressed content: the very bytes of the old bundle (zlib's
    own output may differ between builds, so the old compressed content is reused)."""
    end = _prefix_length(OLD_BUNDLE)
    compressed = decrypt(OLD_KEY, bytes(range(1, 13)), OLD_BUNDLE[end:], OLD_BUNDLE[:end])
    assert compressed is not None
    monkeypatch.setattr(sealing.os, "urandom", lambda n: bytes(range(1, n + 1)))
    monkeypatch.setattr(sealing.zlib, "compress", lambda data, level: compressed)
    assert seal(OLD_KIT, OLD_KEY, OLD_DOCUMENT) == OLD_BUNDLE


def _prefix_length(data: bytes) -> int:
    return (
        len(sealing.MAGIC) + 4 + int.from_bytes(data[len(sealing.MAGIC) : len(sealing.MAGIC) + 4])
    )


@pytest.mark.parametrize("kept", [0, 1, 15, 16, 17, 73])
def test_a_cut_ciphertext_is_refused_cleanly(kept: int) -> None:
    """Cut anywhere after the header, even before a whole tag: refused, not a crash."""
    data = OLD_BUNDLE[: _prefix_length(OLD_BUNDLE) + kept]
    assert len(data) < len(OLD_BUNDLE)
    with pytest.raises(SealError, match="changed after the booth wrote it"):
        unseal(data, "cut.mdbundle", {OLD_KIT: OLD_KEY}.get)


def test_new_keys_are_random_256_bit() -> None:
    first, second = sealing.new_key(), sealing.new_key()
    assert len(first) == 32 and first != second
