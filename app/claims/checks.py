"""What a claim is checked against: standards, near-duplicates, the remaining budget.

These return warnings; the hard rules (invoice format and reuse, permissions,
finance approval over budget) raise in the service.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.budget.figures import year_cells
from app.claims.rows import ClaimWarning
from app.claims.translation import tr
from app.money import format_money
from db.models.budget import BudgetPlan, ExpenseCategory, PlanStatus
from db.models.budget_claims import Claim, ClaimLine, ClaimStatus


def standard_flags(
    lines: list[ClaimLine], categories: dict[int, ExpenseCategory]
) -> dict[int, str]:
    """Line index -> the standard it exceeds (empty dict when all are within)."""
    flags: dict[int, str] = {}
    per_category: dict[int, int] = defaultdict(int)
    for line in lines:
        per_category[line.category_id] += line.amount_fen
    for i, line in enumerate(lines):
        category = categories.get(line.category_id)
        if category is None:
            continue
        if category.line_cap_fen is not None and line.amount_fen > category.line_cap_fen:
            flags[i] = tr("over the %s limit of %s per line") % (
                category.name,
                format_money(category.line_cap_fen),
            )
        elif (
            category.claim_cap_fen is not None
            and per_category[line.category_id] > category.claim_cap_fen
        ):
            flags[i] = tr("%s on this claim total %s, over the limit of %s per claim") % (
                category.name,
                format_money(per_category[line.category_id]),
                format_money(category.claim_cap_fen),
            )
    return flags


def standard_warnings(
    lines: list[ClaimLine], categories: dict[int, ExpenseCategory]
) -> list[ClaimWarning]:
    """One warning for the claim, listing every line over a standard (not one per line)."""
    flags = standard_flags(lines, categories)
    if not flags:
        return []
    # A per-claim cap flags several lines with one text: name those lines together.
    by_text: dict[str, list[int]] = {}
    for i, text in sorted(flags.items()):
        by_text.setdefault(text, []).append(i + 1)
    listed = "; ".join(
        (tr("line %s: %s") if len(numbers) == 1 else tr("lines %s: %s"))
        % (", ".join(str(n) for n in numbers), text)
        for text, numbers in by_text.items()
    )
    return [
        ClaimWarning(
            "over_standard",
            tr("Over the reimbursement standard: %s.") % listed,
            {"lines": [i + 1 for i in sorted(flags)]},
        )
    ]


def age_warnings(lines: list[ClaimLine], max_days: int, claim_date: dt.date) -> list[ClaimWarning]:
    """Lines whose expense lies more than the office's limit (0 = no limit) before the
    claim's date: the expense was claimed late. Such a line often falls in a year with
    no budget; budget_overruns says so plainly rather than "remaining budget ¥0.00"."""
    if max_days <= 0:
        return []
    oldest = claim_date - dt.timedelta(days=max_days)
    return [
        ClaimWarning(
            "old_expense",
            tr(
                "Line %d: the expense of %s is older than %d days (the office's limit for "
                "claiming an expense)."
            )
            % (i + 1, line.expense_date.isoformat(), max_days),
            {"line": i + 1, "max_days": max_days},
        )
        for i, line in enumerate(lines)
        if line.expense_date < oldest
    ]


def duplicate_warnings(
    session: Session, claim: Claim, categories: dict[int, ExpenseCategory]
) -> list[ClaimWarning]:
    """Same claimant, date, amount and category on another live claim: warn, not block."""
    if not claim.lines:
        return []
    dates = {ln.expense_date for ln in claim.lines}
    amounts = {ln.amount_fen for ln in claim.lines}
    others = session.execute(
        select(Claim.number, ClaimLine.expense_date, ClaimLine.amount_fen, ClaimLine.category_id)
        .join(Claim, Claim.id == ClaimLine.claim_id)
        .where(
            Claim.claimant_user_id == claim.claimant_user_id,
            Claim.id != claim.id,
            Claim.deleted_at.is_(None),
            Claim.status != ClaimStatus.CANCELLED,
            ClaimLine.expense_date.in_(dates),
            ClaimLine.amount_fen.in_(amounts),
        )
        .order_by(Claim.id)
    ).all()
    warnings = []
    for i, line in enumerate(claim.lines):
        for number, date, amount, category_id in others:
            if (date, amount, category_id) == (
                line.expense_date,
                line.amount_fen,
                line.category_id,
            ):
                name = categories[category_id].name if category_id in categories else ""
                warnings.append(
                    ClaimWarning(
                        "possible_duplicate",
                        tr(
                            "Line %d: claim %s already has %s of %s on %s. Is this the same expense?"  # noqa: E501
                        )
                        % (i + 1, number, name, format_money(amount), date.isoformat()),
                        {"line": i + 1, "other": number},
                    )
                )
                break
    return warnings


def budget_overruns(
    session: Session, claim: Claim, categories: dict[int, ExpenseCategory]
) -> list[ClaimWarning]:
    """Categories and months where this claim exceeds the remaining budget.

    The claim itself is left out of the committed figure, so the answer is the
    same whether it is still a draft or already submitted.
    """
    wanted: dict[tuple[int, int, int], int] = defaultdict(int)
    for line in claim.lines:
        d = line.expense_date
        wanted[(d.year, d.month, line.category_id)] += line.amount_fen
    by_year: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for year, month, category_id in wanted:
        by_year[year].append((month, category_id))
    warnings = []
    for year, keys in sorted(by_year.items()):
        if not _has_budget(session, year):
            # Without an approved plan every month's "remaining budget" is ¥0.00,
            # which reads as a shortfall; say what is really the matter.
            amount = sum(wanted[(year, m, c)] for m, c in keys)
            warnings.append(
                ClaimWarning(
                    "over_budget",
                    tr(
                        "%d has no approved budget: this claim's %s dated in %d is outside any budget."  # noqa: E501
                    )
                    % (year, format_money(amount), year),
                    {"year": year, "claim": amount, "no_budget": True, "over": amount},
                )
            )
            continue
        cells = year_cells(
            session,
            year,
            months={m for m, _ in keys},
            category_ids={c for _, c in keys},
            exclude_claim_id=claim.id,
        )
        for month, category_id in sorted(keys):
            amount = wanted[(year, month, category_id)]
            cell = cells.get((category_id, month))
            effective = cell.effective if cell else 0
            spend = cell.spend if cell else 0
            committed = cell.committed if cell else 0
            remaining = effective - spend - committed
            if amount <= remaining:
                continue
            name = categories[category_id].name if category_id in categories else "?"
            figures = {
                "year": year,
                "month": month,
                "category_id": category_id,
                "category": name,
                "claim": amount,
                "effective": effective,
                "spend": spend,
                "committed": committed,
                "remaining": remaining,
                "over": amount - remaining,
            }
            warnings.append(
                ClaimWarning(
                    "over_budget",
                    tr(
                        "%s, %d-%02d: this claim %s exceeds the remaining budget %s by %s "
                        "(effective budget %s, spent %s, committed %s)."
                    )
                    % (
                        name,
                        year,
                        month,
                        format_money(amount),
                        format_money(remaining),
                        format_money(amount - remaining),
                        format_money(effective),
                        format_money(spend),
                        format_money(committed),
                    ),
                    figures,
                )
            )
    return warnings


def _has_budget(session: Session, year: int) -> bool:
    return (
        session.scalar(
            select(BudgetPlan.id)
            .where(BudgetPlan.year == year, BudgetPlan.status == PlanStatus.APPROVED)
            .limit(1)
        )
        is not None
    )


def load_categories(session: Session) -> dict[int, ExpenseCategory]:
    return {c.id: c for c in session.scalars(select(ExpenseCategory))}
