"""The campaigns feature's kinds: plans, activities, their team, terms, materials,
costs, leads and photos (derived from the model module, app/entities.py)."""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.campaigns")
