"""Conduct records: write, change and withdraw them; leave asked for and decided; the
staff member's acknowledgement or objection; evidence files.

Who may do what is in app/conduct/scope.py; the points a new record counts come
from the office's rules (app/conduct/rules.py) unless the recorder sets them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session, selectinload

from app.attachments import check_attachment
from app.conduct import scope
from app.conduct.kinds import LEAVE
from app.conduct.permissions import ConductPermission
from app.conduct.points import lines_of
from app.conduct.records import (
    AttachmentRow,
    RecordInput,
    RecordRow,
    check_record,
    record_row,
)
from app.conduct.rules import ConductRules
from app.conduct.summary import PersonSummary, summarise
from app.conduct.translation import tr
from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.files import written_whole
from app.office.service import OfficeSettingsService
from app.service import Change, Service, Transaction, snapshot
from db.models.conduct import (
    COUNTED_STATUSES,
    AckState,
    ConductAttachment,
    ConductRecord,
)
from db.models.conduct import ConductStatus as S
from db.models.staff import Department, Staff
from db.types import utcnow

MAX_REASON = 1000


@dataclass(frozen=True)
class RecordFilter:
    start: dt.date
    end: dt.date
    staff_id: int | None = None
    kind: str | None = None
    status: str | None = None
    ack_state: str | None = None


def _reason(text: str, field: str, required: bool) -> str:
    text = text.strip()
    if required and not text:
        raise ValidationError(field, tr("Give a reason."))
    if len(text) > MAX_REASON:
        raise ValidationError(
            field, tr("The reason is too long (at most %d characters).") % MAX_REASON
        )
    return text


def evidence(filename: str, data: bytes) -> tuple[str, str, str]:
    """(clean name, MIME type, sha256) of an evidence file: a PDF or an image."""
    return check_attachment(
        filename,
        data,
        tr(
            "'%s' cannot be kept as evidence: attach a PDF or an image (a photo, a scan, a certificate)."  # noqa: E501
        ),
    )


class ConductService(Service):
    today: Callable[[], dt.date] = staticmethod(dt.date.today)

    # --- reads -------------------------------------------------------------------

    def rules(self, actor: Actor) -> ConductRules:
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            return ConductRules.load(session)

    def list_records(self, actor: Actor, flt: RecordFilter) -> list[RecordRow]:
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            query = (
                select(ConductRecord)
                .where(ConductRecord.occurred_on >= flt.start, ConductRecord.occurred_on <= flt.end)
                .options(
                    selectinload(ConductRecord.staff).selectinload(Staff.department),
                    selectinload(ConductRecord.attachments).load_only(
                        ConductAttachment.id,
                        ConductAttachment.filename,
                        ConductAttachment.mime_type,
                        ConductAttachment.size,
                    ),
                )
                .order_by(ConductRecord.occurred_on.desc(), ConductRecord.id.desc())
            )
            visible = scope.visible_condition(session, actor)
            if visible is not None:
                query = query.where(visible)
            if flt.staff_id is not None:
                query = query.where(ConductRecord.staff_id == flt.staff_id)
            if flt.kind:
                query = query.where(ConductRecord.kind == flt.kind)
            if flt.status:
                query = query.where(ConductRecord.status == flt.status)
            if flt.ack_state:
                query = query.where(ConductRecord.ack_state == flt.ack_state)
            return [record_row(r) for r in session.scalars(query)]

    def get_record(self, actor: Actor, record_id: int) -> RecordRow:
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            return record_row(self._visible(session, actor, record_id))

    def people(self, actor: Actor) -> list[tuple[int, str]]:
        """(staff id, name) of the people whose records the actor may see or write."""
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            query = select(Staff.id, Staff.name).where(Staff.active.is_(True))
            if not actor.can(ConductPermission.VIEW_ALL):
                ids = {actor.staff_id} if actor.staff_id is not None else set()
                department = (
                    scope.own_department(session, actor)
                    if actor.can(ConductPermission.VIEW_DEPARTMENT)
                    else None
                )
                if department is not None:
                    ids |= set(
                        session.scalars(select(Staff.id).where(Staff.department_id == department))
                    )
                query = query.where(Staff.id.in_(ids))
            return [(i, n) for i, n in session.execute(query.order_by(Staff.name, Staff.id))]

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            attachment = session.get(ConductAttachment, attachment_id)
            if attachment is None:
                raise NotFound(tr("The file no longer exists."))
            self._visible(session, actor, attachment.record_id)
            return attachment.filename, attachment.mime_type, attachment.data

    def summary(self, actor: Actor, start: dt.date, end: dt.date) -> list[PersonSummary]:
        """Per person the actor may see (everyone in scope, with or without records)."""
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            records = self._records(session, actor, start, end)
            names = self._names(session, actor, {r.staff_id for r in records})
            rows = summarise(records, ConductRules.load(session), names)
        return sorted(rows, key=lambda s: (s.department, s.name, s.staff_id))

    def print_record(
        self, actor: Actor, staff_id: int, start: dt.date, end: dt.date, path: str | Path
    ) -> Change:
        """The printed conduct record of one person and period (audited); the change's
        result is the number of pages."""
        with self.read(actor, ConductPermission.VIEW_OWN) as session:
            staff = session.get(Staff, staff_id)
            if staff is None:
                raise NotFound(tr("No such staff member."))
            scope.check_may_see_person(session, actor, staff_id)
            records = self._records(session, actor, start, end, staff_id)
            names = {staff_id: (staff.name, staff.department.name if staff.department else "")}
            rules = ConductRules.load(session)
            person = summarise(records, rules, names)[0]
            rows = [record_row(r, with_attachments=False) for r in records]
            counted = [r for r in records if r.status in COUNTED_STATUSES]
            rule_lines = [line for line in lines_of(counted, rules) if line.record_id is None]
        organisation = OfficeSettingsService(self.db).current(actor).organization_name
        # reportlab is loaded for printing only: the workbench reads this service
        # as the window opens.
        from app.conduct.record_pdf import write_conduct_record

        target = Path(path)
        with written_whole(target) as temp:
            pages = write_conduct_record(
                person,
                rows,
                rule_lines,
                start,
                end,
                temp,
                organisation=organisation,
                lates_per_absence=rules.lates_per_absence,
            )
        with self.tx(actor, None) as tx:
            tx.audit(
                "print",
                entity=ConductRecord.__tablename__,
                entity_id=staff_id,
                summary=f"conduct record {staff.name} {start}..{end}, {pages} page(s)",
            )
        return tx.returning(pages)

    # --- records by a manager ----------------------------------------------------

    def create_record(self, actor: Actor, data: RecordInput) -> RecordRow:
        """A record written by a manager; a leave recorded so is approved at once."""
        with self.tx(actor, ConductPermission.RECORD) as tx:
            record = self.record_in(tx, data)
            return tx.done(record_row(record))

    def record_in(self, tx: Transaction, data: RecordInput) -> ConductRecord:
        """Write a record inside another feature's transaction (a meeting's attendance
        records lateness in the same user action): the same checks, permission and
        audit row as create_record; a refusal rolls the caller's whole call back."""
        actor = tx.actor
        actor.require(ConductPermission.RECORD)
        data = check_record(data, self.today())
        tx.get(Staff, data.staff_id)
        scope.check_may_manage(tx.session, actor, data.staff_id)
        record = self._new(tx, data)
        if data.kind == LEAVE:
            record.status = S.APPROVED
            record.decided_by = actor_name(actor)
            record.decided_at = utcnow()
        tx.session.add(record)
        tx.audit("create", record, None)
        return record

    def update_record(
        self, actor: Actor, record_id: int, expected_version: int, data: RecordInput
    ) -> RecordRow:
        """Change a record; one whose facts changed needs acknowledging again."""
        data = check_record(data, self.today())
        with self.tx(actor, ConductPermission.RECORD) as tx:
            record = tx.get(ConductRecord, record_id, expected_version)
            scope.check_may_manage(tx.session, actor, record.staff_id)
            if data.staff_id != record.staff_id:
                tx.get(Staff, data.staff_id)
                scope.check_may_manage(tx.session, actor, data.staff_id)
            if record.status == S.VOIDED:
                raise ConflictError(tr("A withdrawn record can no longer be changed."))
            if (data.kind == LEAVE) != (record.kind == LEAVE):
                raise ValidationError("kind", tr("A leave cannot become another kind of record."))
            before = snapshot(record)
            rules = ConductRules.load(tx.session)
            record.staff_id = data.staff_id
            record.occurred_on = data.occurred_on
            record.ends_on = data.ends_on
            record.kind = data.kind
            record.subkind = data.subkind
            record.points = (
                data.points
                if data.points is not None
                else rules.points_for(data.kind, data.subkind)
            )
            record.hours = data.hours
            record.minutes = data.minutes
            record.note = data.note
            facts = ("staff_id", "occurred_on", "ends_on", "kind", "subkind", "points")
            if any(before[f] != snapshot(record)[f] for f in facts):
                record.ack_state = AckState.PENDING
                record.ack_at = None
                record.objection = ""
            tx.audit("update", record, before)
            return tx.done(record_row(record))

    def void_record(
        self, actor: Actor, record_id: int, expected_version: int, reason: str
    ) -> RecordRow:
        """Withdraw a record (an objection upheld, a mistake): it stays, counting nothing."""
        reason = _reason(reason, "reason", required=True)
        with self.tx(actor, ConductPermission.RECORD) as tx:
            record = tx.get(ConductRecord, record_id, expected_version)
            scope.check_may_manage(tx.session, actor, record.staff_id)
            if record.status == S.VOIDED:
                raise ConflictError(tr("The record is withdrawn already."))
            before = snapshot(record)
            record.status = S.VOIDED
            record.decided_by = actor_name(actor)
            record.decided_at = utcnow()
            record.decision_note = reason
            tx.audit("void", record, before, summary=reason)
            return tx.done(record_row(record))

    # --- leave -------------------------------------------------------------------

    def request_leave(self, actor: Actor, data: RecordInput) -> RecordRow:
        """Ask for one's own leave; a manager approves or rejects it."""
        if actor.staff_id is None:
            raise PermissionDenied(tr("Your account is not linked to a staff member."))
        data = check_record(
            RecordInput(
                staff_id=actor.staff_id,
                occurred_on=data.occurred_on,
                kind=LEAVE,
                subkind=data.subkind,
                hours=data.hours,
                ends_on=data.ends_on,
                note=data.note,
            ),
            self.today(),
        )
        with self.tx(actor, ConductPermission.REQUEST_LEAVE) as tx:
            record = self._new(tx, data)
            record.status = S.REQUESTED
            # The person asked for it: nothing to acknowledge.
            record.ack_state = AckState.ACKNOWLEDGED
            record.ack_at = utcnow()
            tx.session.add(record)
            tx.audit("create", record, None, summary="leave requested")
            return tx.done(record_row(record))

    def decide_leave(
        self, actor: Actor, record_id: int, expected_version: int, approve: bool, note: str = ""
    ) -> RecordRow:
        note = _reason(note, "note", required=not approve)
        with self.tx(actor, ConductPermission.APPROVE_LEAVE) as tx:
            record = tx.get(ConductRecord, record_id, expected_version)
            scope.check_may_manage(tx.session, actor, record.staff_id)
            if record.kind != LEAVE or record.status != S.REQUESTED:
                raise ConflictError(tr("Only a requested leave can be approved or rejected."))
            before = snapshot(record)
            record.status = S.APPROVED if approve else S.REJECTED
            record.decided_by = actor_name(actor)
            record.decided_at = utcnow()
            record.decision_note = note
            tx.audit("approve" if approve else "reject", record, before, summary=note)
            return tx.done(record_row(record))

    # --- the staff member's answer -----------------------------------------------

    def acknowledge(self, actor: Actor, record_id: int, expected_version: int) -> RecordRow:
        return self._answer(actor, record_id, expected_version, AckState.ACKNOWLEDGED, "")

    def object_to(
        self, actor: Actor, record_id: int, expected_version: int, reason: str
    ) -> RecordRow:
        reason = _reason(reason, "objection", required=True)
        return self._answer(actor, record_id, expected_version, AckState.OBJECTED, reason)

    def _answer(
        self, actor: Actor, record_id: int, expected_version: int, state: str, objection: str
    ) -> RecordRow:
        with self.tx(actor, ConductPermission.ACKNOWLEDGE) as tx:
            record = tx.get(ConductRecord, record_id, expected_version)
            if actor.staff_id is None or record.staff_id != actor.staff_id:
                raise PermissionDenied(tr("Only the staff member concerned answers a record."))
            if record.status == S.VOIDED:
                raise ConflictError(tr("The record is withdrawn: there is nothing to answer."))
            before = snapshot(record)
            record.ack_state = state
            record.ack_at = utcnow()
            record.objection = objection
            tx.audit("acknowledge" if state == AckState.ACKNOWLEDGED else "object", record, before)
            return tx.done(record_row(record))

    # --- evidence ----------------------------------------------------------------

    def add_attachment(
        self, actor: Actor, record_id: int, filename: str, data: bytes
    ) -> AttachmentRow:
        """Evidence: a manager's for any record they manage; a staff member's for their
        own leave request (a sick note)."""
        name, mime, digest = evidence(filename, data)
        with self.tx(actor, ConductPermission.VIEW_OWN) as tx:
            record = self._attachable(tx, actor, record_id)
            if any(a.sha256 == digest for a in record.attachments):
                raise ValidationError("attachment", tr("'%s' is attached already.") % name)
            attachment = ConductAttachment(
                filename=name,
                mime_type=mime,
                size=len(data),
                sha256=digest,
                data=data,
                added_by_user_id=actor.user_id,
            )
            record.attachments.append(attachment)
            tx.session.flush()
            tx.audit("attach", attachment, None, summary=name)
            return tx.done(AttachmentRow(attachment.id, name, mime, len(data)))

    def remove_attachment(self, actor: Actor, attachment_id: int) -> Change:
        with self.tx(actor, ConductPermission.VIEW_OWN) as tx:
            attachment = tx.get(ConductAttachment, attachment_id)
            record = self._attachable(tx, actor, attachment.record_id)
            before = snapshot(attachment)
            record.attachments.remove(attachment)
            tx.audit("delete", attachment, before, summary=attachment.filename)
        return tx.change

    # --- helpers -----------------------------------------------------------------

    @staticmethod
    def _records(
        session: Session,
        actor: Actor,
        start: dt.date,
        end: dt.date,
        staff_id: int | None = None,
    ) -> list[ConductRecord]:
        query = (
            select(ConductRecord)
            .where(ConductRecord.occurred_on >= start, ConductRecord.occurred_on <= end)
            .order_by(ConductRecord.occurred_on, ConductRecord.id)
        )
        visible = scope.visible_condition(session, actor)
        if visible is not None:
            query = query.where(visible)
        if staff_id is not None:
            query = query.where(ConductRecord.staff_id == staff_id)
        return list(session.scalars(query))

    @staticmethod
    def _names(session: Session, actor: Actor, extra: set[int]) -> dict[int, tuple[str, str]]:
        """staff id -> (name, department) of the people in the actor's scope and `extra`."""
        query = (
            select(Staff.id, Staff.name, Department.name)
            .outerjoin(Department, Staff.department_id == Department.id)
            .order_by(Staff.name, Staff.id)
        )
        if not actor.can(ConductPermission.VIEW_ALL):
            ids = set(extra)
            if actor.staff_id is not None:
                ids.add(actor.staff_id)
            department = (
                scope.own_department(session, actor)
                if actor.can(ConductPermission.VIEW_DEPARTMENT)
                else None
            )
            in_department = Staff.department_id == department if department is not None else false()
            query = query.where(or_(Staff.id.in_(ids), and_(in_department, Staff.active.is_(True))))
        else:
            query = query.where(or_(Staff.active.is_(True), Staff.id.in_(extra)))
        return {i: (n, d or "") for i, n, d in session.execute(query)}

    @staticmethod
    def _visible(session: Session, actor: Actor, record_id: int) -> ConductRecord:
        record = session.get(ConductRecord, record_id)
        if record is None:
            raise NotFound(tr("The conduct record no longer exists."))
        if not scope.may_see(session, actor, record):
            raise PermissionDenied(tr("You may not see this conduct record."))
        return record

    @staticmethod
    def _attachable(tx: Transaction, actor: Actor, record_id: int) -> ConductRecord:
        record = tx.get(ConductRecord, record_id)
        own_request = (
            actor.staff_id is not None
            and record.staff_id == actor.staff_id
            and record.status == S.REQUESTED
            and actor.can(ConductPermission.REQUEST_LEAVE)
        )
        if not own_request:
            actor.require(ConductPermission.RECORD)
            scope.check_may_manage(tx.session, actor, record.staff_id)
        if record.status == S.VOIDED:
            raise ConflictError(tr("A withdrawn record can no longer be changed."))
        return record

    @staticmethod
    def _new(tx: Transaction, data: RecordInput) -> ConductRecord:
        rules = ConductRules.load(tx.session)
        actor = tx.actor
        own = actor.staff_id is not None and actor.staff_id == data.staff_id
        return ConductRecord(
            staff_id=data.staff_id,
            occurred_on=data.occurred_on,
            ends_on=data.ends_on,
            kind=data.kind,
            subkind=data.subkind,
            points=data.points
            if data.points is not None
            else rules.points_for(data.kind, data.subkind),
            status=S.RECORDED,
            hours=data.hours,
            minutes=data.minutes,
            note=data.note,
            recorder_user_id=actor.user_id,
            recorder_name=actor_name(actor),
            ack_state=AckState.ACKNOWLEDGED if own else AckState.PENDING,
            ack_at=utcnow() if own else None,
            source="manual",
        )
