"""The calendar feature's kinds (holidays, school terms), for the tab's refreshes."""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.calendar")
