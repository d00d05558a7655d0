"""The stored search columns of a customer, computed once on save.

Everything that writes customers (the service, import, booth bundles, the
demo) calls `search_columns` (or `search_values`, the same as a tuple) so that
the columns always agree with search.
"""

from __future__ import annotations

from app.customers.phones import national_of
from app.customers.pinyin import pinyin_keys

SEARCH_COLUMNS = ("name_pinyin", "name_initials", "mobile_last4", "guardian_last4",
                  "phone_digits")


def _national(e164: str | None) -> str:
    # national_of, without the call for the common "+861..." mobile.
    if e164 is not None and len(e164) == 14 and e164.startswith("+861"):
        return e164[3:]
    return national_of(e164)


def search_values(name: str, mobile_e164: str | None,
                  guardian_e164: str | None) -> tuple[str, str, str, str, str]:
    """The SEARCH_COLUMNS values, in that order."""
    full, initials = pinyin_keys(name)
    mobile = _national(mobile_e164)
    guardian = _national(guardian_e164)
    if mobile and guardian:
        digits = f"{mobile.lstrip('+')} {guardian.lstrip('+')}"[:60]
    else:
        digits = (mobile or guardian).lstrip("+")[:60]
    return (full[:400], initials[:100], mobile[-4:] if mobile else "",
            guardian[-4:] if guardian else "", digits)


def search_columns(name: str, mobile_e164: str | None,
                   guardian_e164: str | None) -> dict[str, str]:
    return dict(zip(SEARCH_COLUMNS, search_values(name, mobile_e164, guardian_e164),
                    strict=True))
