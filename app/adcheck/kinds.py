"""The adcheck feature's kinds (app/entities.py): its rules table."""

from app.entities import kinds_of
from db.models import adcheck as models

KINDS = kinds_of(models)
