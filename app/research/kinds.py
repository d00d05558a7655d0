"""The research feature's kinds (for the change bus) and the labels of its states."""

from __future__ import annotations

from app.entities import kinds_of
from app.research.translation import tr
from db.models import research as models

KINDS = kinds_of(models)


def status_label(status: str) -> str:
    return {
        "draft": tr("Draft"),
        "submitted": tr("Submitted"),
        "approved": tr("Approved"),
        "returned": tr("Returned"),
    }.get(status, status)
