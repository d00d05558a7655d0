"""Turning spreadsheet cell values into text, dates and yes/no.

Spreadsheets store phone numbers and IDs as numbers (13812345678.0), dates as
serial numbers in General-formatted cells (46270), and booleans in a dozen
ways; these helpers undo that. Errors are ValueError with a user-visible,
translated message (the caller adds the row number).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from app.customers_io.translation import tr

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 (with Excel's 1900 leap bug)
_SCIENTIFIC = re.compile(r"^[+-]?\d(\.\d+)?[eE]\+?\d+$")


def cell_text(value: Any) -> str:
    """A cell as text: integral floats lose their ".0", dates become ISO dates."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time.min:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def number_text_problem(value: Any) -> str | None:
    """Why a number-like cell (phone) cannot be trusted, or None.

    A CSV written by Excel may hold "1.38123E+10": the digits are gone.
    """
    if isinstance(value, float) and not value.is_integer():
        return tr("'%s' is a decimal number, not a phone number.") % cell_text(value)
    if isinstance(value, str) and _SCIENTIFIC.match(value.strip()) and _lost_digits(value):
        return (
            tr(
                "'%s' was saved in scientific notation and has lost its digits; "
                "format the column as text in Excel and save again."
            )
            % value.strip()
        )
    return None


def _lost_digits(text: str) -> bool:
    """True when "1.38123E+10" has fewer mantissa digits than the number needs."""
    mantissa, _, exponent = text.strip().lower().partition("e")
    digits = mantissa.lstrip("+-").replace(".", "").lstrip("0")
    return len(digits) < int(exponent) + 1


_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def cell_date(value: Any) -> dt.date | None:
    """A cell as a date (None when blank). Raises ValueError with the reason."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError(tr("%s is not a date.") % cell_text(value))
        return EXCEL_EPOCH + dt.timedelta(days=int(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{5}(\.0+)?", text):  # a serial number that arrived as text (CSV)
        return cell_date(float(text))
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year, month, day = (int(g) for g in match.groups()[:3])
            break
    else:
        match = _DMY.match(text)
        if not match:
            raise ValueError(tr("'%s' is not a date (use 2025-03-18).") % text)
        day, month, year = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(tr("'%s' is not a date (use 2025-03-18).") % text) from None


_YES = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "同意", "已同意", "有", "ok", "x"}
_NO = {"否", "n", "no", "false", "0", "不同意", "未同意", "无", "×", "✗"}


def cell_bool(value: Any) -> bool | None:
    """Yes/no in Chinese or English, ticks, 1/0; None when blank. ValueError otherwise."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        return value
    text = unicodedata.normalize("NFKC", cell_text(value)).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(tr("'%s' is not yes or no (是/否).") % cell_text(value))


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def cell_id_number(value: Any) -> str:
    """A resident ID number (身份证号) as text; ValueError when it cannot be trusted.

    An 18-digit ID stored as a number has lost its last digits (a double holds
    15-16 significant digits): it is reported, never guessed.
    """
    if is_blank(value):
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(
            tr(  # noqa: TRY004 - a user-facing problem with the cell, not a bug
                "The ID number %s was stored as a number and has lost its last digits; "
                "format the column as text in Excel and enter it again."
            )
            % cell_text(value)
        )
    text = unicodedata.normalize("NFKC", str(value)).strip().upper().replace(" ", "")
    if _SCIENTIFIC.match(text):
        raise ValueError(
            tr("The ID number %s was saved in scientific notation and has lost its digits.") % text
        )
    if re.fullmatch(r"\d{15}", text):
        return text
    if not re.fullmatch(r"\d{17}[\dX]", text):
        raise ValueError(tr("'%s' is not an ID number (18 characters).") % text)
    total = sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != text[17]:
        raise ValueError(tr("The ID number %s has a wrong check digit.") % text)
    return text


_TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数", "total", "subtotal", "sum")


# What a totals row's text starts with once stripped (a colon may come first: ":合计").
_TOTAL_FIRST = frozenset(word[0] for word in _TOTAL_WORDS) | {":", "："}


def is_totals_row(row: list[Any]) -> bool:
    """A totals row: one of its first two filled cells is a short text starting
    with 合计/总计/小计/Total ("合计：35人", "Total")."""
    seen = 0
    for value in row:
        if value is None or value == "":
            continue
        if isinstance(value, str):
            text = value.strip()
            if not text:
                continue
            # The first character decides for most cells (names, phones): no
            # lower-casing and replacing on every row of a 100,000-row file.
            if len(text) <= 16 and text[0].lower() in _TOTAL_FIRST:
                text = text.lower().replace(" ", "").replace(":", "").replace("：", "")
                if text.startswith(_TOTAL_WORDS):
                    return True
        seen += 1
        if seen == 2:
            return False
    return False
