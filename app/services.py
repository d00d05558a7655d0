"""All services for one database, built once and passed to the UI and CLI.

A feature adds its service as an attribute in its own section.
"""

from __future__ import annotations

from app.audit.service import AuditService
from app.staff.service import StaffService
from app.users.service import UserService
from db.engine import Database


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        # --- platform
        self.users = UserService(db)
        self.staff = StaffService(db)
        self.audit = AuditService(db)

        # --- customers

        # --- budget and claims
        from app.printing.service import PrintingService  # noqa: PLC0415 (reportlab loads lazily)

        self.printing = PrintingService(db)
