"""The campaign activity a kit is for (the campaigns feature's `activities`).

A kit named like an activity is linked to it: the kit carries a copy of the
activity, its team are the default booth staff, and every customer a bundle of
the kit creates or notes is linked to the activity (activity_leads), so the
activity's summary and the channel figures count the booth's leads.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.booth.permissions import BoothPermission
from app.context import Actor
from app.service import Transaction
from db.engine import Database
from db.models.booth import BoothKit
from db.models.campaigns import Activity, ActivityLead, ActivityMember, ActivityStatus

# Activities a kit is not made for: they will not take place.
CLOSED = (ActivityStatus.REJECTED, ActivityStatus.CANCELLED)
NAMES_SHOWN = 200
LOOKUP_CHUNK = 500  # values in one IN (...)


def find_activity(session: Session, name: str) -> Activity | None:
    """The activity of that name that will take place, the latest first."""
    return session.scalars(
        select(Activity)
        .where(Activity.name == name, Activity.status.notin_(CLOSED))
        .order_by(Activity.starts_at.desc(), Activity.id.desc())
    ).first()


def team_staff_ids(session: Session, activity: Activity) -> set[int]:
    """The activity's owner and team."""
    ids = set(
        session.scalars(
            select(ActivityMember.staff_id).where(ActivityMember.activity_id == activity.id)
        )
    )
    if activity.owner_id is not None:
        ids.add(activity.owner_id)
    return ids


def activity_rows(
    activity: Activity, session: Session, staff_ids: set[int], user_ids: set[int]
) -> list[tuple[str, list[dict[str, Any]]]]:
    """The activity and its team as rows for the kit, their references cut to what
    the kit holds (its plan and budget category stay in the office)."""
    row = {c.key: getattr(activity, c.key) for c in Activity.__mapper__.column_attrs}
    row.update(plan_id=None, category_id=None)
    if row["owner_id"] not in staff_ids:
        row["owner_id"] = None
    if row["created_by_user_id"] not in user_ids:
        row["created_by_user_id"] = None
    members = [
        {"activity_id": activity.id, "staff_id": m.staff_id, "role": m.role}
        for m in session.scalars(
            select(ActivityMember).where(ActivityMember.activity_id == activity.id)
        )
        if m.staff_id in staff_ids
    ]
    return [("activities", [row]), ("activity_members", members)]


def activity_names(db: Database, actor: Actor) -> list[str]:
    """Names of the activities a kit may be made for, the latest first."""
    actor.require(BoothPermission.CREATE_KITS)
    with db.read_session() as session:
        names = session.scalars(
            select(Activity.name)
            .where(Activity.status.notin_(CLOSED))
            .order_by(Activity.starts_at.desc())
            .limit(NAMES_SHOWN)
        )
        return list(dict.fromkeys(names))


def link_leads(tx: Transaction, kit: BoothKit, linked: dict[int, dt.datetime]) -> int:
    """Link customers (id -> capture time) to the kit's activity, once each; how
    many links were added."""
    if kit.activity_id is None or not linked:
        return 0
    if tx.session.get(Activity, kit.activity_id) is None:
        return 0
    ids = sorted(linked)
    already: set[int] = set()
    for start in range(0, len(ids), LOOKUP_CHUNK):
        already.update(
            tx.session.scalars(
                select(ActivityLead.customer_id).where(
                    ActivityLead.activity_id == kit.activity_id,
                    ActivityLead.customer_id.in_(ids[start : start + LOOKUP_CHUNK]),
                )
            )
        )
    added = 0
    for customer_id in sorted(set(linked) - already):
        # activity_leads keeps naive local times, like the activity's own times.
        captured = linked[customer_id].astimezone().replace(tzinfo=None)
        tx.session.add(
            ActivityLead(activity_id=kit.activity_id, customer_id=customer_id, captured_at=captured)
        )
        added += 1
    return added
