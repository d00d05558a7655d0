"""The risks feature's kinds, for the change bus."""

from __future__ import annotations

from app.entities import kinds_of
from db.models import risks as models

KINDS = kinds_of(models)
