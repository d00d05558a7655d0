"""The worklogs feature's kinds (for the change bus) and the labels of its states."""

from __future__ import annotations

from app.entities import lazy_kinds
from app.worklogs.translation import tr

KINDS = lazy_kinds("db.models.worklogs")


def status_label(status: str) -> str:
    return {
        "draft": tr("Draft"),
        "submitted": tr("Submitted"),
        "approved": tr("Approved"),
        "returned": tr("Returned"),
    }.get(status, status)


def title_label(kind: str, period: str, scope: str) -> str:
    """ "Monthly plan", "Annual summary", "Department monthly report"..."""
    if period == "year":
        return tr("Annual plan") if kind == "plan" else tr("Annual summary")
    if scope == "department":
        return tr("Department monthly plan") if kind == "plan" else tr("Department monthly report")
    return tr("Monthly plan") if kind == "plan" else tr("Monthly report")


def period_label(year: int, month: int) -> str:
    return f"{year}" if month == 0 else f"{year}-{month:02d}"
