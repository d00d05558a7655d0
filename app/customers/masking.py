"""Masking of personal data for roles that may not see it (DESIGN.md section 3).

One place decides: the table, the detail dialog, exports and printed reports
all call these, so a finance user never sees a full phone number anywhere.
"""

from __future__ import annotations

from app.context import Actor
from app.customers.permissions import CustomerPermission

MASK = "****"


def may_see_contacts(actor: Actor) -> bool:
    return actor.can(CustomerPermission.VIEW_CUSTOMER_CONTACTS)


def mask_phone(number: str) -> str:
    """138****5678; short numbers keep only their last two digits visible."""
    if not number:
        return ""
    if number.startswith("+"):
        return number[:3] + MASK + number[-4:] if len(number) > 8 else MASK
    if len(number) >= 8:
        return number[:3] + MASK + number[-4:]
    return MASK + number[-2:] if len(number) > 2 else MASK


def mask_name(name: str) -> str:
    """张** : the surname stays so that a call can still address the person politely."""
    if not name:
        return ""
    return name[0] + "*" * max(1, len(name) - 1)


def mask_text(value: str) -> str:
    """WeChat ids and other free identifiers: first character, then stars."""
    if not value:
        return ""
    return value[0] + "***"


def phone_for(actor: Actor, number: str) -> str:
    return number if may_see_contacts(actor) else mask_phone(number)


def guardian_name_for(actor: Actor, name: str) -> str:
    return name if may_see_contacts(actor) else mask_name(name)


def wechat_for(actor: Actor, wechat: str) -> str:
    return wechat if may_see_contacts(actor) else mask_text(wechat)
