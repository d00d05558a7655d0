"""The appraisal feature's kinds (its tables), for tabs listening to the change bus."""

from app.entities import kinds_of
from db.models import appraisal as models

KINDS = kinds_of(models)
