"""Phone number normalisation with `phonenumbers` (mobile and landline).

What users type or paste: "138 1234 5678", "138-1234-5678", "+86 138...",
"0086138...", full-width digits, "010-12345678", and spreadsheet cells that
arrived as numbers (13812345678.0 or "1.3812345678E10"). Everything is stored as
E.164 ("+8613812345678"). A value that cannot be a phone (letters, wrong length)
is refused; one that is well formed but in an unallocated range is accepted with
a warning (26% of random 1[3-9] numbers are "invalid" per the library).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from app.customers.translation import tr
from app.errors import ValidationError

DEFAULT_REGION = "CN"
_ALLOWED_PUNCTUATION = set(" -+()./\u3000\u2010\u2011\u2012\u2013\u2014\u2015")
_FLOAT_LIKE = re.compile(r"^\d+\.0+$|^\d+(\.\d+)?[eE]\+?\d+$")


@dataclass(frozen=True)
class Phone:
    e164: str  # "+8613812345678"
    national: str  # "13812345678" / "01012345678"
    is_mobile: bool
    warning: str = ""  # non-empty: accepted, but the number looks unallocated

    @property
    def last4(self) -> str:
        return self.national[-4:]


def _clean(raw: object) -> str:
    """Text of the value with full-width characters folded and float artefacts removed."""
    if isinstance(raw, bool):
        return str(raw)
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if not math.isfinite(raw) or raw != int(raw):
            return str(raw)
        return str(int(raw))
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    if _FLOAT_LIKE.match(text):
        try:
            value = Decimal(text)
        except InvalidOperation:
            return text
        if value == value.to_integral_value():
            return str(int(value))
    return text


def normalize_phone(
    raw: object, field: str = "mobile", *, mobile_only: bool = False
) -> Phone | None:
    """Parse a phone number; None for an empty value, ValidationError(field) if impossible."""
    if raw is None:
        return None
    text = _clean(raw)
    if not text:
        return None
    if text[0] in "-\u2212":
        # -13812345678: a negative number cell, or its text in a CSV Excel wrote (a
        # full-width minus is folded to "-"). A sign, not a separator to drop.
        raise ValidationError(
            field, tr("'%s' is not a phone number: it is a negative number.") % text
        )
    bad = [ch for ch in text if not (ch.isdigit() or ch in _ALLOWED_PUNCTUATION)]
    if bad:
        raise ValidationError(
            field, tr("'%s' is not a phone number: it contains letters or symbols.") % text
        )
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.startswith("00"):
        text = "+" + text[2:].lstrip()
    elif digits.startswith("86") and len(digits) == 13 and digits[2] == "1":
        # "86 138..." without the plus: a country code typed as digits.
        text = "+" + digits
    # Here, not at the top: the customers tab imports this module, and phonenumbers
    # (~40 ms, 50 data modules) is needed only once a number is typed or imported.
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberType

    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except NumberParseException as exc:
        raise ValidationError(field, tr("'%s' is not a phone number.") % text) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(
            field, tr("'%s' is not a phone number: wrong number of digits.") % text
        )
    national = phonenumbers.national_significant_number(number)
    china = number.country_code == 86
    if china and national.startswith("1") and not national.startswith("10") and len(national) != 11:
        raise ValidationError(
            field, tr("'%s' is not a mobile number: a mobile number has 11 digits.") % text
        )
    if china:
        is_mobile = _is_cn_mobile_shape(national)
        if not is_mobile:
            national = "0" + national  # landlines are written with the trunk 0 in China
    else:
        is_mobile = phonenumbers.number_type(number) in (
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )
    if mobile_only and not is_mobile:
        raise ValidationError(field, tr("'%s' is not a mobile number.") % text)
    warning = ""
    if not phonenumbers.is_valid_number(number):
        warning = tr("%s looks unallocated (no operator uses this range). Check it.") % national
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(e164=e164, national=national, is_mobile=is_mobile, warning=warning)


def _is_cn_mobile_shape(national_significant: str) -> bool:
    return len(national_significant) == 11 and national_significant.startswith("1")


def national_of(e164: str | None) -> str:
    """Display form of a stored number: national digits for China, E.164 otherwise."""
    if not e164:
        return ""
    if e164.startswith("+86"):
        rest = e164[3:]
        return rest if _is_cn_mobile_shape(rest) else "0" + rest
    return e164
