"""The campaign activity a kit is for: merged leads are linked to it."""

from __future__ import annotations

from typing import Any

from app.service import Transaction
from db.models.booth import BoothKit


def link_leads(tx: Transaction, kit: BoothKit, linked: dict[int, Any]) -> None:
    """Link customers (id -> capture time) to the kit's activity, once each."""
    activity_id = getattr(kit, "activity_id", None)
    if activity_id is None or not linked:
        return


def activity_names(db: Any, actor: Any) -> list[str]:
    """The campaign activities' names, newest first (none without that feature)."""
    return []
