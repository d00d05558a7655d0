"""Reading a monthly attendance export (DingTalk 钉钉, WeCom 企业微信, a time clock)
into attendance events. Pure: rows of cells in, events and problems out.

The exports put one or two title rows above the table ("月度汇总 统计日期：
2026-10-01 至 2026-10-31") and a header of two rows where a group is merged over
its sub-columns ("考勤结果" over the days 1..31, "请假" over 事假/病假). A header
is therefore found by its name column, and a second header row is the row below
it when that row has no name; each column is named "group/sub" (the group carried
over the merged cells, which read as empty).

Two layouts:
- one row per person, one column per day (the day under the group, or a date):
  each day's cell is an attendance result ("迟到10分钟", "早退5分钟", "旷工",
  "事假1天", "正常");
- one row per person and day: a date column and result columns (上班1打卡结果,
  下班1打卡结果), or numbers (迟到分钟, 早退分钟, 旷工天数) as time clocks write.

The mapping (field -> column header text) is guessed from the header, and the one
used last for a source is remembered (app/conduct/importer.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from app.conduct.translation import tr
from app.customers_io.cells import cell_date, cell_text, is_blank

SOURCES = ("dingtalk", "wecom", "timeclock")
HEADER_SCAN_ROWS = 15
# Fields of a mapping; "results" holds several headers joined by RESULT_SEPARATOR.
FIELDS = ("name", "department", "date", "results", "late_minutes", "early_minutes", "absent")
RESULT_SEPARATOR = " | "

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "员工姓名", "名字", "人员", "name"),
    "department": ("部门", "所属部门", "department"),
    "date": ("日期", "考勤日期", "打卡日期", "date"),
    "late_minutes": ("迟到分钟", "迟到时长", "迟到(分钟)", "迟到时间(分钟)"),
    "early_minutes": ("早退分钟", "早退时长", "早退(分钟)", "早退时间(分钟)"),
    "absent": ("旷工", "旷工天数", "旷工(天)"),
}
_RESULT_WORDS = ("打卡结果", "考勤结果", "校准状态", "考勤状态", "结果")

_LATE = re.compile(r"(严重)?迟到(?:\s*\d+\s*次)?\s*[(（]?\s*(\d+)?\s*(分钟|小时)?")
_EARLY = re.compile(r"早退(?:\s*\d+\s*次)?\s*[(（]?\s*(\d+)?\s*(分钟|小时)?")
_ABSENT = re.compile(r"旷工")
_LEAVE = re.compile(r"(事假|病假|年假|调休)\s*([\d.]+)?\s*(天|小时)?")
_LEAVE_SUBKINDS = {"事假": "personal", "病假": "sick", "年假": "annual", "调休": "compensatory"}
_ANY_MONTH = dt.date(2000, 1, 1)  # to ask whether a column is a day at all
_MONTH_IN_TITLE = re.compile(r"(20\d\d)\s*[-/.年]\s*(\d{1,2})")
_DAY_HEADER = re.compile(
    r"^(\d{1,2})\s*(?:日|号)?(?:\s*[\s(（]?\s*(?:星期|周)?[一二三四五六日天][)）]?)?$"
)
_MONTH_DAY_HEADER = re.compile(r"^(\d{1,2})\s*[-/月.]\s*(\d{1,2})\s*日?(?:\s+.*)?$")


@dataclass(frozen=True)
class Event:
    """One attendance fact read from the file."""

    row: int  # the row number Excel shows
    name: str
    department: str
    day: dt.date
    kind: str  # attendance or leave
    subkind: str
    minutes: int = 0
    hours: float = 0.0
    text: str = ""  # the cell it came from


@dataclass
class Table:
    """The header of a sheet: where it is, and each column's name."""

    header_row: int  # index of the (first) header row
    first_data_row: int
    columns: list[str]  # "group/sub" or "name"
    month: dt.date | None  # the first of the month named in the title rows


