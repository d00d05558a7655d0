"""The stored search columns of a customer, computed once on save.

Everything that writes customers (the service, import, booth bundles, the
demo) calls `search_columns` (or `search_values`, the same as a tuple) so that
the columns always agree with search.
"""

from __future__ import annotations

from app.customers.phones import national_of
from app.customers.pinyin import name_keys

SEARCH_COLUMNS = (
    "name_pinyin",
    "name_initials",
    "mobile_last4",
    "guardian_last4",
    "phone_digits",
    "name_given_pinyin",
    "name_mixed_pinyin",
)


def _plain_mobile(e164: str | None) -> bool:
    """None or a "+861..." mainland mobile, whose national form is e164[3:]."""
    return e164 is None or len(e164) == 14 and e164[:4] == "+861"


def _national(e164: str | None) -> str:
    # national_of, without the call for the common "+861..." mobile.
    if e164 is not None and _plain_mobile(e164):
        return e164[3:]
    return national_of(e164)


def search_values(
    name: str, mobile_e164: str | None, guardian_e164: str | None
) -> tuple[str, str, str, str, str, str, str]:
    """The SEARCH_COLUMNS values, in that order."""
    full, initials, given, mixed = name_keys(name)
    mobile = _national(mobile_e164)
    guardian = _national(guardian_e164)
    if mobile and guardian:
        digits = f"{mobile.lstrip('+')} {guardian.lstrip('+')}"[:60]
    else:
        digits = (mobile or guardian).lstrip("+")[:60]
    return (
        full[:400],
        initials[:100],
        mobile[-4:] if mobile else "",
        guardian[-4:] if guardian else "",
        digits,
        given[:400],
        mixed[:400],
    )


def search_columns(name: str, mobile_e164: str | None, guardian_e164: str | None) -> dict[str, str]:
    return dict(zip(SEARCH_COLUMNS, search_values(name, mobile_e164, guardian_e164), strict=True))


def search_value_columns(
    names: list[str], mobiles: list[str | None], guardians: list[str | None]
) -> list[list[str]]:
    """`search_values` of many customers, as one list per SEARCH_COLUMNS column (for
    a bulk insert). When every phone is a plain mobile (nearly every imported list)
    the columns are sliced from the numbers in comprehensions, ~0.1 s less for
    100,000 rows; otherwise row by row. tests/customers/test_keys.py compares."""
    if not (all(map(_plain_mobile, mobiles)) and all(map(_plain_mobile, guardians))):
        return list(map(list, zip(*map(search_values, names, mobiles, guardians), strict=True)))
    pinyins = list(map(name_keys, names))
    return [
        [keys[0][:400] for keys in pinyins],
        [keys[1][:100] for keys in pinyins],
        [m[-4:] if m is not None else "" for m in mobiles],
        [g[-4:] if g is not None else "" for g in guardians],
        [
            (m[3:] if g is None else f"{m[3:]} {g[3:]}")
            if m is not None
            else ("" if g is None else g[3:])
            for m, g in zip(mobiles, guardians, strict=True)
        ],
        [keys[2][:400] for keys in pinyins],
        [keys[3][:400] for keys in pinyins],
    ]
