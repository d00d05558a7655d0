"""All services for one database, built once and passed to the UI and CLI.

A feature adds its service as a cached property in its own section. Each one is
imported and built the first time it is used: the window shows one tab at
start-up, and importing every feature's service (and what it imports) before
the first paint cost ~80 ms that the user waited for.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from db.engine import Database

if TYPE_CHECKING:
    from app.audit.service import AuditService
    from app.budget.adjustments import BudgetAdjustmentService
    from app.budget.categories import ExpenseCategoryService
    from app.budget.expenses import DirectExpenseService
    from app.budget.plans import BudgetPlanService
    from app.budget.report import BudgetReportService
    from app.channels.service import ChannelService
    from app.claims.service import ClaimService
    from app.customers.service import CustomerService
    from app.maintenance import MaintenanceService
    from app.office.service import OfficeSettingsService
    from app.printing.service import PrintingService
    from app.staff.service import StaffService
    from app.users.service import UserService


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- platform
    @cached_property
    def users(self) -> UserService:
        from app.users.service import UserService

        return UserService(self.db)

    @cached_property
    def staff(self) -> StaffService:
        from app.staff.service import StaffService

        return StaffService(self.db)

    @cached_property
    def audit(self) -> AuditService:
        from app.audit.service import AuditService

        return AuditService(self.db)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from app.maintenance import MaintenanceService

        return MaintenanceService(self.db)

    @cached_property
    def office_settings(self) -> OfficeSettingsService:
        from app.office.service import OfficeSettingsService

        return OfficeSettingsService(self.db)

    # --- channels
    @cached_property
    def channels(self) -> ChannelService:
        from app.channels.service import ChannelService

        return ChannelService(self.db)

    # --- customers
    @cached_property
    def customers(self) -> CustomerService:
        from app.customers.service import CustomerService

        return CustomerService(self.db)

    # --- budget and claims
    @cached_property
    def expense_categories(self) -> ExpenseCategoryService:
        from app.budget.categories import ExpenseCategoryService

        return ExpenseCategoryService(self.db)

    @cached_property
    def budget_plans(self) -> BudgetPlanService:
        from app.budget.plans import BudgetPlanService

        return BudgetPlanService(self.db)

    @cached_property
    def budget_adjustments(self) -> BudgetAdjustmentService:
        from app.budget.adjustments import BudgetAdjustmentService

        return BudgetAdjustmentService(self.db)

    @cached_property
    def direct_expenses(self) -> DirectExpenseService:
        from app.budget.expenses import DirectExpenseService

        return DirectExpenseService(self.db)

    @cached_property
    def budget_report(self) -> BudgetReportService:
        from app.budget.report import BudgetReportService

        return BudgetReportService(self.db)

    @cached_property
    def claims(self) -> ClaimService:
        from app.claims.service import ClaimService

        return ClaimService(self.db, office=self.office_settings)

    @cached_property
    def printing(self) -> PrintingService:
        from app.printing.service import PrintingService  # reportlab loads lazily too

        return PrintingService(self.db, office=self.office_settings)
