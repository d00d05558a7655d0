"""The booth feature's kinds (app/entities.py): the kits."""

from app.entities import kinds_of
from db.models import booth as models

KINDS = kinds_of(models)
