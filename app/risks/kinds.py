"""The risks feature's kinds, for the change bus."""

from __future__ import annotations

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.risks")