@dataclass
class Reading:
    events: list[Event] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _norm(text: Any) -> str:
    return re.sub(r"\s+", "", cell_text(text)).lower()


def find_table(rows: list[list[Any]], name_header: str | None = None) -> Table | None:
    """The header (one or two rows) of an attendance sheet, or None."""
    wanted = {_norm(name_header)} if name_header else {_norm(a) for a in _ALIASES["name"]}
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        hits = [c for c, v in enumerate(row) if _norm(v) in wanted]
        if not hits:
            continue
        name_col = hits[0]
        top = [cell_text(v) for v in row]
        below = rows[index + 1] if index + 1 < len(rows) else []
        two_rows = bool(below) and is_blank(below[name_col] if name_col < len(below) else None)
        width = max(len(row), len(below) if two_rows else 0)
        columns: list[str] = []
        group = ""
        for c in range(width):
            head = top[c] if c < len(top) else ""
            sub = cell_text(below[c]) if two_rows and c < len(below) else ""
            if head:
                group = head
            elif not sub:
                group = ""  # an empty column ends a merged group
            columns.append(f"{group}/{sub}" if sub and group else head or sub)
        month = _month_in(rows[:index])
        return Table(index, index + (2 if two_rows else 1), columns, month)
    return None


def _month_in(title_rows: list[list[Any]]) -> dt.date | None:
    for row in title_rows:
        for value in row:
            match = _MONTH_IN_TITLE.search(cell_text(value))
            if match and 1 <= int(match.group(2)) <= 12:
                return dt.date(int(match.group(1)), int(match.group(2)), 1)
    return None


def guess_mapping(columns: list[str]) -> dict[str, str]:
    """field -> header, guessed from the header texts."""
    mapping: dict[str, str] = {}
    normalised = [_norm(c) for c in columns]
    for key, aliases in _ALIASES.items():
        wanted = [_norm(a) for a in aliases]
        for alias in wanted:
            if alias in normalised:
                mapping[key] = columns[normalised.index(alias)]
                break
    results = [
        c
        for c in columns
        if any(w in c for w in _RESULT_WORDS) and day_of_column(c, _ANY_MONTH) is None
    ]
    if results:
        mapping["results"] = RESULT_SEPARATOR.join(results)
    return mapping


def day_of_column(column: str, month: dt.date | None) -> dt.date | None:
    """The day a column stands for: a day under a group ("考勤结果/12", in `month`),
    "10-12 星期一" (in `month`'s year), or a whole date; None for other columns."""
    group, _, sub = column.rpartition("/")
    text = sub.strip()
    if _date_like(text):
        try:
            return cell_date(text[:10].replace("年", "-").replace("月", "-"))
        except ValueError:
            return None
    if month is None:
        return None
    match = _MONTH_DAY_HEADER.match(text)
    if match:
        return _day(month.year, int(match.group(1)), int(match.group(2)))
    match = _DAY_HEADER.match(text)
    if match and (group or not text.isdigit()):
        return _day(month.year, month.month, int(match.group(1)))
    return None


def _date_like(text: str) -> bool:
    return re.match(r"^20\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}", text) is not None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_result(text: str) -> list[tuple[str, str, int, float]]:
    """(kind, subkind, minutes, hours) of each fact in one result cell; nothing for
    正常, 休息, 缺卡 and the like."""
    found: list[tuple[str, str, int, float]] = []
    if _ABSENT.search(text):
        found.append(("attendance", "absence", 0, 0.0))
    else:
        for match in _LATE.finditer(text):
            found.append(("attendance", "late", _minutes(match.group(2), match.group(3)), 0.0))
    for match in _EARLY.finditer(text):
        found.append(("attendance", "early_leave", _minutes(match.group(1), match.group(2)), 0.0))
    for match in _LEAVE.finditer(text):
        length = float(match.group(2)) if match.group(2) else 0.0  # days or hours of leave
        hours = length if match.group(3) == "小时" else length * 8
        found.append(("leave", _LEAVE_SUBKINDS[match.group(1)], 0, min(hours, 500.0)))
    return found


