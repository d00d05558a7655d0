"""All services for one database, built once and passed to the UI and CLI.

A feature adds its service as an attribute in its own section.
"""

from __future__ import annotations

from app.audit.service import AuditService
from app.budget.adjustments import BudgetAdjustmentService
from app.budget.categories import ExpenseCategoryService
from app.budget.expenses import DirectExpenseService
from app.budget.plans import BudgetPlanService
from app.budget.report import BudgetReportService
from app.claims.service import ClaimService
from app.customers.service import CustomerService
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
        self.customers = CustomerService(db)

        # --- budget and claims
        self.expense_categories = ExpenseCategoryService(db)
        self.budget_plans = BudgetPlanService(db)
        self.budget_adjustments = BudgetAdjustmentService(db)
        self.direct_expenses = DirectExpenseService(db)
        self.budget_report = BudgetReportService(db)
        self.claims = ClaimService(db)
        from app.printing.service import PrintingService  # noqa: PLC0415 (reportlab loads lazily)

        self.printing = PrintingService(db)
