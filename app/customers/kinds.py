"""The customer feature's kinds: customers and their history, channels, courses, tags.

Derived from the feature's model module (app/entities.py), for the tabs that
listen to the change bus: a table added to the module is listened to as well.
"""

from app.entities import kinds_of
from db.models import channels, customers

# Customers point at the shared channel catalogue (app.channels): a renamed channel
# shows in the customers tab.
KINDS = kinds_of(customers) | kinds_of(channels)
