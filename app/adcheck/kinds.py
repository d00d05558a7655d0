"""The adcheck feature's kinds (app/entities.py): its rules table."""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.adcheck")