def _minutes(number: str | None, unit: str | None) -> int:
    if not number:
        return 0
    value = int(number) * (60 if unit == "小时" else 1)
    return min(value, 24 * 60)


def _number(value: Any) -> float:
    if is_blank(value):
        return 0.0
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    match = re.search(r"\d+(\.\d+)?", cell_text(value))
    return float(match.group(0)) if match else 0.0


def read_events(
    rows: list[list[Any]], table: Table, mapping: dict[str, str], month: dt.date | None
) -> Reading:
    """Every event of the sheet under `mapping`; problems name their row."""
    out = Reading()
    index = {c: i for i, c in reversed(list(enumerate(table.columns))) if c}
    name_col = index.get(mapping.get("name", ""))
    if name_col is None:
        out.problems.append(tr("Choose the column holding the staff member's name."))
        return out
    dept_col = index.get(mapping.get("department", ""))
    date_col = index.get(mapping.get("date", ""))
    results = [index[h] for h in mapping.get("results", "").split(RESULT_SEPARATOR) if h in index]
    numbers = {
        k: index.get(mapping.get(k, "")) for k in ("late_minutes", "early_minutes", "absent")
    }
    day_columns = [
        (i, day)
        for i, c in enumerate(table.columns)
        if (day := day_of_column(c, month)) is not None
    ]
    if date_col is None and not day_columns:
        if month is None and any(day_of_column(c, _ANY_MONTH) for c in table.columns):
            out.problems.append(tr("Choose the month of the sheet: its title names none."))
        else:
            out.problems.append(tr("The sheet has neither a date column nor a column per day."))
        return out
    for r in range(table.first_data_row, len(rows)):
        row = rows[r]
        name = _at(row, name_col)
        if not name:
            continue
        department = _at(row, dept_col)
        facts: list[tuple[dt.date, tuple[str, str, int, float], str]] = []
        if date_col is not None:
            try:
                day = cell_date(row[date_col] if date_col < len(row) else None)
            except ValueError as exc:
                out.problems.append(tr("Row %d: %s") % (r + 1, exc))
                continue
            if day is None:
                continue
            for c in results:
                text = _at(row, c)
                facts += [(day, fact, text) for fact in parse_result(text)]
            for key, subkind in (("late_minutes", "late"), ("early_minutes", "early_leave")):
                amount = _number(_cell(row, numbers[key]))
                if amount > 0:
                    minutes = min(int(amount), 24 * 60)
                    facts.append((day, ("attendance", subkind, minutes, 0.0), ""))
            if _number(_cell(row, numbers["absent"])) > 0:
                facts.append((day, ("attendance", "absence", 0, 0.0), ""))
        else:
            for c, day in day_columns:
                text = _at(row, c)
                facts += [(day, fact, text) for fact in parse_result(text)]
        for day, (kind, subkind, minutes, hours), text in facts:
            out.events.append(
                Event(r + 1, name, department, day, kind, subkind, minutes, hours, text)
            )
    out.events = _dedupe(out.events)
    return out


def _cell(row: list[Any], column: int | None) -> Any:
    return row[column] if column is not None and column < len(row) else None


def _at(row: list[Any], column: int | None) -> str:
    return cell_text(row[column]) if column is not None and column < len(row) else ""


def _dedupe(events: list[Event]) -> list[Event]:
    """One fact of a kind a day: a late read from both a result text and a minutes
    column, or a leave in the morning and afternoon results, is one record."""
    seen: set[tuple[str, str, dt.date, str]] = set()
    kept = []
    for e in events:
        key = (e.name, e.department, e.day, e.subkind)
        if key in seen:
            continue
        seen.add(key)
        kept.append(e)
    return kept
