"""The budget's risk warning (app/risk_kit.py): a category spending faster than its
pace this month.

Measured per category with a budget this month: the spend as a share of the
month's effective budget, minus the share of the month gone (the budget report's
`elapsed_fraction`, the same pace the report colours). A category more than
`risks.budget_pace_points` percentage points ahead is a warning; one whose spend
and committed claims pass its budget (pace "over") is critical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from app.budget.pace import pace_label
from app.budget.permissions import BudgetPermission
from app.budget.report import OVER, elapsed_fraction
from app.budget.translation import tr
from app.context import Actor
from app.risk_kit import RiskFinding, RiskRule, Severity, Unit, percent

PACE_POINTS = "risks.budget_pace_points"


def pace_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    limit = Decimal(thresholds[PACE_POINTS])
    report = services.budget_report.budget_vs_spend(actor, today.year, today.month, today=today)
    elapsed, days = elapsed_fraction(today.year, today.month, today)
    elapsed_pct = percent(elapsed, days)
    findings = []
    for row in report.rows[:-1]:  # the last row is the total
        if row.category_id is None or row.effective <= 0:
            continue
        spend_pct = percent(row.spend, row.effective)
        ahead = spend_pct - elapsed_pct
        if ahead <= limit:
            continue
        findings.append(
            RiskFinding(
                rule=PACE_RULE.key,
                subject=f"budget:{today:%Y-%m}:category:{row.category_id}",
                severity=Severity.CRITICAL if row.pace == OVER else Severity.WARNING,
                message=tr("%s: %s%% of the month's budget spent, %s%% of the month gone (%s)")
                % (row.category_name, spend_pct, elapsed_pct, pace_label(row.pace)),
                records=(("expense_categories", row.category_id),),
                labels=(row.category_name,),
                figure=ahead,
                threshold=limit,
                unit=Unit.POINTS,
                step=max(limit, Decimal(5)),
            )
        )
    return findings


PACE_RULE = RiskRule(
    key="budget.pace",
    title=lambda: tr("Budget category ahead of pace"),
    thresholds={PACE_POINTS: 10},
    evaluate=pace_findings,
    needs=BudgetPermission.VIEW_BUDGET_REPORT,
    description=lambda: tr(
        "This month's spend share of a category's budget minus the share of the month gone, in points."  # noqa: E501
    ),
)

RULES = (PACE_RULE,)
