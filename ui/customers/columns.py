"""The columns of the customers table: key, header, preset width, SQL sort key."""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.customers.common import LocalDates
from app.customers.pipeline import status_label
from app.customers.rows import CustomerListRow


class CellTexts:
    """What the cells of a row need beyond the row: translated labels and local dates,
    remembered. A page repeats a handful of statuses and genders, and translating
    costs ~3 µs a label. The table keeps one CellTexts for as long as it lives (a
    change of language builds a new main window, and so a new table) and calls
    new_query() for every query, so that a change of time zone shows at the next
    search."""

    def __init__(self) -> None:
        self._labels: dict[tuple[Callable[[str], str], str], str] = {}
        self._local_dates = LocalDates()

    def new_query(self) -> None:
        self._local_dates = LocalDates()  # reads the local time zone again

    def label(self, translate: Callable[[str], str], value: str) -> str:
        key = (translate, value)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = translate(value)
        return text

    def date(self, value: dt.datetime | dt.date | None) -> str:
        # isoformat, not strftime: strftime imports the time module on every call, and
        # PySide6's import hook makes that ~5 µs.
        if isinstance(value, dt.datetime):
            return self._local_dates.text(value)
        return value.isoformat() if value is not None else ""


def _gender(value: str) -> str:
    if value == "M":
        return QCoreApplication.translate("CustomerColumns", "Male")
    if value == "F":
        return QCoreApplication.translate("CustomerColumns", "Female")
    return ""


# A column's texts for a batch of rows (the rows a paint shows): one list per column,
# built with map() and comprehensions instead of a function call per cell.
Texts = Callable[[list[CustomerListRow], CellTexts], list[str]]


def _field(name: str) -> Texts:
    get = operator.attrgetter(name)
    return lambda rows, _cells: list(map(get, rows))


def _label(translate: Callable[[str], str], name: str) -> Texts:
    get = operator.attrgetter(name)

    def texts(rows: list[CustomerListRow], cells: CellTexts) -> list[str]:
        label = cells.label
        return [label(translate, value) for value in map(get, rows)]

    return texts


def _date(name: str) -> Texts:
    get = operator.attrgetter(name)

    def texts(rows: list[CustomerListRow], cells: CellTexts) -> list[str]:
        return list(map(cells.date, map(get, rows)))

    return texts


def _tags(rows: list[CustomerListRow], _cells: CellTexts) -> list[str]:
    return ["、".join(row.tags) for row in rows]


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    width: int
    texts: Texts
    sort: str | None = None  # app.customers.search.SORT_COLUMNS key
    visible: bool = True  # shown by default


COLUMNS: list[Column] = [
    Column(
        "name",
        lambda: QCoreApplication.translate("CustomerColumns", "Name"),
        90,
        _field("name"),
        "name",
    ),
    Column(
        "mobile",
        lambda: QCoreApplication.translate("CustomerColumns", "Mobile"),
        110,
        _field("mobile"),
    ),
    Column(
        "status",
        lambda: QCoreApplication.translate("CustomerColumns", "Status"),
        100,
        _label(status_label, "status"),
        "status",
    ),
    Column(
        "tier",
        lambda: QCoreApplication.translate("CustomerColumns", "Tier"),
        44,
        _field("tier"),
        "tier",
    ),
    Column(
        "school",
        lambda: QCoreApplication.translate("CustomerColumns", "School"),
        150,
        _field("school"),
        "school",
    ),
    Column(
        "grade", lambda: QCoreApplication.translate("CustomerColumns", "Grade"), 60, _field("grade")
    ),
    Column(
        "guardian",
        lambda: QCoreApplication.translate("CustomerColumns", "Guardian"),
        80,
        _field("guardian_name"),
    ),
    Column(
        "guardian_phone",
        lambda: QCoreApplication.translate("CustomerColumns", "Guardian phone"),
        110,
        _field("guardian_phone"),
        visible=False,
    ),
    Column(
        "channel",
        lambda: QCoreApplication.translate("CustomerColumns", "Channel"),
        90,
        _field("channel_name"),
        "channel",
    ),
    Column(
        "owner",
        lambda: QCoreApplication.translate("CustomerColumns", "Owner"),
        80,
        _field("owner_name"),
        "owner",
    ),
    Column(
        "next_follow_up",
        lambda: QCoreApplication.translate("CustomerColumns", "Next follow-up"),
        100,
        _date("next_follow_up"),
        "next_follow_up",
    ),
    Column(
        "last_contact",
        lambda: QCoreApplication.translate("CustomerColumns", "Last contact"),
        100,
        _date("last_contact_at"),
        "last_contact",
    ),
    Column(
        "created",
        lambda: QCoreApplication.translate("CustomerColumns", "Created"),
        100,
        _date("created_at"),
        "created",
    ),
    Column(
        "gender",
        lambda: QCoreApplication.translate("CustomerColumns", "Gender"),
        50,
        _label(_gender, "gender"),
        visible=False,
    ),
    Column(
        "district",
        lambda: QCoreApplication.translate("CustomerColumns", "District"),
        80,
        _field("district"),
        visible=False,
    ),
    Column(
        "interests",
        lambda: QCoreApplication.translate("CustomerColumns", "Course interests"),
        120,
        _field("course_interests"),
        visible=False,
    ),
    Column("tags", lambda: QCoreApplication.translate("CustomerColumns", "Tags"), 120, _tags),
]

COLUMN_KEYS = [c.key for c in COLUMNS]
