"""The customer feature's kinds: customers and their history, channels, courses, tags.

Derived from the feature's model module (app/entities.py), for the tabs that
listen to the change bus: a table added to the module is listened to as well.
"""

from app.entities import kinds_of
from db.models import customers as models

KINDS = kinds_of(models)
