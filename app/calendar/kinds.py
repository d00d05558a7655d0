"""The calendar feature's kinds (holidays, school terms), for the tab's refreshes."""

from app.entities import kinds_of
from db.models import calendar as models

KINDS = kinds_of(models)
