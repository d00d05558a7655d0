"""Throwaway risk rules for the service tests: a finding whose figure the test sets,
and a rule that raises."""

from __future__ import annotations

from decimal import Decimal

from app.risk_kit import RiskFinding, RiskRule, Severity, Unit

# The figure the next evaluation reports (None: no finding).
state: dict[str, Decimal | None] = {"figure": Decimal(12)}


def _findings(services, actor, today, thresholds):
    figure = state["figure"]
    if figure is None:
        return []
    return [
        RiskFinding(
            rule="test.fake",
            subject=f"fake:{today:%Y-%m}:thing:1",
            severity=Severity.WARNING,
            message=f"fake figure {figure}",
            records=(("expense_categories", 7),),
            figure=figure,
            threshold=Decimal(thresholds["risks.budget_pace_points"]),
            unit=Unit.POINTS,
            step=Decimal(5),
        )
    ]


def _broken(services, actor, today, thresholds):
    raise RuntimeError("the figures table is gone")


FAKE = RiskRule(
    key="test.fake",
    title=lambda: "Fake rule",
    thresholds={"risks.budget_pace_points": 10},
    evaluate=_findings,
)
BROKEN = RiskRule(key="test.broken", title=lambda: "Broken rule", thresholds={}, evaluate=_broken)
RULES = (BROKEN, FAKE)
