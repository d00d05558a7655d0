"""The campaigns' risk warning (app/risk_kit.py): an activity over and not wrapped up.

Completing an activity requires its summary (leads, cost, notes), so a completed
activity always has one; the risk is the activity left behind: approved or in
progress, its end date more than `risks.activity_summary_days` days past, and not
completed (the warning says whether a summary was at least written). Critical from
twice that many days.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.campaigns.permissions import CampaignPermission
from app.campaigns.translation import tr
from app.context import Actor
from app.risk_kit import RiskFinding, RiskRule, Unit, escalated, read_session
from db.models.campaigns import Activity, ActivityStatus

SUMMARY_DAYS = "risks.activity_summary_days"


def activity_findings(
    services: Any, actor: Actor, today: dt.date, thresholds: Mapping[str, int]
) -> list[RiskFinding]:
    days = thresholds[SUMMARY_DAYS]
    # ends_at is naive local time: the activity ended on ends_at's date.
    ended_before = dt.datetime.combine(today - dt.timedelta(days=days), dt.time())
    with read_session(services, actor, CampaignPermission.VIEW_ACTIVITIES) as session:
        rows = session.execute(
            select(Activity.id, Activity.name, Activity.ends_at, Activity.summarized_at)
            .where(
                Activity.status.in_(ActivityStatus.RESERVING),
                Activity.ends_at < ended_before,
            )
            .order_by(Activity.ends_at, Activity.id)
        ).all()
    findings = []
    for activity_id, name, ends_at, summarized_at in rows:
        late = (today - ends_at.date()).days
        if late <= days:
            continue
        text = (
            tr("%s ended %d days ago; the summary is written but the activity is not completed")
            if summarized_at is not None
            else tr("%s ended %d days ago and has no summary")
        )
        findings.append(
            RiskFinding(
                rule=ACTIVITY_RULE.key,
                subject=f"activity:{activity_id}:unfinished",
                severity=escalated(Decimal(late), Decimal(days)),
                message=text % (name, late),
                records=(("activities", activity_id),),
                labels=(name,),
                figure=Decimal(late),
                threshold=Decimal(days),
                unit=Unit.DAYS,
                step=Decimal(7),
            )
        )
    return findings


ACTIVITY_RULE = RiskRule(
    key="campaigns.activity_unfinished",
    title=lambda: tr("Activity over without a summary"),
    thresholds={SUMMARY_DAYS: 3},
    evaluate=activity_findings,
    needs=CampaignPermission.VIEW_ACTIVITIES,
    description=lambda: tr(
        "Approved or running activities whose end date passed the set days ago and that are not completed with their summary."  # noqa: E501
    ),
)

RULES = (ACTIVITY_RULE,)
