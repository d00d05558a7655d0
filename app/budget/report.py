"""Budget vs. spend (DESIGN.md section 6): per category, monthly and cumulative.

The figures come from `figures.year_cells` (SQL GROUP BY); this module only
arranges the at most categories x 12 aggregated cells into views, adds the
time-prorated budget for the on-pace check, and drills down to the rows
behind a cell.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app.budget.figures import Cell, year_cells
from app.budget.permissions import BudgetPermission
from app.context import Actor
from app.periods import month_bounds
from app.service import Service
from app.validation import check_month, check_year
from db.models.budget import DirectExpense, ExpenseCategory
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus

OVER, AHEAD, ON_PACE, NO_BUDGET = "over", "ahead", "on_pace", "no_budget"


@dataclass(frozen=True)
class ReportRow:
    category_id: int | None  # None: the total row
    category_name: str
    budget: int
    adjustments: int
    effective: int
    spend: int
    committed: int
    remaining: int
    prorated: int  # the effective budget that should be used by `today`
    pace: str  # over | ahead | on_pace | no_budget

    @property
    def percent_used(self) -> Decimal | None:
        """Spend / effective budget in percent (None: no budget)."""
        return None if self.effective <= 0 else Decimal(self.spend * 100) / Decimal(self.effective)


@dataclass(frozen=True)
class BudgetReport:
    year: int
    month: int
    cumulative: bool
    today: dt.date
    rows: list[ReportRow]  # categories, then the total row
    # For the charts: cumulative effective budget and spend per month 1..12.
    cumulative_budget: list[int]
    cumulative_spend: list[int]

    @property
    def total(self) -> ReportRow:
        return self.rows[-1]


@dataclass(frozen=True)
class DrillRow:
    kind: str  # claim | expense
    date: dt.date
    reference: str  # claim number or "#id"
    who: str  # claimant or payee
    description: str
    status: str  # claim status, "" for expenses
    committed: bool
    amount_fen: int
    claim_id: int | None


def elapsed_fraction(year: int, month: int, today: dt.date) -> tuple[int, int]:
    """(days elapsed, days in month) of a month as of `today` (past month: all)."""
    days = calendar.monthrange(year, month)[1]
    if (year, month) < (today.year, today.month):
        return days, days
    if (year, month) > (today.year, today.month):
        return 0, days
    return today.day, days


def prorate(effective: int, year: int, month: int, today: dt.date) -> int:
    elapsed, days = elapsed_fraction(year, month, today)
    return effective * elapsed // days


def pace_of(effective: int, spend: int, committed: int, prorated: int) -> str:
    if effective <= 0:
        return OVER if spend + committed > 0 else NO_BUDGET
    if spend + committed > effective:
        return OVER
    if spend > prorated:
        return AHEAD
    return ON_PACE


class BudgetReportService(Service):
    def budget_vs_spend(
        self,
        actor: Actor,
        year: int,
        month: int,
        *,
        cumulative: bool = False,
        today: dt.date | None = None,
    ) -> BudgetReport:
        check_year(year)
        check_month(month)
        today = today or dt.date.today()
        with self.read(actor, BudgetPermission.VIEW_BUDGET_REPORT) as session:
            cells = year_cells(session, year)
            categories = list(
                session.execute(
                    select(
                        ExpenseCategory.id, ExpenseCategory.name, ExpenseCategory.active
                    ).order_by(ExpenseCategory.sort_order, ExpenseCategory.id)
                )
            )
        months = range(1, month + 1) if cumulative else (month,)
        rows: list[ReportRow] = []
        total, total_prorated = Cell(), 0
        for category_id, name, active in categories:
            cell, prorated = Cell(), 0
            for m in months:
                c = cells.get((category_id, m))
                if c is not None:
                    cell.add(c)
                    prorated += prorate(c.effective, year, m, today)
            if not active and cell == Cell():
                continue
            rows.append(_row(category_id, name, cell, prorated))
            total.add(cell)
            total_prorated += prorated
        rows.append(_row(None, "", total, total_prorated))
        cum_budget, cum_spend, b, s = [], [], 0, 0
        for m in range(1, 13):
            for (_c, cm), c in cells.items():
                if cm == m:
                    b += c.effective
                    s += c.spend
            cum_budget.append(b)
            cum_spend.append(s)
        return BudgetReport(year, month, cumulative, today, rows, cum_budget, cum_spend)

    def export_xlsx(
        self,
        actor: Actor,
        year: int,
        month: int,
        path: Path,
        *,
        cumulative: bool = False,
        today: dt.date | None = None,
    ) -> BudgetReport:
        """Write the report to `path` (.xlsx) and audit the export."""
        from app.audit.service import record_event
        from app.budget.export import write_xlsx

        report = self.budget_vs_spend(actor, year, month, cumulative=cumulative, today=today)
        write_xlsx(report, path)
        record_event(
            self.db,
            actor,
            "export",
            "budget_report",
            f"{year}-{month:02d}",
            f"{'cumulative' if cumulative else 'monthly'} -> {path}",
        )
        return report

    def drill_down(
        self,
        actor: Actor,
        year: int,
        month: int,
        category_id: int | None,
        *,
        cumulative: bool = False,
    ) -> list[DrillRow]:
        """The claim lines (spend and committed) and direct expenses behind a cell."""
        check_year(year)
        check_month(month)
        start = dt.date(year, 1 if cumulative else month, 1)
        _first, end = month_bounds(year, month)
        with self.read(actor, BudgetPermission.VIEW_BUDGET_REPORT) as session:
            claim_q = (
                select(ClaimLine, Claim.number, Claim.claimant_name, Claim.status, Claim.id)
                .join(Claim, Claim.id == ClaimLine.claim_id)
                .where(
                    ClaimLine.expense_date >= start,
                    ClaimLine.expense_date < end,
                    Claim.deleted_at.is_(None),
                    Claim.status.in_(ClaimStatus.SPENT + ClaimStatus.COMMITTED),
                )
            )
            expense_q = select(DirectExpense).where(
                DirectExpense.expense_date >= start, DirectExpense.expense_date < end
            )
            if category_id is not None:
                claim_q = claim_q.where(ClaimLine.category_id == category_id)
                expense_q = expense_q.where(DirectExpense.category_id == category_id)
            rows = [
                DrillRow(
                    "claim",
                    ln.expense_date,
                    number,
                    who,
                    " ".join(x for x in (ln.place, ln.description) if x),
                    status,
                    status in ClaimStatus.COMMITTED,
                    ln.amount_fen,
                    claim_id,
                )
                for ln, number, who, status, claim_id in session.execute(claim_q)
            ]
            rows += [
                DrillRow(
                    "expense",
                    e.expense_date,
                    f"#{e.id}",
                    e.payee,
                    " ".join(x for x in (e.channel, e.note) if x),
                    "",
                    False,
                    e.amount_fen,
                    None,
                )
                for e in session.scalars(expense_q)
            ]
        rows.sort(key=lambda r: (r.date, r.reference))
        return rows


def _row(category_id: int | None, name: str, cell: Cell, prorated: int) -> ReportRow:
    return ReportRow(
        category_id,
        name,
        cell.budget,
        cell.adjustments,
        cell.effective,
        cell.spend,
        cell.committed,
        cell.remaining,
        prorated,
        pace_of(cell.effective, cell.spend, cell.committed, prorated),
    )
