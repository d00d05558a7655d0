"""The booth feature's kinds (app/entities.py): the kits."""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.booth")
