"""Importing a monthly attendance export: preview, then one transaction.

    preview = service.preview(actor, path, "dingtalk")   # mapping guessed or remembered
    preview = service.preview(actor, path, "dingtalk", mapping=..., month=...)  # adjusted
    change = service.run(actor, preview)                  # change.result: records added

The file goes through the customers import's reader, so a hostile spreadsheet (a
zip bomb, a cell at XFD1048576) is refused before it is parsed
(app/customers_io/guard.py). A fact is one record per person, day and type: its
key (`ConductRecord.import_key`) makes a second import of the same month, or of an
overlapping export from another source, add nothing; a fact already recorded by
hand is left to that record. The mapping used is remembered per source.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from app.conduct import scope
from app.conduct.attendance import (
    FIELDS,
    SOURCES,
    Event,
    find_table,
    guess_mapping,
    read_events,
)
from app.conduct.kinds import LEAVE
from app.conduct.permissions import ConductPermission
from app.conduct.rules import ConductRules
from app.conduct.translation import tr
from app.context import Actor, actor_name
from app.customers_io.reader import read_file
from app.errors import PermissionDenied, ServiceError, ValidationError
from app.service import Change, Service
from db.models.conduct import AckState, ConductImportMapping, ConductRecord
from db.models.conduct import ConductStatus as S
from db.models.staff import Department, Staff
from db.types import utcnow

NEW = "new"
EXISTS = "exists"  # imported before, or recorded by hand
UNKNOWN = "unknown"  # no staff member of that name
AMBIGUOUS = "ambiguous"  # several, and the department does not tell them apart
OUTSIDE = "outside"  # not someone the importing manager manages
STATES = (NEW, EXISTS, UNKNOWN, AMBIGUOUS, OUTSIDE)


def source_label(source: str) -> str:
    return {
        "dingtalk": tr("DingTalk"),
        "wecom": tr("WeCom"),
        "timeclock": tr("Time clock"),
    }.get(source, source)


def state_label(state: str) -> str:
    return {
        NEW: tr("New"),
        EXISTS: tr("Already recorded"),
        UNKNOWN: tr("No such staff member"),
        AMBIGUOUS: tr("Several staff members of this name"),
        OUTSIDE: tr("Not in your department"),
    }.get(state, state)


@dataclass(frozen=True)
class Planned:
    event: Event
    staff_id: int | None
    state: str

    @property
    def key(self) -> str:
        e = self.event
        return f"att:{self.staff_id}:{e.day.isoformat()}:{e.subkind}"


@dataclass
class AttendancePreview:
    path: str
    source: str
    columns: list[str]
    mapping: dict[str, str]
    month: dt.date | None
    planned: list[Planned] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def count(self, state: str) -> int:
        return sum(1 for p in self.planned if p.state == state)

    def counts(self) -> dict[str, int]:
        found = Counter(p.state for p in self.planned)
        return {state: found.get(state, 0) for state in STATES}


class AttendanceImportService(Service):
    def remembered_mapping(self, actor: Actor, source: str) -> dict[str, str]:
        with self.read(actor, ConductPermission.IMPORT_ATTENDANCE) as session:
            row = session.get(ConductImportMapping, source)
            return dict(row.mapping) if row else {}

    def preview(
        self,
        actor: Actor,
        path: str | Path,
        source: str,
        mapping: dict[str, str] | None = None,
        month: dt.date | None = None,
    ) -> AttendancePreview:
        actor.require(ConductPermission.IMPORT_ATTENDANCE)
        if source not in SOURCES:
            raise ValidationError("source", tr("Unknown attendance source '%s'.") % source)
        remembered = self.remembered_mapping(actor, source) if mapping is None else {}
        rows = read_file(path).rows
        table = find_table(rows, (mapping or remembered).get("name")) or find_table(rows)
        if table is None:
            raise ServiceError(
                tr("No header with a name column (姓名) was found in the first rows of %s.")
                % Path(path).name
            )
        if mapping is None:
            mapping = guess_mapping(table.columns)
            # The remembered mapping wins where its headers are in this file.
            mapping.update({k: v for k, v in remembered.items() if _present(v, table.columns)})
        mapping = {k: v for k, v in mapping.items() if k in FIELDS and v}
        month = month or table.month
        preview = AttendancePreview(str(path), source, table.columns, mapping, month)
        reading = read_events(rows, table, mapping, month)
        preview.problems = reading.problems
        with self.read(actor, ConductPermission.IMPORT_ATTENDANCE) as session:
            preview.planned = _plan(session, actor, reading.events)
        return preview

    def run(self, actor: Actor, preview: AttendancePreview) -> Change:
        """Add the new facts of a preview (checked again inside the transaction)."""
        with self.tx(actor, ConductPermission.IMPORT_ATTENDANCE) as tx:
            planned = _plan(tx.session, actor, [p.event for p in preview.planned])
            rules = ConductRules.load(tx.session)
            now = utcnow()
            added = 0
            for p in planned:
                if p.state != NEW or p.staff_id is None:
                    continue
                e = p.event
                leave = e.kind == LEAVE
                record = ConductRecord(
                    staff_id=p.staff_id,
                    occurred_on=e.day,
                    kind=e.kind,
                    subkind=e.subkind,
                    points=rules.points_for(e.kind, e.subkind),
                    # Leave in an attendance export was approved in DingTalk/WeCom.
                    status=S.APPROVED if leave else S.RECORDED,
                    hours=e.hours,
                    minutes=e.minutes,
                    note=e.text,
                    recorder_user_id=actor.user_id,
                    recorder_name=actor_name(actor),
                    decided_by=source_label(preview.source) if leave else "",
                    decided_at=now if leave else None,
                    ack_state=AckState.PENDING,
                    source=preview.source,
                    import_key=p.key,
                )
                tx.session.add(record)
                tx.audit("create", record, None, summary=f"import {preview.source}")
                added += 1
            stored = tx.session.get(ConductImportMapping, preview.source)
            if stored is None:
                stored = ConductImportMapping(source=preview.source, mapping={})
                tx.session.add(stored)
            stored.mapping = dict(preview.mapping)
            stored.updated_by = actor_name(actor)
            tx.audit(
                "import",
                entity=ConductRecord.__tablename__,
                summary=f"{preview.source} {Path(preview.path).name}: {added}",
            )
        return tx.returning(added)


def _present(header: str, columns: list[str]) -> bool:
    from app.conduct.attendance import RESULT_SEPARATOR

    return all(part in columns for part in header.split(RESULT_SEPARATOR))


def _plan(session: Session, actor: Actor, events: list[Event]) -> list[Planned]:
    """Each event with its staff member and state (new, already recorded, ...)."""
    people: dict[str, list[tuple[int, str]]] = {}
    query = (
        select(Staff.id, Staff.name, Department.name)
        .outerjoin(Department, Staff.department_id == Department.id)
        .where(Staff.name.in_({e.name for e in events}))
    )
    for staff_id, name, department in session.execute(query):
        people.setdefault(name, []).append((staff_id, department or ""))
    manageable: dict[int, bool] = {}

    def may_manage(staff_id: int) -> bool:
        if staff_id not in manageable:
            try:
                scope.check_may_manage(session, actor, staff_id)
                manageable[staff_id] = True
            except PermissionDenied:
                manageable[staff_id] = False
        return manageable[staff_id]

    resolved: list[tuple[Event, int | None, str]] = []
    for e in events:
        found = people.get(e.name, [])
        if len(found) > 1 and e.department:
            found = [f for f in found if f[1] == e.department] or found
        if not found:
            resolved.append((e, None, UNKNOWN))
        elif len(found) > 1:
            resolved.append((e, None, AMBIGUOUS))
        elif not may_manage(found[0][0]):
            resolved.append((e, found[0][0], OUTSIDE))
        else:
            resolved.append((e, found[0][0], NEW))
    existing = _existing(session, [(s, e.day, e.subkind) for e, s, st in resolved if st == NEW])
    planned = []
    for e, person, state in resolved:
        if state == NEW and (person, e.day, e.subkind) in existing:
            state = EXISTS
        planned.append(Planned(e, person, state))
    return planned


def _existing(
    session: Session, facts: list[tuple[int | None, dt.date, str]]
) -> set[tuple[int | None, dt.date, str]]:
    """The facts already recorded, imported or by hand; a withdrawn one too, so that a
    re-import does not bring back what a manager withdrew."""
    found: set[tuple[int | None, dt.date, str]] = set()
    for start in range(0, len(facts), 500):
        chunk = facts[start : start + 500]
        query = select(
            ConductRecord.staff_id, ConductRecord.occurred_on, ConductRecord.subkind
        ).where(
            tuple_(ConductRecord.staff_id, ConductRecord.occurred_on, ConductRecord.subkind).in_(
                chunk
            ),
        )
        found.update((s, d, k) for s, d, k in session.execute(query))
    return found
