"""The columns of the customers table: key, header, preset width, SQL sort key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.customers.pipeline import status_label
from app.customers.rows import CustomerListRow


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomerColumns", text)


def _date(value: dt.datetime | dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d")
    return value.isoformat()


def _gender(value: str) -> str:
    return {"M": _t("Male"), "F": _t("Female")}.get(value, "")


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    width: int
    text: Callable[[CustomerListRow], str]
    sort: str | None = None        # app.customers.search.SORT_COLUMNS key
    visible: bool = True           # shown by default


COLUMNS: list[Column] = [
    Column("name", lambda: _t("Name"), 90, lambda r: r.name, "name"),
    Column("mobile", lambda: _t("Mobile"), 110, lambda r: r.mobile),
    Column("status", lambda: _t("Status"), 80, lambda r: status_label(r.status), "status"),
    Column("tier", lambda: _t("Tier"), 44, lambda r: r.tier, "tier"),
    Column("school", lambda: _t("School"), 150, lambda r: r.school, "school"),
    Column("grade", lambda: _t("Grade"), 60, lambda r: r.grade),
    Column("guardian", lambda: _t("Guardian"), 80, lambda r: r.guardian_name),
    Column("guardian_phone", lambda: _t("Guardian phone"), 110, lambda r: r.guardian_phone,
           visible=False),
    Column("channel", lambda: _t("Channel"), 90, lambda r: r.channel_name, "channel"),
    Column("owner", lambda: _t("Owner"), 80, lambda r: r.owner_name, "owner"),
    Column("next_follow_up", lambda: _t("Next follow-up"), 100,
           lambda r: _date(r.next_follow_up), "next_follow_up"),
    Column("last_contact", lambda: _t("Last contact"), 100, lambda r: _date(r.last_contact_at),
           "last_contact"),
    Column("created", lambda: _t("Created"), 100, lambda r: _date(r.created_at), "created"),
    Column("gender", lambda: _t("Gender"), 50, lambda r: _gender(r.gender), visible=False),
    Column("district", lambda: _t("District"), 80, lambda r: r.district, visible=False),
    Column("interests", lambda: _t("Course interests"), 120, lambda r: r.course_interests,
           visible=False),
    Column("tags", lambda: _t("Tags"), 120, lambda r: "、".join(r.tags)),
]

COLUMN_KEYS = [c.key for c in COLUMNS]
