"""The minutes (会议纪要): the recorder writes the decisions and action items and
submits them; the host returns them or signs them (a captured signature, as on
claims, or ink); the host or recorder distributes them; each invitee confirms
reading them. The signed minutes print as a PDF (app/meetings/minutes_pdf.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from app.claims.actions import MAX_SIGNATURE_BYTES
from app.context import Actor, actor_name
from app.errors import ConflictError, PermissionDenied, ValidationError
from app.files import written_whole
from app.meetings import scope, workflow
from app.meetings.permissions import MeetingPermission
from app.meetings.rows import MAX_TEXT, MeetingRow
from app.meetings.service import MeetingService, rows_of
from app.meetings.translation import tr
from app.office.service import OfficeSettingsService
from app.service import Change, Service, snapshot
from db.models.meetings import Meeting, MeetingActionItem
from db.models.meetings import MinutesStatus as S
from db.types import utcnow

MAX_ITEMS = 100


@dataclass(frozen=True)
class ItemInput:
    text: str
    owner_staff_id: int
    due_on: dt.date | None = None
    id: int | None = None  # an existing item, kept (its done state stays)


def check_signature(png: bytes | None) -> bytes | None:
    """The same rule as a claim's signature box: a PNG under 2 MB, or None for ink."""
    if png is None:
        return None
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) > MAX_SIGNATURE_BYTES:
        raise ValidationError("signature", tr("The signature must be a PNG image under 2 MB."))
    return png


def _check_items(items: list[ItemInput]) -> list[ItemInput]:
    if len(items) > MAX_ITEMS:
        raise ValidationError("action_items", tr("At most %d action items.") % MAX_ITEMS)
    checked = []
    for n, item in enumerate(items, start=1):
        text = item.text.strip()
        if not text:
            raise ValidationError("action_items", tr("Action item %d has no text.") % n)
        if len(text) > 2000:
            raise ValidationError("action_items", tr("Action item %d is too long.") % n)
        checked.append(ItemInput(text, item.owner_staff_id, item.due_on, item.id))
    return checked


