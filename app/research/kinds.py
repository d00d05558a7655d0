"""The research feature's kinds (for the change bus) and the labels of its states."""

from __future__ import annotations

from app.entities import lazy_kinds
from app.research.translation import tr

KINDS = lazy_kinds("db.models.research")


def status_label(status: str) -> str:
    return {
        "draft": tr("Draft"),
        "submitted": tr("Submitted"),
        "approved": tr("Approved"),
        "returned": tr("Returned"),
    }.get(status, status)
