"""The channel evaluation's risk warning (app/risk_kit.py): a channel whose cost per
lead jumps.

This month so far (the 1st to today) against the previous `risks.cpl_months` whole
months together: the channel's cost over its leads in each (first-touch, the
channel report's figures). This month's CPL more than `risks.cpl_jump_percent` per
cent above the earlier one is a warning (critical from twice that). A month with
fewer than `risks.cpl_min_leads` leads says too little and is not judged, nor is a
channel with no leads or no cost before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

from app.channel_eval.periods import Period
from app.channel_eval.permissions import ChannelEvalPermission
from app.channel_eval.text import money_text
from app.channel_eval.translation import tr
from app.context import Actor
from app.risk_kit import RiskFinding, RiskRule, Unit, escalated

MONTHS = "risks.cpl_months"
JUMP_PERCENT = "risks.cpl_jump_percent"
MIN_LEADS = "risks.cpl_min_leads"


def _months_back(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def jump_percent(now: Fraction, before: Fraction) -> Decimal:
    """(now / before - 1) in percent, to 0.1."""
    share = (now - before) * 100 / before
    return (Decimal(share.numerator) / Decimal(share.denominator)).quantize(Decimal("0.1"))


def cpl_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    months = thresholds[MONTHS]
    limit = Decimal(thresholds[JUMP_PERCENT])
    min_leads = thresholds[MIN_LEADS]
    first = today.replace(day=1)
    current = services.channel_eval.figures(actor, Period(first, today))
    earlier = services.channel_eval.figures(
        actor, Period(_months_back(first, months), first - dt.timedelta(days=1))
    )
    findings = []
    for row in current.rows:
        if row.channel_id is None:
            continue
        now_cpl = row.figures.cpl
        if now_cpl is None or row.figures.leads < min_leads:
            continue
        before = earlier.row(row.channel_id)
        before_cpl = before.figures.cpl if before is not None else None
        if not before_cpl:  # no leads, or no cost, before: nothing to jump from
            continue
        jump = jump_percent(now_cpl, before_cpl)
        if jump <= limit:
            continue
        findings.append(
            RiskFinding(
                rule=CPL_RULE.key,
                subject=f"cpl:{today:%Y-%m}:channel:{row.channel_id}",
                severity=escalated(jump, limit),
                message=tr("%s: cost per lead %s this month against %s in the previous %d months")
                % (row.name, money_text(now_cpl), money_text(before_cpl), months),
                records=(("channels", row.channel_id),),
                labels=(row.name,),
                figure=jump,
                threshold=limit,
                unit=Unit.PERCENT,
                step=max(limit, Decimal(10)),
            )
        )
    return findings


CPL_RULE = RiskRule(
    key="channel_eval.cpl_jump",
    title=lambda: tr("Channel cost per lead jumps"),
    thresholds={MONTHS: 3, JUMP_PERCENT: 50, MIN_LEADS: 5},
    evaluate=cpl_findings,
    needs=ChannelEvalPermission.VIEW_CHANNEL_REPORT,
    description=lambda: tr(
        "This month's cost per lead of a channel against its cost per lead over the previous months, in per cent."  # noqa: E501
    ),
)

RULES = (CPL_RULE,)
