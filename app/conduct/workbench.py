"""The conduct records' workbench items (app.work_items): leave requests waiting
for the actor's decision (a manager: their department's staff, never their own),
and the actor's own records waiting for their answer (acknowledge or object)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.conduct.kinds import LEAVE
from app.conduct.permissions import ConductPermission
from app.conduct.service import RecordFilter
from app.conduct.translation import tr
from app.context import Actor
from app.entities import kind
from app.work_items import Section, WorkItem
from db.models.conduct import COUNTED_STATUSES, AckState, ConductRecord, ConductStatus

# Requests and records further away than this are not the workbench's business.
WINDOW = dt.timedelta(days=366)


def _days(start: dt.date, end: dt.date | None) -> str:
    return start.isoformat() if end is None or end == start else f"{start} – {end}"


def _line(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def items(services: Any, actor: Actor, today: dt.date) -> list[WorkItem]:
    if not actor.can(ConductPermission.VIEW_OWN):
        return []
    conduct = services.conduct
    start, end = today - WINDOW, today + WINDOW
    found: list[WorkItem] = []
    if actor.can(ConductPermission.APPROVE_LEAVE):
        requests = conduct.list_records(
            actor, RecordFilter(start, end, kind=LEAVE, status=ConductStatus.REQUESTED)
        )
        found.extend(
            WorkItem(
                Section.APPROVALS,
                tr("Leave request to decide: %s") % r.staff_name,
                _line(r.subkind_text, _days(r.occurred_on, r.ends_on), r.note),
                due=r.occurred_on,
                overdue=r.occurred_on < today,
                kind=kind(ConductRecord),
                record_id=r.id,
            )
            for r in reversed(requests)  # earliest first
            if r.staff_id != actor.staff_id
        )
    if actor.can(ConductPermission.ACKNOWLEDGE) and actor.staff_id is not None:
        mine = conduct.list_records(
            actor, RecordFilter(start, end, staff_id=actor.staff_id, ack_state=AckState.PENDING)
        )
        found.extend(
            WorkItem(
                Section.APPROVALS,
                tr("Conduct record to acknowledge: %s") % r.subkind_text,
                _line(r.occurred_on.isoformat(), r.recorder_name, r.note),
                kind=kind(ConductRecord),
                record_id=r.id,
            )
            for r in reversed(mine)
            if r.status in COUNTED_STATUSES
        )
    return found
