"""The appraisal feature's kinds (its tables), for tabs listening to the change bus."""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.appraisal")
