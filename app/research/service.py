"""Research plans (propose, submit, approve or return; the report with its files on
an approved plan) and the competitor register, whose every change is kept as a
dated observation (who, when, what), newest first.

The moves are in app/research/workflow.py. A plan is written by its author (or the
administrator); refused calls write nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.attachments import check_attachment
from app.context import Actor, actor_name
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.money import format_money
from app.permissions import Role
from app.research.names import name_key
from app.research.permissions import ResearchPermission as P
from app.research.rows import (
    AttachmentRow,
    CompetitorInput,
    CompetitorRow,
    ObservationRow,
    PlanInput,
    PlanRow,
    competitor_row,
    observation_row,
    plan_row,
)
from app.research.translation import tr
from app.research.workflow import EDITABLE, FLOW
from app.service import Change, Service, snapshot
from db.models.research import (
    Competitor,
    CompetitorObservation,
    ResearchAttachment,
    ResearchPlan,
)
from db.models.research import PlanStatus as S
from db.models.staff import Staff
from db.types import utcnow

MAX_TEXT = 20000
MAX_BUDGET_FEN = 100_000_000_00  # a hundred million yuan: more is a typing slip
# The fields of a competitor an observation may change, in the order it lists them.
TRACKED = ("address", "district", "courses", "price_fen", "promotions", "ads")


def _text(value: str, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    value = value.strip()
    if required and not value:
        raise ValidationError(field, tr("This field is required."))
    if len(value) > limit:
        raise ValidationError(field, tr("The text is too long (at most %d characters).") % limit)
    return value


def _field_label(name: str) -> str:
    return {
        "address": tr("address"),
        "district": tr("district"),
        "courses": tr("courses"),
        "price_fen": tr("price"),
        "promotions": tr("promotions"),
        "ads": tr("ads"),
    }[name]


def _shown(name: str, value: object) -> str:
    if isinstance(value, int):  # the price, in fen (integer arithmetic, not float)
        return format_money(value)
    return str(value or "") or "—"


class ResearchService(Service):
    today: Callable[[], dt.date] = staticmethod(dt.date.today)

    # --- research plans: reads ----------------------------------------------------

    def list_plans(self, actor: Actor) -> list[PlanRow]:
        with self.read(actor, P.VIEW) as session:
            plans = session.scalars(
                select(ResearchPlan).order_by(ResearchPlan.starts_on.desc(), ResearchPlan.id)
            )
            return [plan_row(p) for p in plans]

    def get_plan(self, actor: Actor, plan_id: int) -> PlanRow:
        with self.read(actor, P.VIEW) as session:
            plan = session.get(ResearchPlan, plan_id)
            if plan is None:
                raise NotFound(tr("This research plan no longer exists."))
            return plan_row(plan, self._attachments(session, plan_id))

    def attachment_data(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        with self.read(actor, P.VIEW) as session:
            attachment = session.get(ResearchAttachment, attachment_id)
            if attachment is None:
                raise NotFound(tr("This file no longer exists."))
            return attachment.filename, attachment.mime_type, attachment.data

    def may_write(self, actor: Actor, plan: PlanRow) -> bool:
        return actor.can(P.PROPOSE) and (
            actor.role == Role.ADMIN or plan.author_user_id == actor.user_id
        )

    # --- research plans: writes ---------------------------------------------------

    def create_plan(self, actor: Actor, data: PlanInput) -> PlanRow:
        with self.tx(actor, P.PROPOSE) as tx:
            plan = ResearchPlan(
                author_user_id=actor.user_id, author_name=actor_name(actor), status=S.DRAFT
            )
            self._fill(tx.session, actor, plan, data)
            tx.session.add(plan)
            tx.audit("create", plan, None)
            return tx.done(plan_row(plan))

    def update_plan(
        self, actor: Actor, plan_id: int, expected_version: int, data: PlanInput
    ) -> PlanRow:
        with self.tx(actor, P.PROPOSE) as tx:
            plan = tx.get(ResearchPlan, plan_id, expected_version)
            self._check_author(actor, plan)
            if plan.status not in EDITABLE:
                raise ConflictError(tr("Only a draft or a returned research plan can be changed."))
            before = snapshot(plan)
            self._fill(tx.session, actor, plan, data)
            tx.audit("update", plan, before)
            return tx.done(plan_row(plan))

    def submit(self, actor: Actor, plan_id: int, expected_version: int) -> PlanRow:
        with self.tx(actor, P.PROPOSE) as tx:
            plan = tx.get(ResearchPlan, plan_id, expected_version)
            self._check_author(actor, plan)
            t = FLOW.find("submit", plan.status)
            if t is None:
                raise ConflictError(tr("This research plan is submitted already."))
            if not (plan.purpose and plan.method and plan.sample):
                raise ValidationError(
                    "purpose", tr("Give the purpose, method and sample before submitting.")
                )
            FLOW.check(actor, t, plan)
            before = snapshot(plan)
            plan.status = t.target
            plan.decision_note = ""
            tx.audit("submit", plan, before)
            return tx.done(plan_row(plan))

    def approve(self, actor: Actor, plan_id: int, expected_version: int, note: str = "") -> PlanRow:
        return self._decide(actor, plan_id, expected_version, "approve", note)

    def return_plan(
        self, actor: Actor, plan_id: int, expected_version: int, reason: str
    ) -> PlanRow:
        return self._decide(actor, plan_id, expected_version, "return", reason)

    def _decide(
        self, actor: Actor, plan_id: int, expected_version: int, action: str, note: str
    ) -> PlanRow:
        note = _text(note, "reason")
        with self.tx(actor, P.APPROVE) as tx:
            plan = tx.get(ResearchPlan, plan_id, expected_version)
            t = FLOW.find(action, plan.status)
            if t is None:
                raise ConflictError(tr("Only a submitted research plan can be decided."))
            FLOW.check(actor, t, plan)
            if t.needs_reason and not note:
                raise ValidationError("reason", tr("Give a reason for returning it."))
            before = snapshot(plan)
            plan.status = t.target
            plan.decided_by = actor_name(actor)
            plan.decided_at = utcnow()
            plan.decision_note = note
            tx.audit(action, plan, before, summary=note)
            return tx.done(plan_row(plan))

    def save_report(
        self, actor: Actor, plan_id: int, expected_version: int, findings: str
    ) -> PlanRow:
        """The findings of an approved plan (rewritable by its author)."""
        findings = _text(findings, "findings", required=True)
        with self.tx(actor, P.PROPOSE) as tx:
            plan = tx.get(ResearchPlan, plan_id, expected_version)
            self._check_author(actor, plan)
            if plan.status != S.APPROVED:
                raise ConflictError(tr("Only an approved research plan gets a report."))
            before = snapshot(plan)
            plan.findings = findings
            plan.reported_at = utcnow()
            tx.audit("report", plan, before)
            return tx.done(plan_row(plan, self._attachments(tx.session, plan.id)))

    def add_attachment(
        self, actor: Actor, plan_id: int, filename: str, data: bytes
    ) -> AttachmentRow:
        name, mime, digest = check_attachment(
            filename, data, tr("'%s' cannot be attached: attach the findings as a PDF or an image.")
        )
        with self.tx(actor, P.PROPOSE) as tx:
            plan = tx.get(ResearchPlan, plan_id)
            self._check_author(actor, plan)
            if plan.status != S.APPROVED:
                raise ConflictError(tr("Only an approved research plan gets a report."))
            exists = tx.session.scalar(
                select(ResearchAttachment.id).where(
                    ResearchAttachment.plan_id == plan_id, ResearchAttachment.sha256 == digest
                )
            )
            if exists is not None:
                raise ValidationError("attachment", tr("'%s' is attached already.") % name)
            attachment = ResearchAttachment(
                plan_id=plan_id,
                filename=name,
                mime_type=mime,
                size=len(data),
                sha256=digest,
                data=data,
                added_by_user_id=actor.user_id,
            )
            tx.session.add(attachment)
            tx.audit("attach", attachment, None, summary=name)
            return tx.done(AttachmentRow(attachment.id, name, mime, len(data)))

    def remove_attachment(self, actor: Actor, attachment_id: int) -> Change:
        with self.tx(actor, P.PROPOSE) as tx:
            attachment = tx.get(ResearchAttachment, attachment_id)
            plan = tx.get(ResearchPlan, attachment.plan_id)
            self._check_author(actor, plan)
            tx.audit(
                "delete", attachment, snapshot(attachment, ("data",)), summary=attachment.filename
            )
            tx.session.delete(attachment)
            return tx.change

    # --- competitors ----------------------------------------------------------------

    def list_competitors(self, actor: Actor) -> list[CompetitorRow]:
        with self.read(actor, P.VIEW) as session:
            last = dict(
                session.execute(
                    select(
                        CompetitorObservation.competitor_id,
                        func.max(CompetitorObservation.observed_on),
                    ).group_by(CompetitorObservation.competitor_id)
                ).all()
            )
            rows = session.scalars(
                select(Competitor).order_by(Competitor.district, Competitor.name)
            )
            return [competitor_row(c, last.get(c.id)) for c in rows]

    def get_competitor(self, actor: Actor, competitor_id: int) -> CompetitorRow:
        with self.read(actor, P.VIEW) as session:
            competitor = session.get(Competitor, competitor_id)
            if competitor is None:
                raise NotFound(tr("This competitor no longer exists."))
            last = session.scalar(
                select(func.max(CompetitorObservation.observed_on)).where(
                    CompetitorObservation.competitor_id == competitor_id
                )
            )
            return competitor_row(competitor, last)

    def history(self, actor: Actor, competitor_id: int) -> list[ObservationRow]:
        """The competitor's observations, newest first."""
        with self.read(actor, P.VIEW) as session:
            if session.get(Competitor, competitor_id) is None:
                raise NotFound(tr("This competitor no longer exists."))
            rows = session.scalars(
                select(CompetitorObservation)
                .where(CompetitorObservation.competitor_id == competitor_id)
                .order_by(CompetitorObservation.observed_on.desc(), CompetitorObservation.id.desc())
            )
            return [observation_row(o) for o in rows]

    def add_competitor(
        self, actor: Actor, data: CompetitorInput, observed_on: dt.date | None = None
    ) -> CompetitorRow:
        """A new entry; what it says is its first observation."""
        name = _text(data.name, "name", required=True, limit=200)
        with self.tx(actor, P.OBSERVE) as tx:
            # "ＡＢＣ英语" and "abc 英语" are one institution (app/research/names.py).
            key = name_key(name)
            for existing in tx.session.scalars(select(Competitor.name)):
                if name_key(existing) == key:
                    raise ConflictError(tr("'%s' is in the register already.") % existing)
            competitor = Competitor(name=name)
            tx.session.add(competitor)
            day = observed_on or self.today()
            self._observe(tx.session, actor, competitor, data, day, "")
            tx.audit("create", competitor, None)
            return tx.done(competitor_row(competitor, day))

    def record_observation(
        self,
        actor: Actor,
        competitor_id: int,
        expected_version: int,
        data: CompetitorInput,
        observed_on: dt.date,
        note: str = "",
    ) -> ObservationRow:
        """What was seen on a day: the entry takes the new values (unless an observation
        of a later day exists: then only the history keeps it); the observation lists
        what changed."""
        note = _text(note, "note", limit=2000)
        if observed_on > self.today():
            raise ValidationError("observed_on", tr("An observation cannot be in the future."))
        with self.tx(actor, P.OBSERVE) as tx:
            competitor = tx.get(Competitor, competitor_id, expected_version)
            before = snapshot(competitor)
            obs = self._observe(tx.session, actor, competitor, data, observed_on, note)
            if obs is None:
                raise ValidationError("note", tr("Nothing changed: write what you observed."))
            tx.audit("update", competitor, before, summary=obs.what)
            return tx.done(observation_row(obs))

    def _observe(
        self,
        session: Session,
        actor: Actor,
        competitor: Competitor,
        data: CompetitorInput,
        day: dt.date,
        note: str,
    ) -> CompetitorObservation | None:
        if data.price_fen is not None and not 0 <= data.price_fen <= MAX_BUDGET_FEN:
            raise ValidationError(
                "price_fen", tr("The price must be between 0 and a hundred million yuan.")
            )
        new = {
            "address": _text(data.address, "address", limit=300),
            "district": _text(data.district, "district", limit=100),
            "courses": _text(data.courses, "courses"),
            "price_fen": data.price_fen,
            "promotions": _text(data.promotions, "promotions"),
            "ads": _text(data.ads, "ads"),
        }
        fresh = competitor.id is None
        if fresh:  # a new entry: everything it says was observed
            changed = [k for k in TRACKED if new[k] not in ("", None)]
            for k in TRACKED:
                setattr(competitor, k, new[k])
        else:
            changed = [k for k in TRACKED if getattr(competitor, k) != new[k]]
        if not changed and not note:
            return None
        what = "; ".join(f"{_field_label(k)}: {_shown(k, new[k])}" for k in changed)
        later = not fresh and session.scalar(
            select(CompetitorObservation.id).where(
                CompetitorObservation.competitor_id == competitor.id,
                CompetitorObservation.observed_on > day,
            )
        )
        if not later:
            for k in changed:
                setattr(competitor, k, new[k])
        session.flush()
        obs = CompetitorObservation(
            competitor_id=competitor.id,
            observed_on=day,
            observer_name=actor_name(actor),
            observer_user_id=actor.user_id,
            what=what,
            note=note,
        )
        session.add(obs)
        session.flush()
        return obs

    # --- helpers ------------------------------------------------------------------------

    def _fill(self, session: Session, actor: Actor, plan: ResearchPlan, data: PlanInput) -> None:
        plan.title = _text(data.title, "title", required=True, limit=200)
        plan.purpose = _text(data.purpose, "purpose")
        plan.method = _text(data.method, "method")
        plan.sample = _text(data.sample, "sample")
        if not 0 <= data.budget_fen <= MAX_BUDGET_FEN:
            raise ValidationError(
                "budget_fen", tr("The budget must be between 0 and a hundred million yuan.")
            )
        plan.budget_fen = data.budget_fen
        if data.ends_on < data.starts_on:
            raise ValidationError("ends_on", tr("The end date is before the start date."))
        plan.starts_on, plan.ends_on = data.starts_on, data.ends_on
        owner = data.owner_staff_id if data.owner_staff_id is not None else actor.staff_id
        if owner is not None and session.get(Staff, owner) is None:
            raise ValidationError("owner_staff_id", tr("Choose the person in charge."))
        plan.owner_staff_id = owner

    def _check_author(self, actor: Actor, plan: ResearchPlan) -> None:
        if actor.role != Role.ADMIN and plan.author_user_id != actor.user_id:
            raise PermissionDenied(tr("Only the plan's author can change it."))

    def _attachments(self, session: Session, plan_id: int) -> tuple[AttachmentRow, ...]:
        rows = session.execute(
            select(
                ResearchAttachment.id,
                ResearchAttachment.filename,
                ResearchAttachment.mime_type,
                ResearchAttachment.size,
            )
            .where(ResearchAttachment.plan_id == plan_id)
            .order_by(ResearchAttachment.id)
        )
        return tuple(AttachmentRow(*r) for r in rows)
