"""Validating one file row into customer values (no database access).

A row is new, merged (same customer as an earlier row or as a customer in the
database), rejected (with the reason) or skipped (blank, totals, repeated
header). Rules follow app.customers.validation: a name, at least one way to
reach the person, a minor only with the guardian's name and consent.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from app.customers.fields import CUSTOMER_FIELDS, FORMAT_SCREENS
from app.customers.phones import normalize_phone
from app.customers_io.cells import (
    cell_bool,
    cell_date,
    cell_id_number,
    cell_text,
    is_totals_row,
    number_text_problem,
)
from app.customers_io.fastphone import cn_valid_pattern
from app.customers_io.fields import field_label
from app.customers_io.translation import tr
from app.errors import ValidationError

NEW, MERGED, REJECTED, SKIPPED = "new", "merged", "rejected", "skipped"

# Fields that fill blanks of an existing customer when a row merges into it.
MERGE_FIELDS = (
    "name",
    "mobile",
    "guardian_phone",
    "wechat",
    "gender",
    "grade",
    "school",
    "guardian_name",
    "district",
    "training_needs",
    "course_interests",
    "channel_id",
    "source_event",
    "owner_id",
)


@dataclass(slots=True)
class RowResult:
    row: int  # the row number Excel shows (1-based)
    status: str
    reason: str = ""
    warnings: list[str] = field(default_factory=list)
    values: dict[str, Any] | None = None
    key: tuple | None = None
    merged_into_row: int | None = None  # an earlier row of the file
    existing_id: int | None = None  # a customer already in the database


@dataclass
class Lookups:
    """Reference data rows are matched against: channels and staff by name."""

    channels: dict[str, int] = field(default_factory=dict)  # lower name/code -> id
    channel_names: list[tuple[str, int]] = field(default_factory=list)
    staff: dict[str, int] = field(default_factory=dict)  # name -> id
    default_owner_id: int | None = None
    today: dt.date = field(default_factory=dt.date.today)
    consent_wording: str = ""
    header_name: str = ""  # the name column's header text (a repeated header row)
    memos: dict[str, dict] = field(default_factory=dict)  # per field: cell -> converted


_TEXT_KEYS = (
    "name",
    "wechat",
    "grade",
    "school",
    "guardian_name",
    "district",
    "training_needs",
    "course_interests",
    "notes",
    "source_event",
)
# Their rules and length limits come from the customer form's table.
TEXT_RULES = {key: CUSTOMER_FIELDS[key] for key in _TEXT_KEYS}
TEXT_LIMITS = {key: rule.max_length for key, rule in TEXT_RULES.items()}
_GENDERS = {
    "男": "M",
    "m": "M",
    "male": "M",
    "男性": "M",
    "boy": "M",
    "女": "F",
    "f": "F",
    "female": "F",
    "女性": "F",
    "girl": "F",
}


@functools.lru_cache(maxsize=4096)
def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone(dt.UTC)


def _age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


class _Error:
    """A cell that cannot be used: a name or contact problem rejects the row with this
    message; another field is left empty with a warning (validate_rows). A message
    from a field rule names its field already (`named`): it is the form's message."""

    __slots__ = ("keep", "message", "named")

    def __init__(self, message: str, named: bool = False, keep: str | None = None) -> None:
        self.message = message
        self.named = named
        self.keep = keep  # a value kept despite the problem (the row gets a warning)


def _blank(value: Any) -> bool:
    return value is None or value == "" or (value.__class__ is str and not value.strip())


def _column(rows: list[list[Any]], index: int | None, shortest: int) -> list[Any]:
    if index is None:
        return [None] * len(rows)
    if index < shortest:  # every row reaches the column (always for spreadsheets)
        return list(map(operator.itemgetter(index), rows))
    return [r[index] if index < len(r) else None for r in rows]


def _memo_convert(column: list[Any], memo: dict, convert) -> tuple[list[Any], bool]:
    """convert(value) for each non-blank cell (None for blank ones), once per distinct
    value: grades, schools, dates, channels repeat in every customer list. Also
    whether any converted cell is an _Error."""
    try:
        distinct = set(column)
    except TypeError:  # an unhashable cell value
        return _memo_convert_slow(column, memo, convert)
    if len(memo) + len(distinct) > 300_000:
        memo.clear()
    for value in distinct.difference(memo):
        memo[value] = None if value is None or _blank(value) else convert(value)
    try:
        out = list(map(memo.__getitem__, column))
    except KeyError:  # a value not equal to itself (NaN)
        return _memo_convert_slow(column, memo, convert)
    return out, any(memo[value].__class__ is _Error for value in distinct)


