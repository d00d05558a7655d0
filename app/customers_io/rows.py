"""Validating one file row into customer values (no database access).

A row is new, merged (same customer as an earlier row or as a customer in the
database), rejected (with the reason) or skipped (blank, totals, repeated
header). Rules follow app.customers.validation: a name, at least one way to
reach the person, a minor only with the guardian's name and consent.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from app.customers.phones import Phone
from app.customers_io.cells import (
    cell_bool,
    cell_date,
    cell_id_number,
    cell_text,
    is_totals_row,
    number_text_problem,
)
from app.customers_io.fastphone import fast_normalize
from app.customers_io.fields import field_label
from app.errors import ValidationError, tr

NEW, MERGED, REJECTED, SKIPPED = "new", "merged", "rejected", "skipped"

# Stored text fields and their length limits (the model's columns).
TEXT_LIMITS = {"name": 100, "wechat": 60, "grade": 20, "school": 100, "guardian_name": 100,
               "district": 40, "training_needs": 4000, "course_interests": 200,
               "notes": 4000, "source_event": 200}
# Fields that fill blanks of an existing customer when a row merges into it.
MERGE_FIELDS = ("name", "mobile", "guardian_phone", "wechat", "gender", "grade", "school",
                "guardian_name", "district", "training_needs", "course_interests",
                "channel_id", "source_event", "owner_id")


@dataclass(slots=True)
class RowResult:
    row: int                     # the row number Excel shows (1-based)
    status: str
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Any] | None = None
    key: tuple | None = None
    merged_into_row: int | None = None   # an earlier row of the file
    existing_id: int | None = None       # a customer already in the database


@dataclass
class Lookups:
    """Reference data rows are matched against: channels and staff by name."""

    channels: dict[str, int] = field(default_factory=dict)   # lower name/code -> id
    channel_names: list[tuple[str, int]] = field(default_factory=list)
    staff: dict[str, int] = field(default_factory=dict)      # name -> id
    default_owner_id: int | None = None
    today: dt.date = field(default_factory=dt.date.today)
    consent_wording: str = ""
    header_name: str = ""        # the name column's header text (a repeated header row)
    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # cleaned text cells


_TEXT_KEYS = ("name", "wechat", "grade", "school", "guardian_name", "district",
              "training_needs", "course_interests", "notes", "source_event")
_GENDERS = {"男": "M", "m": "M", "male": "M", "男性": "M", "boy": "M",
            "女": "F", "f": "F", "female": "F", "女性": "F", "girl": "F"}


def _text(values: dict, key: str, raw: Any) -> None:
    text = cell_text(raw)
    if not text:
        return
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).strip()
    limit = TEXT_LIMITS[key]
    if len(text) > limit:
        raise ValueError(tr("%s is too long (at most %d characters).")
                         % (field_label(key), limit))
    values[key] = text


def _phone(key: str, raw: Any) -> Phone | None:
    problem = number_text_problem(raw)
    if problem:
        raise ValueError(problem)
    try:
        return fast_normalize(raw, key)
    except ValidationError as exc:
        raise ValueError(exc.message) from None


@functools.lru_cache(maxsize=4096)
def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def validate_row(number: int, cells: list[Any], columns: list[tuple[int, str]],
                 lookups: Lookups) -> RowResult:
    """One row -> RowResult. `columns` lists (column index, field key) of the mapping."""
    raw: dict[str, Any] = {}
    width = len(cells)
    for index, key in columns:
        if index < width:
            value = cells[index]
            if value is not None and value != "" and (
                    value.__class__ is not str or value.strip()):
                raw[key] = value
    if not raw:
        return RowResult(number, SKIPPED, tr("blank row"))
    if is_totals_row(cells):
        return RowResult(number, SKIPPED, tr("totals row"))
    name = raw.get("name")
    if name.__class__ is str and name.strip() == lookups.header_name:
        return RowResult(number, SKIPPED, tr("repeated header row"))
    values: dict[str, Any] = {}
    warnings: list[str] = []
    current = ""
    try:
        memo = lookups.texts
        for key in _TEXT_KEYS:
            if key in raw:
                current = key
                value = raw[key]
                # Grades, schools, courses, districts repeat: clean each value once.
                cached = memo.get((key, value)) if value.__class__ is str else None
                if cached is None:
                    _text(values, key, value)
                    if value.__class__ is str and len(memo) < 200_000:
                        memo[(key, value)] = values.get(key, "")
                elif cached:
                    values[key] = cached
        if not values.get("name"):
            raise ValueError(tr("The name is missing."))
        current = "mobile"
        mobile = _phone("mobile", raw.get("mobile"))
        current = "guardian_phone"
        guardian = _phone("guardian_phone", raw.get("guardian_phone"))
        for phone in (mobile, guardian):
            if phone is not None and phone.warning:
                warnings.append(phone.warning)
        values["mobile"] = mobile.e164 if mobile else None
        values["guardian_phone"] = guardian.e164 if guardian else None
        current = "created_on"
        created = cell_date(raw.get("created_on"))
        if created is not None:
            if created > lookups.today:
                raise ValueError(tr("The date %s is in the future.") % created.isoformat())
            if created.year < 1990:
                raise ValueError(tr("The date %s is too long ago.") % created.isoformat())
            values["created_at"] = _local_midnight_utc(created)
        current = "birth_date"
        birth = cell_date(raw.get("birth_date"))
        if birth is not None:
            age = _age_on(birth, lookups.today)
            if not 0 <= age <= 120:
                raise ValueError(tr("%s is not a plausible date of birth.") % birth.isoformat())
            values["is_minor"] = age < 18
        current = "consent"
        consent = cell_bool(raw.get("consent"))
        current = "guardian_consent"
        guardian_consent = cell_bool(raw.get("guardian_consent"))
        current = "id_number"
        if "id_number" in raw:
            try:
                cell_id_number(raw["id_number"])
            except ValueError as exc:
                warnings.append(str(exc))
    except ValueError as exc:
        label = field_label(current)
        return RowResult(number, REJECTED, f"{label}: {exc}")
    if values["mobile"] is None and values["guardian_phone"] is None and not values.get("wechat"):
        return RowResult(number, REJECTED, tr(
            "No way to reach the customer: give a mobile, a guardian phone or WeChat."))
    if values.get("is_minor"):
        if not values.get("guardian_name"):
            return RowResult(number, REJECTED, tr("A minor needs a guardian's name."))
        if not guardian_consent:
            return RowResult(number, REJECTED, tr(
                "A minor's data may only be kept with the guardian's consent."))
    if guardian_consent:
        values["guardian_consent"] = True
    if consent:
        values["consent_contact"] = True
        values["consent_wording"] = lookups.consent_wording
    gender = raw.get("gender")
    if gender is not None:
        code = _GENDERS.get(cell_text(gender).lower())
        if code:
            values["gender"] = code
        else:
            warnings.append(tr("Unknown gender '%s' left empty.") % cell_text(gender))
    tier = raw.get("tier")
    if tier is not None:
        text = unicodedata.normalize("NFKC", cell_text(tier)).strip().upper()
        if text[:1] in ("A", "B", "C"):
            values["tier"] = text[:1]
        else:
            warnings.append(tr("Unknown tier '%s': B used.") % cell_text(tier))
    channel = raw.get("channel")
    if channel is not None:
        _match_channel(cell_text(channel), values, warnings, lookups)
    owner = raw.get("owner")
    if owner is not None:
        owner_name = cell_text(owner)
        owner_id = lookups.staff.get(owner_name)
        if owner_id is None:
            warnings.append(tr("No staff member is called '%s': no owner set.") % owner_name)
        else:
            values["owner_id"] = owner_id
    if "owner_id" not in values and lookups.default_owner_id is not None:
        values["owner_id"] = lookups.default_owner_id
    if values["mobile"] is not None:
        key: tuple = ("m", values["mobile"])
    elif values["guardian_phone"] is not None:
        key = ("g", values["guardian_phone"], values["name"])
    else:
        key = ("w", values["wechat"].lower())
    return RowResult(number, NEW, warnings=warnings, values=values, key=key)


def _match_channel(text: str, values: dict, warnings: list[str], lookups: Lookups) -> None:
    lowered = text.lower()
    channel_id = lookups.channels.get(lowered)
    if channel_id is None:
        # 微信公众号 -> 微信: the longest channel name contained in the text.
        best = max(((name, cid) for name, cid in lookups.channel_names if name in lowered),
                   key=lambda item: len(item[0]), default=None)
        if best is not None:
            channel_id = best[1]
            lookups.channels[lowered] = channel_id
    if channel_id is not None:
        values["channel_id"] = channel_id
        return
    warnings.append(tr("Unknown channel '%s': kept as the source event.") % text)
    if not values.get("source_event"):
        values["source_event"] = text[:TEXT_LIMITS["source_event"]]


def combine(primary: dict[str, Any], other: dict[str, Any]) -> None:
    """Merge a later row of the same customer into the first: blanks are filled,
    notes that differ are appended."""
    for key, value in other.items():
        if key == "notes":
            notes = primary.get("notes", "")
            if value and value not in notes:
                primary["notes"] = f"{notes}；{value}" if notes else value
        elif value not in (None, "", False) and primary.get(key) in (None, "", False):
            primary[key] = value