class MinutesService(Service):
    def save_minutes(
        self,
        actor: Actor,
        meeting_id: int,
        expected_version: int,
        decisions: str,
        items: list[ItemInput],
    ) -> MeetingRow:
        """The recorder's draft: the decisions and the action items (owners must be
        invitees, host or recorder). Items left out are removed."""
        decisions = decisions.strip()
        if len(decisions) > MAX_TEXT:
            raise ValidationError("decisions", tr("The decisions are too long."))
        items = _check_items(items)
        with self.tx(actor, MeetingPermission.PARTICIPATE) as tx:
            meeting = MeetingService._meeting(tx, meeting_id, expected_version)
            if not workflow.allowed(
                workflow.Who.RECORDER,
                actor.staff_id,
                meeting.host_staff_id,
                meeting.recorder_staff_id,
            ):
                raise PermissionDenied(tr("Only the meeting's recorder writes the minutes."))
            if meeting.minutes_status != S.DRAFT:
                raise ConflictError(tr("Only draft minutes can be changed."))
            if meeting.cancelled:
                raise ConflictError(tr("The meeting was cancelled."))
            people = {meeting.host_staff_id, meeting.recorder_staff_id}
            people |= {i.staff_id for i in meeting.invitees}
            before = snapshot(meeting)
            meeting.decisions = decisions
            existing = {a.id: a for a in meeting.action_items}
            kept: list[MeetingActionItem] = []
            for n, item in enumerate(items, start=1):
                if item.owner_staff_id not in people:
                    raise ValidationError(
                        "action_items",
                        tr("The owner of action item %d is not one of the meeting's people.") % n,
                    )
                if item.id is not None:
                    row = existing.get(item.id)
                    if row is None:
                        raise ValidationError(
                            "action_items", tr("Action item %d no longer exists.") % n
                        )
                else:
                    row = MeetingActionItem()
                row.text = item.text
                row.owner_staff_id = item.owner_staff_id
                row.due_on = item.due_on
                kept.append(row)
            meeting.action_items = kept
            meeting.updated_at = utcnow()
            tx.audit("update", meeting, before, summary=f"minutes, {len(kept)} action items")
            return tx.done(rows_of(tx.session, [meeting])[0])

    def submit(self, actor: Actor, meeting_id: int, expected_version: int) -> MeetingRow:
        return self._step(actor, meeting_id, expected_version, "submit")

    def return_minutes(
        self, actor: Actor, meeting_id: int, expected_version: int, note: str
    ) -> MeetingRow:
        note = note.strip()
        if not note:
            raise ValidationError("note", tr("Say what to change in the minutes."))
        return self._step(actor, meeting_id, expected_version, "return", note=note[:2000])

    def sign(
        self,
        actor: Actor,
        meeting_id: int,
        expected_version: int,
        signature_png: bytes | None = None,
    ) -> MeetingRow:
        """The host signs: with the signature pad's PNG, or None to sign the paper."""
        png = check_signature(signature_png)
        return self._step(actor, meeting_id, expected_version, "sign", signature=png)

    def distribute(self, actor: Actor, meeting_id: int, expected_version: int) -> MeetingRow:
        return self._step(actor, meeting_id, expected_version, "distribute")

    def confirm_read(self, actor: Actor, meeting_id: int) -> MeetingRow:
        """An invitee confirms reading the distributed minutes (once)."""
        with self.tx(actor, MeetingPermission.PARTICIPATE) as tx:
            meeting = MeetingService._meeting(tx, meeting_id, None)
            invitee = next((i for i in meeting.invitees if i.staff_id == actor.staff_id), None)
            if invitee is None or actor.staff_id is None:
                raise PermissionDenied(
                    tr("Only the meeting's invitees confirm reading the minutes.")
                )
            if meeting.minutes_status != S.DISTRIBUTED:
                raise ConflictError(tr("The minutes have not been distributed yet."))
            if invitee.read_at is not None:
                raise ConflictError(tr("You confirmed reading these minutes already."))
            invitee.read_at = utcnow()
            meeting.updated_at = utcnow()
            tx.audit(
                "confirm_read",
                entity=Meeting.__tablename__,
                entity_id=meeting.id,
                summary=f"staff {actor.staff_id} read the minutes",
            )
            return tx.done(rows_of(tx.session, [meeting])[0])

    def signature(self, actor: Actor, meeting_id: int) -> bytes | None:
        with self.read(actor, MeetingPermission.VIEW) as session:
            return scope.check_visible(actor, session.get(Meeting, meeting_id)).signature_png

    def print_minutes(self, actor: Actor, meeting_id: int, path: str | Path) -> Change:
        """The signed minutes as a PDF (audited); the change's result is the pages."""
        from app.meetings.minutes_pdf import write_minutes

        with self.read(actor, MeetingPermission.VIEW) as session:
            meeting = scope.check_visible(actor, session.get(Meeting, meeting_id))
            if meeting.minutes_status not in (S.SIGNED, S.DISTRIBUTED):
                raise ConflictError(tr("Only signed minutes can be printed."))
            row = rows_of(session, [meeting])[0]
            png = meeting.signature_png
        organisation = OfficeSettingsService(self.db).current(actor).organization_name
        target = Path(path)
        with written_whole(target) as temp:
            pages = write_minutes(row, png, temp, organisation=organisation)
        with self.tx(actor, None) as tx:
            tx.audit(
                "print",
                entity=Meeting.__tablename__,
                entity_id=meeting_id,
                summary=f"minutes, {pages} page(s)",
            )
        return tx.returning(pages)

    # --- helpers -----------------------------------------------------------------

    def _step(
        self,
        actor: Actor,
        meeting_id: int,
        expected_version: int,
        action: str,
        *,
        note: str = "",
        signature: bytes | None = None,
    ) -> MeetingRow:
        with self.tx(actor, MeetingPermission.PARTICIPATE) as tx:
            meeting = MeetingService._meeting(tx, meeting_id, expected_version)
            t = workflow.find(action, meeting.minutes_status)
            if t is None:
                raise ConflictError(
                    tr("The minutes are %s: this step is not possible now.")
                    % workflow.status_label(meeting.minutes_status)
                )
            if not workflow.allowed(
                t.who, actor.staff_id, meeting.host_staff_id, meeting.recorder_staff_id
            ):
                raise PermissionDenied(tr("Only %s takes this step.") % workflow.who_label(t.who))
            _check_step(meeting, action)
            before = snapshot(meeting)
            meeting.minutes_status = t.target
            now = utcnow()
            if action == "submit":
                meeting.submitted_at = now
                meeting.return_note = ""
            elif action == "return":
                meeting.return_note = note
            elif action == "sign":
                meeting.signed_by = actor_name(actor)
                meeting.signed_at = now
                meeting.signature_png = signature
            elif action == "distribute":
                meeting.distributed_at = now
            tx.audit(action, meeting, before, summary=note)
            return tx.done(rows_of(tx.session, [meeting])[0])


def _check_step(meeting: Meeting, action: str) -> None:
    if action == "submit":
        if meeting.cancelled:
            raise ConflictError(tr("The meeting was cancelled."))
        if not meeting.decisions.strip() and not meeting.action_items:
            raise ValidationError(
                "decisions", tr("Write the decisions or an action item before submitting.")
            )
        if meeting.starts_at > dt.datetime.now(dt.UTC):
            raise ConflictError(tr("The meeting has not taken place yet."))
