"""Verification code of a printed claim form: claim number + a keyed hash of its content.

    BX-2026-0042-7F3A9C

The hash is HMAC-SHA-256, keyed with a random secret kept in the database
(meta table), over a canonical serialisation of what the paper shows and the
money depends on: number, claimant, department, date, purpose, attachment
count, every line, the total and whether finance has approved it. Someone
holding the paper can type or scan the code; the program recomputes it from
the database. A form printed before a change (or a draft printed before finance
approval) no longer matches. Approvals after finance (payment) do not change
the code, so a form printed at approval stays valid once paid.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass

from app.printing.claim_form import ClaimForm

HASH_CHARS = 6
_CODE = re.compile(rf"^(BX-\d{{4}}-\d{{4,}})-([0-9A-F]{{{HASH_CHARS}}})$")
META_KEY = "claim_verification_key"


def canonical(form: ClaimForm) -> bytes:
    payload = {
        "number": form.number,
        "claimant": form.claimant,
        "department": form.department,
        "date": form.date.isoformat(),
        "purpose": form.purpose,
        "attachments": int(form.attachment_count),
        "lines": [
            [
                line.date.isoformat(),
                line.place,
                line.category,
                line.description,
                int(line.amount_fen),
                line.invoice,
            ]
            for line in form.lines
        ],
        "total": int(form.total_fen),
        "approved": bool(form.finance_approved),
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def content_hash(form: ClaimForm, key: bytes) -> str:
    digest = hmac.new(key, canonical(form), hashlib.sha256).hexdigest()
    return digest[:HASH_CHARS].upper()


def verification_code(form: ClaimForm, key: bytes) -> str:
    return f"{form.number}-{content_hash(form, key)}"


def normalise_code(text: str) -> str:
    """What a person types or a scanner sends: full-width, lower case, spaces, odd dashes."""
    text = unicodedata.normalize("NFKC", text or "").strip().upper()
    text = re.sub(r"\s+", "", text)
    return re.sub(r"[\u2010-\u2015\u2212_]", "-", text)


@dataclass(frozen=True)
class ParsedCode:
    number: str
    hash: str


def parse_code(text: str) -> ParsedCode | None:
    match = _CODE.match(normalise_code(text))
    if not match:
        return None
    return ParsedCode(match.group(1), match.group(2))


def verify_code(code: str, form: ClaimForm, key: bytes) -> bool:
    """Does a code from paper match this claim as it is now?"""
    parsed = parse_code(code)
    if parsed is None or parsed.number != form.number:
        return False
    return hmac.compare_digest(parsed.hash, content_hash(form, key))


def new_key() -> str:
    return secrets.token_hex(32)
