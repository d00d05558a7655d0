"""The staff feature's kinds: staff members and departments.

Derived from the feature's model module (app/entities.py), for the tabs that
listen to the change bus: a table added to the module is listened to as well.
"""

from app.entities import lazy_kinds

KINDS = lazy_kinds("db.models.staff")
