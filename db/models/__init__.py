"""Every model module is imported here so that Base.metadata is complete.

A feature adds its module import in its own section.
"""

from db.base import Base

# --- platform
from db.models import audit, meta, staff, users  # noqa: F401
from db.models import office_settings  # noqa: F401

# --- channels
from db.models import channels  # noqa: F401

# --- customers
from db.models import customers  # noqa: F401

# --- budget and claims
from db.models import budget, budget_claims  # noqa: F401

metadata = Base.metadata
