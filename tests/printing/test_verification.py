"""The verification code: matches the claim it was printed from, fails after any change."""

from __future__ import annotations

import dataclasses

import pytest

from app.printing.verification import (
    normalise_code,
    parse_code,
    verification_code,
    verify_code,
)
from tests.printing.helpers import sample_form

KEY = bytes(range(32))


def test_code_is_number_and_six_hex_digits():
    code = verification_code(sample_form(), KEY)
    assert code.startswith("BX-2026-0042-")
    assert parse_code(code).number == "BX-2026-0042"
    assert len(parse_code(code).hash) == 6
    assert verify_code(code, sample_form(), KEY)


def test_typed_variants_are_accepted():
    code = verification_code(sample_form(), KEY)
    assert verify_code(" " + code.lower() + "\n", sample_form(), KEY)
    fullwidth = code.translate(
        str.maketrans("0123456789ABCDEF-", "０１２３４５６７８９ＡＢＣＤＥＦ－")
    )
    assert normalise_code(fullwidth) == code
    assert verify_code(fullwidth, sample_form(), KEY)


@pytest.mark.parametrize(
    "change",
    [
        lambda f: dataclasses.replace(
            f, lines=(dataclasses.replace(f.lines[0], amount_fen=140951),) + f.lines[1:]
        ),
        lambda f: dataclasses.replace(f, lines=f.lines[:-1]),
        lambda f: dataclasses.replace(
            f, lines=(dataclasses.replace(f.lines[0], invoice="1"),) + f.lines[1:]
        ),
        lambda f: dataclasses.replace(f, claimant="李四"),
        lambda f: dataclasses.replace(f, purpose="别的事由"),
        lambda f: dataclasses.replace(f, attachment_count=9),
        lambda f: dataclasses.replace(f, finance_approved=True),
    ],
    ids=["amount", "line removed", "invoice", "claimant", "purpose", "attachments", "approval"],
)
def test_any_change_breaks_the_code(change):
    code = verification_code(sample_form(), KEY)
    assert not verify_code(code, change(sample_form()), KEY)


def test_payment_after_approval_keeps_the_code():
    approved = sample_form(approved=True)
    code = verification_code(approved, KEY)
    paid = dataclasses.replace(approved, status="paid")
    assert verify_code(code, paid, KEY)


def test_other_key_other_number_and_garbage_fail():
    form = sample_form()
    code = verification_code(form, KEY)
    assert not verify_code(code, form, bytes(32))
    assert not verify_code(code, dataclasses.replace(form, number="BX-2026-0043"), KEY)
    for garbage in ("", "hello", "BX-2026-0042", "BX-2026-0042-XYZXYZ", code + "0"):
        assert parse_code(garbage) is None
        assert not verify_code(garbage, form, KEY)
