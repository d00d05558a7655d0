"""The customer feature's kinds: customers and their history, channels, courses, tags.

Derived from the feature's model module (app/entities.py), for the tabs that
listen to the change bus: a table added to the module is listened to as well.
"""

from app.entities import lazy_kinds

# Customers point at the shared channel catalogue (app.channels): a renamed channel
# shows in the customers tab.
KINDS = lazy_kinds("db.models.customers", "db.models.channels")