def _memo_convert_slow(column: list[Any], memo: dict, convert) -> tuple[list[Any], bool]:
    out: list[Any] = []
    for value in column:
        try:
            result = memo[value]
        except (KeyError, TypeError):
            result = None if value is None or _blank(value) else convert(value)
        out.append(result)
    return out, any(v.__class__ is _Error for v in out)


# A CSV quote opened and never closed runs the next lines of the file into one
# cell: a line break, then a line holding a phone-like digit run or two delimiters.
_SWALLOWED = re.compile(r"[\r\n][^\r\n]*?(?:\d{7}|[,\t;|][^\r\n]*[,\t;|])")
_LINE_BREAK = re.compile(r"[\r\n]")


def _text_converter(key: str):
    rule = TEXT_RULES[key]

    def convert(value: Any) -> str | _Error | None:
        text = cell_text(value)
        if "\x00" in text:  # a NUL is never part of a value (and PostgreSQL refuses it)
            text = text.replace("\x00", "").strip()
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text).strip()
        if not text:
            return None
        problem = rule.problem(text)
        if problem is not None:
            return _Error(problem, named=True)
        if key != "name" and _SWALLOWED.search(text) is not None:
            return _Error(
                tr(
                    "%s holds line breaks followed by what looks like more rows of the file (a "
                    "quote opened and not closed): check the rows after this one in the file."
                )
                % rule.label(),
                named=True,
                keep=text,
            )
        return text

    return convert


# White space after a NUL; searched in the joined cells and in their reversal (a
# pattern starting with a literal is scanned for fast). re's \s is str.isspace().
_SPACE_AFTER_NUL = re.compile(r"\x00\s")


def _clean_text_column(
    column: list[Any], limit: int, screen: re.Pattern[str] | None = None
) -> list[Any] | None:
    """The column itself when every cell is None or a text `_text_converter` would
    return unchanged (stripped, NFKC-normal, not empty, within `limit`), checked
    with a few passes over the joined column instead of a call per cell; None when
    some cell needs the converter. (NUL joins the cells: NFKC never composes
    across it, and a cell containing one takes the converter.)"""
    texts = column if None not in column else [c for c in column if c is not None]
    if not texts or set(map(type, texts)) != {str} or "" in texts or max(map(len, texts)) > limit:
        return None
    joined = "\x00".join(texts)
    if (
        joined.count("\x00") != len(texts) - 1
        or joined[0].isspace()
        or joined[-1].isspace()
        or _SPACE_AFTER_NUL.search(joined) is not None
        or _SPACE_AFTER_NUL.search(joined[::-1]) is not None
    ):
        return None
    if not joined.isascii() and not unicodedata.is_normalized("NFKC", joined):
        return None
    if screen is not None and screen.search(joined) is not None:
        return None  # some cell may break the field's format: the converter checks each
    if _LINE_BREAK.search(joined) is not None:
        return None  # a cell may have swallowed rows of a CSV file
    return list(column)


def _phone_column(column: list[Any], key: str) -> tuple[list[Any], dict[int, str], bool]:
    """Per cell the E.164 text, an _Error or None (blank); the warnings by offset;
    whether there is an _Error. Plain 11-digit mobiles take the fast path of
    app.customers_io.fastphone inline (no Phone object); the rest `normalize_phone`."""
    match = cn_valid_pattern().fullmatch
    out: list[Any] = []
    append = out.append
    warnings: dict[int, str] = {}
    errors = False
    for offset, value in enumerate(column):
        cls = value.__class__
        if cls is float:
            if 1e10 <= value < 2e10 and value.is_integer():
                digits = str(int(value))
                if match(digits) is not None:
                    append("+86" + digits)
                    continue
        elif cls is str:
            digits = value.strip()
            if match(digits) is not None:
                append("+86" + digits)
                continue
            if not digits:
                append(None)
                continue
        elif value is None:
            append(None)
            continue
        elif cls is int:
            digits = str(value)
            if match(digits) is not None:
                append("+86" + digits)
                continue
        if value == "":
            append(None)
            continue
        problem = number_text_problem(value)
        if problem:
            append(_Error(problem))
            errors = True
            continue
        try:
            phone = normalize_phone(value, key)
        except ValidationError as exc:
            append(_Error(exc.message))
            errors = True
            continue
        if phone is None:
            append(None)
            continue
        append(phone.e164)
        if phone.warning:
            warnings[offset] = phone.warning
    return out, warnings, errors


