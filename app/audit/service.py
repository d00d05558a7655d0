"""Reading the audit log (admin only). Writing happens in Transaction.audit.

No service method writes an audit row on request: a row says what a service did,
so only the service doing it writes one (in its transaction, or through
`record_event` for an action that changes no table). A caller holding the
services, such as the UI, cannot forge one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.audit.permissions import AuditPermission
from app.context import Actor
from app.service import Change, Service
from db.engine import Database
from db.models.audit import AuditEntry


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: dict | None
    after: dict | None


@dataclass
class AuditFilter:
    username: str = ""
    entity: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive


class AuditService(Service):
    def query(self, actor: Actor, flt: AuditFilter, limit: int = 5000) -> list[AuditRow]:
        with self.read(actor, AuditPermission.VIEW_AUDIT) as session:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if flt.username:
                query = query.where(AuditEntry.username == flt.username)
            if flt.entity:
                query = query.where(AuditEntry.entity == flt.entity)
            if flt.date_from:
                start = dt.datetime.combine(flt.date_from, dt.time.min).astimezone(dt.UTC)
                query = query.where(AuditEntry.at >= start)
            if flt.date_to:
                end = dt.datetime.combine(
                    flt.date_to + dt.timedelta(days=1), dt.time.min
                ).astimezone(dt.UTC)
                query = query.where(AuditEntry.at < end)
            return [
                AuditRow(
                    e.id,
                    e.at,
                    e.username,
                    e.action,
                    e.entity,
                    e.entity_id,
                    e.summary,
                    e.before,
                    e.after,
                )
                for e in session.scalars(query)
            ]

    def distinct_values(self, actor: Actor) -> tuple[list[str], list[str]]:
        """User names and entity names present, for the viewer's filter boxes."""
        with self.read(actor, AuditPermission.VIEW_AUDIT) as session:
            users = list(
                session.scalars(
                    select(AuditEntry.username).distinct().order_by(AuditEntry.username)
                )
            )
            entities = list(
                session.scalars(select(AuditEntry.entity).distinct().order_by(AuditEntry.entity))
            )
            return users, entities


def record_event(
    db: Database,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: str = "",
    summary: str = "",
    after: dict | None = None,
) -> Change:
    """Audit an action that changes no table (an export, a restore, the demo).

    Internal to app/: the caller has checked `actor`'s permission for the action it
    audits. Deliberately not a method of AuditService, which the services container
    hands to every user.
    """
    service = Service(db)
    with service.tx(actor, None) as tx:
        tx.audit(action, entity=entity, entity_id=entity_id, summary=summary, after=after)
    return tx.change
