"""The campaigns feature's kinds: plans, activities, their team, terms, materials,
costs, leads and photos (derived from the model module, app/entities.py)."""

from app.entities import kinds_of
from db.models import campaigns as models

KINDS = kinds_of(models)
