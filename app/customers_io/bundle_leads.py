"""Reading the leads and visits of a booth bundle: every value is checked.

A bundle is sealed with its kit's key (app/booth/sealing.py), so only a kit the
office made can write one; still, a damaged kit or a later version may write
values of the wrong shape, and a wrong shape must be refused with a message
naming the lead, never an AttributeError.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from app.customers.rows import CustomerInput
from app.customers.validation import CleanCustomer, validate_customer
from app.customers_io.translation import tr
from app.errors import ValidationError

# Longest lead name a report line shows (a name can be 5,000 characters of junk).
NAME_SHOWN = 30
TEXT_FIELDS = (
    "name",
    "mobile",
    "wechat",
    "gender",
    "grade",
    "school",
    "guardian_name",
    "guardian_phone",
    "district",
    "course_interests",
    "notes",
    "source_event",
    "consent_wording",
)
FLAG_FIELDS = ("consent_contact", "is_minor", "guardian_consent")
LEAD_FIELDS = (*TEXT_FIELDS, "tier", *FLAG_FIELDS)
VISIT_METHODS = ("phone", "wechat", "visit", "sms")
VISIT_TEXT_MAX = 4000


def brief_name(value: Any, index: int) -> str:
    """How a report names a lead: its name cut to NAME_SHOWN characters, or its
    place in the bundle when it has no usable name."""
    if isinstance(value, str) and value.strip():
        name = " ".join(value.split())
        return name if len(name) <= NAME_SHOWN else name[: NAME_SHOWN - 1] + "…"
    return tr("lead %d") % (index + 1)


def parse_time(value: Any) -> dt.datetime | None:
    """A time the booth wrote (ISO 8601); None when missing or unreadable, and the
    merge then uses the time of merging."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def parse_uuid(value: Any) -> UUID | None:
    if not isinstance(value, str):
        return None
    try:
        return UUID(value)
    except ValueError:
        return None


def staff_id_of(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass
class Lead:
    """A lead of a bundle as read: its UUID (None when invalid) and its validated
    profile (or the ValidationError that refuses it)."""

    raw: dict[str, Any]
    name: str  # brief, for the report
    uuid: UUID | None
    clean: CleanCustomer | ValidationError
    owner: int | None  # the capturing staff member's id (the office's ids)

    @classmethod
    def read(cls, lead: Any, index: int, channels: dict[str, int]) -> Lead:
        if not isinstance(lead, dict):
            error = ValidationError(
                "lead",
                tr("the lead is not a record but %s; the bundle is damaged.") % type(lead).__name__,
            )
            return cls({}, brief_name(None, index), None, error, None)
        name = brief_name(lead.get("name"), index)
        ident = parse_uuid(lead.get("uuid"))
        try:
            clean: CleanCustomer | ValidationError = validate_customer(_input(lead, channels))
        except ValidationError as exc:
            clean = exc
        return cls(lead, name, ident, clean, staff_id_of(lead.get("owner")))


def _input(lead: dict[str, Any], channels: dict[str, int]) -> CustomerInput:
    values: dict[str, Any] = {}
    for key in TEXT_FIELDS:
        value = lead.get(key)
        if value is not None and not isinstance(value, str):
            raise ValidationError(key, tr("%s is not text.") % key)
        values[key] = value or ""
    for key in FLAG_FIELDS:
        value = lead.get(key)
        if value is not None and not isinstance(value, bool):
            raise ValidationError(key, tr("%s is not yes or no.") % key)
        values[key] = bool(value)
    tier = lead.get("tier")
    channel = lead.get("channel")
    return CustomerInput(
        **values,
        tier=tier if isinstance(tier, str) and tier else "B",
        channel_id=channels.get(channel) if isinstance(channel, str) else None,
    )


@dataclass
class Visit:
    """A follow-up the booth recorded on one of its leads."""

    uuid: UUID | None
    customer: UUID | None  # the lead's UUID
    staff: int | None
    method: str
    content: str
    done_at: dt.datetime | None
    error: str = ""

    @classmethod
    def read(cls, raw: Any) -> Visit:
        if not isinstance(raw, dict):
            return cls(None, None, None, "", "", None, tr("the visit is not a record."))
        method = raw.get("method")
        content = raw.get("content")
        error = ""
        if method not in VISIT_METHODS:
            error = tr("the visit has an unknown method.")
        elif not isinstance(content, str) or not content.strip():
            error = tr("the visit has no text.")
        return cls(
            parse_uuid(raw.get("uuid")),
            parse_uuid(raw.get("customer")),
            staff_id_of(raw.get("staff")),
            method if isinstance(method, str) else "",
            content[:VISIT_TEXT_MAX] if isinstance(content, str) else "",
            parse_time(raw.get("done_at")),
            error,
        )
