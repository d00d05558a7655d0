"""What a booth lead adds to a customer the office has already (same mobile).

The booth may have learned what the office does not know: the consent given at
the booth (kept with its time, so the office can show when it was given), the
guardian's phone, the school, the grade. Those fill the customer's blanks; where
the office already has a different value, the office's value stays and the
conflict is listed in the merge report.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.customers.keys import search_columns
from app.customers.phones import national_of
from app.customers.validation import CleanCustomer
from app.customers_io.bundle_leads import parse_time
from app.customers_io.translation import tr
from app.service import Transaction, jsonable
from db.models.customers import Customer

FILL_FIELDS = ("guardian_name", "guardian_phone", "school", "grade")


def _label(key: str) -> str:
    return {
        "guardian_name": tr("guardian"),
        "guardian_phone": tr("guardian phone"),
        "school": tr("school"),
        "grade": tr("grade"),
    }[key]


def _shown(key: str, value: str) -> str:
    return national_of(value) if key == "guardian_phone" else value


def fill_from_booth(
    tx: Transaction,
    customer: Customer,
    clean: CleanCustomer,
    raw: dict[str, Any],
    captured: dt.datetime,
    bundle_id: str,
) -> tuple[list[str], list[str]]:
    """Fill `customer`'s blanks and consents from the lead; (what was filled, the
    conflicts), both as report texts. Audited when anything changed."""
    data = clean.data
    before: dict[str, Any] = {}
    filled: list[str] = []
    conflicts: list[str] = []
    for key in FILL_FIELDS:
        booth = getattr(data, key) or ""
        office = getattr(customer, key) or ""
        if not booth or booth == office:
            continue
        if not office:
            before[key] = office or None
            setattr(customer, key, booth)
            filled.append(_label(key))
        else:
            conflicts.append(
                tr("%s: the office has %s, the booth wrote %s (the office's is kept)")
                % (_label(key), _shown(key, office), _shown(key, booth))
            )
    if data.consent_contact and not customer.consent_contact:
        before.update(consent_contact=False, consent_at=jsonable(customer.consent_at))
        customer.consent_contact = True
        customer.consent_at = parse_time(raw.get("consent_at")) or captured
        if not customer.consent_wording:
            customer.consent_wording = data.consent_wording
        filled.append(tr("consent to be contacted"))
    if data.is_minor and data.guardian_consent and not customer.guardian_consent:
        before.update(guardian_consent=False, is_minor=customer.is_minor)
        customer.is_minor = True
        customer.guardian_consent = True
        customer.guardian_consent_at = parse_time(raw.get("guardian_consent_at")) or captured
        filled.append(tr("guardian's consent"))
    if "guardian_phone" in before:
        for key, value in search_columns(
            customer.name, customer.mobile, customer.guardian_phone
        ).items():
            setattr(customer, key, value)
    if before:
        tx.session.flush()
        tx.audit(
            "update",
            entity="customers",
            entity_id=customer.id,
            before=before,
            after={key: jsonable(getattr(customer, key)) for key in before},
            summary=tr("filled from booth bundle %s") % bundle_id,
        )
    return filled, conflicts
