"""The stored search columns of a customer, computed once on save.

Everything that writes customers (the service, import, booth bundles, the
demo) calls `search_columns` so that the columns always agree with search.
"""

from __future__ import annotations

from app.customers.phones import national_of
from app.customers.pinyin import pinyin_keys


def search_columns(name: str, mobile_e164: str | None,
                   guardian_e164: str | None) -> dict[str, str]:
    full, initials = pinyin_keys(name)
    mobile = national_of(mobile_e164)
    guardian = national_of(guardian_e164)
    return {
        "name_pinyin": full[:400],
        "name_initials": initials[:100],
        "mobile_last4": mobile[-4:] if mobile else "",
        "guardian_last4": guardian[-4:] if guardian else "",
        "phone_digits": " ".join(p.lstrip("+") for p in (mobile, guardian) if p)[:60],
    }
