"""All services for one database, built once and passed to the UI and CLI.

Each feature declares its services (`Feature.services`: attribute -> "module:Class",
app/features.py); `services.<attribute>` imports and builds one the first time
it is used, then keeps it. The window shows one tab at start-up, and importing
every feature's service (and what it imports) before the first paint cost
~80 ms that the user waited for.
"""

from __future__ import annotations

from typing import Any

from app.features import import_object, service_path
from db.engine import Database


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes not built yet; a built one lives in __dict__.
        path = None if name.startswith("_") else service_path(name)
        if path is None:
            raise AttributeError(f"no registered feature provides the service {name!r}")
        cls = import_object(path)
        # A service that uses others gets the ones of this container (one cache each).
        build = getattr(cls, "from_services", None)
        service = build(self) if build is not None else cls(self.db)
        self.__dict__[name] = service
        return service