def _date_converter(today: dt.date, kind: str):
    def convert(value: Any) -> Any:
        try:
            day = cell_date(value)
        except ValueError as exc:
            return _Error(str(exc))
        if day is None:  # a blank cell
            return None
        if kind == "created_on":
            if day > today:
                return _Error(tr("The date %s is in the future.") % day.isoformat())
            if day.year < 1990:
                return _Error(tr("The date %s is too long ago.") % day.isoformat())
            return _local_midnight_utc(day)
        age = _age_on(day, today)
        if not 0 <= age <= 120:
            return _Error(tr("%s is not a plausible date of birth.") % day.isoformat())
        return age < 18

    return convert


def _bool_converter(value: Any) -> Any:
    try:
        return cell_bool(value)
    except ValueError as exc:
        return _Error(str(exc))


def _id_warning(value: Any) -> str | None:
    try:
        cell_id_number(value)
    except ValueError as exc:
        return str(exc)
    return None


def _gender_converter(value: Any) -> tuple[str, str]:
    code = _GENDERS.get(cell_text(value).lower())
    if code:
        return code, ""
    return "", tr("Unknown gender '%s' left empty.") % cell_text(value)


def _tier_converter(value: Any) -> tuple[str, str]:
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().upper()
    if text[:1] in ("A", "B", "C"):
        return text[:1], ""
    return "", tr("Unknown tier '%s': B used.") % cell_text(value)


def _channel_converter(lookups: Lookups):
    def convert(value: Any) -> tuple[int | None, str, str]:
        text = cell_text(value)
        lowered = text.lower()
        channel_id = lookups.channels.get(lowered)
        if channel_id is None:
            # 微信公众号 -> 微信: the longest channel name contained in the text.
            best = max(
                ((name, cid) for name, cid in lookups.channel_names if name in lowered),
                key=lambda item: len(item[0]),
                default=None,
            )
            if best is not None:
                channel_id = best[1]
        if channel_id is not None:
            return channel_id, "", ""
        return (
            None,
            text[: TEXT_LIMITS["source_event"]],
            tr("Unknown channel '%s': kept as the source event.") % text,
        )

    return convert


def _owner_converter(lookups: Lookups):
    def convert(value: Any) -> tuple[int | None, str]:
        name = cell_text(value)
        owner_id = lookups.staff.get(name)
        if owner_id is None:
            return None, tr("No staff member is called '%s': no owner set.") % name
        return owner_id, ""

    return convert


def _converter_for(key: str, lookups: Lookups):
    if key in ("created_on", "birth_date"):
        return _date_converter(lookups.today, key)
    if key in ("consent", "guardian_consent"):
        return _bool_converter
    if key == "channel":
        return _channel_converter(lookups)
    if key == "owner":
        return _owner_converter(lookups)
    return {"id_number": _id_warning, "gender": _gender_converter, "tier": _tier_converter}.get(
        key
    ) or _text_converter(key)


# The order in which a row's cells are checked: the first problem is the reason.
_CHECKED = (
    *_TEXT_KEYS,
    "mobile",
    "guardian_phone",
    "created_on",
    "birth_date",
    "consent",
    "guardian_consent",
)
_ALL_KEYS = (*_CHECKED, "id_number", "gender", "tier", "channel", "owner")


def validate_rows(
    rows: list[list[Any]], first_number: int, columns: list[tuple[int, str]], lookups: Lookups
) -> list[RowResult]:
    """Validate a block of rows (row numbers from `first_number`), column by column.

    `columns` lists (column index, field key) of the mapping. Each column is
    converted in one pass with per-value memos; then each row is assembled and
    judged. A row is skipped (blank, totals, a repeated header), rejected with
    the first problem found, or new with its values and warnings."""
    index_of = {key: index for index, key in columns}
    memos = lookups.memos
    shortest = min(map(len, rows), default=0)
    converted: dict[str, list[Any]] = {}
    phone_warnings: dict[str, dict[int, str]] = {"mobile": {}, "guardian_phone": {}}
    with_errors: list[str] = []
    for key in _ALL_KEYS:
        column = _column(rows, index_of.get(key), shortest)
        if key not in index_of:
            converted[key] = column
            continue
        if key in ("mobile", "guardian_phone"):
            converted[key], phone_warnings[key], errors = _phone_column(column, key)
        elif (
            key in TEXT_LIMITS
            # The fast path checks lengths, and a format through its column screen.
            and (TEXT_RULES[key].format is None or key in FORMAT_SCREENS)
            and (clean := _clean_text_column(column, TEXT_LIMITS[key], FORMAT_SCREENS.get(key)))
            is not None
        ):
            converted[key], errors = clean, False
        else:
            converter = _converter_for(key, lookups)
            converted[key], errors = _memo_convert(column, memos.setdefault(key, {}), converter)
        if errors and key in _CHECKED:
            with_errors.append(key)
    # Rows with a problem: an _Error in a checked column or no name. Only those
    # go through the per-cell check below.
    suspect = {
        i for key in with_errors for i, v in enumerate(converted[key]) if v.__class__ is _Error
    }
    if None in converted["name"]:
        suspect.update(i for i, v in enumerate(converted["name"]) if v is None)
    mobile_warnings = phone_warnings["mobile"]
    guardian_warnings = phone_warnings["guardian_phone"]
    header_name = lookups.header_name
    consent_wording = lookups.consent_wording
    default_owner = lookups.default_owner_id
    results: list[RowResult] = []
    append = results.append
    width = len(_ALL_KEYS)
    labels = {key: field_label(key) for key in _CHECKED}
    blank_row, totals_row = tr("blank row"), tr("totals row")
    field_problem = tr("%s: %s", "a field of an imported row: its problem")
    name_missing = TEXT_RULES["name"].problem("") or ""
    name_of = converted["name"]
    notes_limit = TEXT_LIMITS["notes"]
    no_contact = tr("No way to reach the customer: give a mobile, a guardian phone or WeChat.")
    notes_cut = tr("The notes were cut to their first %d characters.")
    kept_in_notes = tr("%s Imported without it; the text is kept in the notes.")
    gender_label, owner_label = field_label("gender"), field_label("owner")
    gender_at, owner_at = index_of.get("gender", 0), index_of.get("owner", 0)
    for offset, cells in enumerate(zip(*(converted[k] for k in _ALL_KEYS), strict=True)):
        number = first_number + offset
        if cells.count(None) == width:
            append(RowResult(number, SKIPPED, blank_row))
            continue
        if is_totals_row(rows[offset]):
            append(RowResult(number, SKIPPED, totals_row))
            continue
        if name_of[offset] is not None and name_of[offset] == header_name:
            append(RowResult(number, SKIPPED, tr("repeated header row")))
            continue
        warnings: list[str] = []
        moved: list[str] = []
        contact_problem = None
        if offset in suspect:
            # Only the name and a way to reach the person can refuse a row; a bad
            # secondary cell is left empty, its text kept in the notes, with a warning.
            name = cells[0]
            if name is None or name.__class__ is _Error:
                append(RowResult(number, REJECTED, name.message if name else name_missing))
                continue
            fixed = list(cells)
            source = rows[offset]
            for position, key in enumerate(_CHECKED):
                value = cells[position]
                if value.__class__ is not _Error:
                    continue
                index = index_of[key]
                original = cell_text(source[index]) if index < len(source) else ""
                if value.keep is not None:  # kept as it is, with the warning
                    fixed[position] = value.keep
                    warnings.append(value.message)
                    continue
                if key == "notes":
                    fixed[position] = original[:notes_limit]
                    warnings.append(notes_cut % notes_limit)
                    continue
                message = (
                    value.message if value.named else field_problem % (labels[key], value.message)
                )
                fixed[position] = None
                if key in ("mobile", "guardian_phone") and contact_problem is None:
                    contact_problem = message
                moved.append(field_problem % (labels[key], original))
                warnings.append(kept_in_notes % message)
            cells = tuple(fixed)
        (
            name,
            wechat,
            grade,
            school,
            guardian_name,
            district,
            training_needs,
            course_interests,
            notes,
            source_event,
            mobile,
            guardian,
            created,
            minor,
            consent,
            guardian_consent,
            id_warning,
            gender,
            tier,
            channel,
            owner,
        ) = cells
        if mobile is None and guardian is None and wechat is None:
            append(
                RowResult(
                    number,
                    REJECTED,
                    contact_problem or no_contact,
                )
            )
            continue
        if minor:
            if guardian_name is None:
                append(RowResult(number, REJECTED, tr("A minor needs a guardian's name.")))
                continue
            if not guardian_consent:
                append(
                    RowResult(
                        number,
                        REJECTED,
                        tr("A minor's data may only be kept with the guardian's consent."),
                    )
                )
                continue
        values: dict[str, Any] = {"name": name}
        if wechat is not None:
            values["wechat"] = wechat
        if grade is not None:
            values["grade"] = grade
        if school is not None:
            values["school"] = school
        if guardian_name is not None:
            values["guardian_name"] = guardian_name
        if district is not None:
            values["district"] = district
        if training_needs is not None:
            values["training_needs"] = training_needs
        if course_interests is not None:
            values["course_interests"] = course_interests
        if notes is not None:
            values["notes"] = notes
        if source_event is not None:
            values["source_event"] = source_event
        values["mobile"] = mobile
        values["guardian_phone"] = guardian
        if mobile_warnings and offset in mobile_warnings:
            warnings.append(mobile_warnings[offset])
        if guardian_warnings and offset in guardian_warnings:
            warnings.append(guardian_warnings[offset])
        if created is not None:
            values["created_at"] = created
        if minor is not None:
            values["is_minor"] = minor
        if id_warning is not None:
            warnings.append(id_warning)
        if guardian_consent:
            values["guardian_consent"] = True
        if consent:
            values["consent_contact"] = True
            values["consent_wording"] = consent_wording
        if gender is not None:
            if gender[0]:
                values["gender"] = gender[0]
            else:
                warnings.append(gender[1])
                moved.append(field_problem % (gender_label, cell_text(rows[offset][gender_at])))
        if tier is not None:
            if tier[0]:
                values["tier"] = tier[0]
            else:
                warnings.append(tier[1])
        if channel is not None:
            if channel[0] is not None:
                values["channel_id"] = channel[0]
            else:
                warnings.append(channel[2])
                if source_event is None:
                    values["source_event"] = channel[1]
        if owner is not None:
            if owner[0] is not None:
                values["owner_id"] = owner[0]
            else:
                warnings.append(owner[1])
                moved.append(field_problem % (owner_label, cell_text(rows[offset][owner_at])))
        if moved:
            text = "；".join([notes, *moved] if notes else moved)
            if len(text) > notes_limit:
                text = text[:notes_limit]
                warnings.append(notes_cut % notes_limit)
            values["notes"] = text
        if "owner_id" not in values and default_owner is not None:
            values["owner_id"] = default_owner
        if mobile is not None:
            row_key: tuple[str, ...] = ("m", mobile)
        elif guardian is not None:
            row_key = ("g", guardian, name)
        else:
            row_key = ("w", wechat.lower())
        append(RowResult(number, NEW, warnings=warnings, values=values, key=row_key))
    return results


def join_notes(first: str, more: str, separator: str = "；") -> tuple[str, bool]:
    """Notes with `more` appended unless already there, cut at the notes' length limit;
    also whether anything was cut (merging rows must not grow notes past the column)."""
    if not more or more in first:
        return first, False
    text = f"{first}{separator}{more}" if first else more
    limit = TEXT_LIMITS["notes"]
    if len(text) <= limit:
        return text, False
    return text[:limit], True


def combine(primary: dict[str, Any], other: dict[str, Any]) -> bool:
    """Merge a later row of the same customer into the first: blanks are filled,
    notes that differ are appended (up to the limit). Whether the notes were cut."""
    cut = False
    for key, value in other.items():
        if key == "notes":
            primary["notes"], cut = join_notes(primary.get("notes", ""), value)
        elif value not in (None, "", False) and primary.get(key) in (None, "", False):
            primary[key] = value
    return cut
