"""Follow-ups, trial classes, enrollments and complaints of a customer; the timeline
and the today panel. Mixed into CustomerService."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Row, func, or_, select

from app.context import Actor
from app.customers.common import (
    advance,
    load_customer,
    local_day_bounds,
    local_today,
    refresh_next_follow_up,
    require_edit,
    require_view,
    touch_contact,
)
from app.customers.permissions import CustomerPermission
from app.customers.pipeline import (
    COMPLAINT_FLOW,
    TRIAL_FLOW,
    ComplaintStatus,
    Status,
    TrialStatus,
    complaint_label,
    method_label,
    reason_label,
    status_label,
    trial_label,
)
from app.customers.rows import (
    ComplaintRow,
    EnrollmentInput,
    EnrollmentRow,
    FollowUpRow,
    StatusChangeRow,
    TimelineEntry,
    TodayItems,
    TrialRow,
)
from app.customers.translation import tr
from app.customers.validation import validate_method, validate_satisfaction
from app.errors import NotFound, ValidationError
from app.money import MAX_AMOUNT_FEN, check_amount, format_money
from app.service import snapshot
from db.models.customers import (
    Complaint,
    Course,
    Customer,
    CustomerStatusChange,
    Enrollment,
    FollowUp,
    TrialClass,
)
from db.models.staff import Staff
from db.types import utcnow

if TYPE_CHECKING:  # the mixin's methods run on a Service subclass (CustomerService)
    from app.service import Service as _ServiceBase
else:
    _ServiceBase = object

DEFAULT_RESPONSE_HOURS = 24


def _day_end(day: dt.date) -> dt.datetime:
    """Where a record that has a day but no time sorts: after everything else of that
    local day (an enrollment is recorded after the calls and the trial that led to it,
    and its day starts before the status changes it caused)."""
    return local_day_bounds(day)[1] - dt.timedelta(microseconds=1)


def _staff_name(session, staff_id: int | None) -> str:
    staff = session.get(Staff, staff_id) if staff_id else None
    return staff.name if staff else ""


def _follow_up_row(session, f: FollowUp, customer_name: str = "") -> FollowUpRow:
    return FollowUpRow(
        f.id,
        str(f.uuid),
        f.version,
        f.customer_id,
        customer_name,
        f.staff_id,
        _staff_name(session, f.staff_id),
        f.due_on,
        f.method,
        f.content,
        f.satisfaction,
        f.done,
        f.done_at,
        f.next_follow_up,
    )


def _trial_row(session, t: TrialClass, customer_name: str = "") -> TrialRow:
    course = session.get(Course, t.course_id) if t.course_id else None
    return TrialRow(
        t.id,
        t.version,
        t.customer_id,
        customer_name,
        t.course_id,
        course.name if course else "",
        t.scheduled_at,
        t.status,
        t.staff_id,
        t.teacher,
        t.note,
    )


def _enrollment_row(session, e: Enrollment) -> EnrollmentRow:
    course = session.get(Course, e.course_id) if e.course_id else None
    return EnrollmentRow(
        e.id,
        e.version,
        e.customer_id,
        e.course_id,
        course.name if course else "",
        e.enrolled_on,
        e.amount_fen,
        e.discount_fen,
        e.class_hours,
        e.is_renewal,
        e.owner_id,
        _staff_name(session, e.owner_id),
        e.note,
    )


def _complaint_row(session, c: Complaint, customer_name: str = "") -> ComplaintRow:
    return ComplaintRow(
        c.id,
        c.version,
        c.customer_id,
        customer_name,
        c.category,
        c.content,
        c.status,
        c.handler_id,
        _staff_name(session, c.handler_id),
        c.received_at,
        c.response_deadline,
        c.responded_at,
        c.resolved_at,
        c.closed_at,
        c.response,
        c.resolution,
    )


class HistoryMixin(_ServiceBase):
    # --- follow-ups -------------------------------------------------------------------

    def plan_follow_up(
        self,
        actor: Actor,
        customer_id: int,
        due_on: dt.date,
        method: str = "phone",
        content: str = "",
    ) -> FollowUpRow:
        validate_method(method)
        with self.tx(actor, CustomerPermission.EDIT_FOLLOW_UPS) as tx:
            customer = load_customer(tx, customer_id)
            require_edit(actor, customer, CustomerPermission.EDIT_FOLLOW_UPS)
            follow_up = FollowUp(
                customer_id=customer.id,
                staff_id=actor.staff_id or customer.owner_id,
                due_on=due_on,
                method=method,
                content=content.strip()[:4000],
            )
            tx.session.add(follow_up)
            refresh_next_follow_up(tx.session, customer)
            tx.audit("create", follow_up, None)
            return tx.done(_follow_up_row(tx.session, follow_up, customer.name))

    def record_follow_up(
        self,
        actor: Actor,
        customer_id: int,
        method: str,
        content: str,
        *,
        satisfaction: int | None = None,
        next_follow_up: dt.date | None = None,
        planned_id: int | None = None,
        planned_version: int | None = None,
    ) -> FollowUpRow:
        """A follow-up that happened. Completes a planned one when `planned_id` is given;
        `next_follow_up` plans the next one. A new lead becomes "contacted"."""
        validate_method(method)
        satisfaction = validate_satisfaction(satisfaction)
        content = content.strip()
        if not content:
            raise ValidationError("content", tr("Write what was said in the follow-up."))
        today = local_today()
        if next_follow_up is not None and next_follow_up < today:
            raise ValidationError("next_follow_up", tr("The next follow-up cannot be in the past."))
        with self.tx(actor, CustomerPermission.EDIT_FOLLOW_UPS) as tx:
            customer = load_customer(tx, customer_id)
            require_edit(actor, customer, CustomerPermission.EDIT_FOLLOW_UPS)
            now = utcnow()
            if planned_id is not None:
                follow_up = tx.get(FollowUp, planned_id, planned_version)
                if follow_up.customer_id != customer.id or follow_up.done:
                    raise ValidationError("follow_up", tr("This follow-up is done already."))
                before = snapshot(follow_up)
            else:
                follow_up = FollowUp(customer_id=customer.id, due_on=today)
                tx.session.add(follow_up)
                before = None
            follow_up.staff_id = actor.staff_id or follow_up.staff_id or customer.owner_id
            follow_up.method, follow_up.content = method, content[:4000]
            follow_up.satisfaction, follow_up.done, follow_up.done_at = satisfaction, True, now
            follow_up.next_follow_up = next_follow_up
            if next_follow_up is not None:
                planned = FollowUp(
                    customer_id=customer.id,
                    staff_id=follow_up.staff_id,
                    due_on=next_follow_up,
                    method=method,
                )
                tx.session.add(planned)
                tx.audit("create", planned, None)
            customer_before = snapshot(customer)
            touch_contact(customer, now)
            advance(tx, customer, Status.CONTACTED)
            refresh_next_follow_up(tx.session, customer)
            tx.audit("update" if before else "create", follow_up, before)
            tx.audit("update", customer, customer_before, summary="follow-up")
            return tx.done(_follow_up_row(tx.session, follow_up, customer.name))

    def list_follow_ups(self, actor: Actor, customer_id: int) -> list[FollowUpRow]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            customer, rows = self._records(
                session, actor, customer_id, FollowUp, FollowUp.due_on.desc(), FollowUp.id.desc()
            )
            return [_follow_up_row(session, f, customer.name) for f in rows]

    # --- trials -----------------------------------------------------------------------

    def book_trial(
        self,
        actor: Actor,
        customer_id: int,
        scheduled_at: dt.datetime,
        *,
        course_id: int | None = None,
        teacher: str = "",
        note: str = "",
    ) -> TrialRow:
        if scheduled_at.tzinfo is None:
            raise ValidationError("scheduled_at", tr("The trial time needs a time zone."))
        with self.tx(actor, CustomerPermission.EDIT_TRIALS) as tx:
            customer = load_customer(tx, customer_id)
            require_edit(actor, customer, CustomerPermission.EDIT_TRIALS)
            if course_id is not None and tx.session.get(Course, course_id) is None:
                raise ValidationError("course_id", tr("No such course."))
            trial = TrialClass(
                customer_id=customer.id,
                course_id=course_id,
                scheduled_at=scheduled_at,
                staff_id=actor.staff_id or customer.owner_id,
                teacher=teacher.strip()[:60],
                note=note.strip()[:4000],
            )
            tx.session.add(trial)
            before = snapshot(customer)
            advance(tx, customer, Status.TRIAL_BOOKED)
            tx.audit("create", trial, None)
            if before["status"] != customer.status:
                tx.audit("status", customer, before, summary=f"-> {customer.status}")
            return tx.done(_trial_row(tx.session, trial, customer.name))

    def set_trial_status(
        self, actor: Actor, trial_id: int, expected_version: int, target: str, note: str = ""
    ) -> TrialRow:
        try:
            target_status = TrialStatus(target)
        except ValueError as exc:
            raise ValidationError("status", tr("Unknown trial status '%s'.") % target) from exc
        with self.tx(actor, CustomerPermission.EDIT_TRIALS) as tx:
            trial = tx.get(TrialClass, trial_id, expected_version)
            customer = load_customer(tx, trial.customer_id)
            require_edit(actor, customer, CustomerPermission.EDIT_TRIALS)
            if target_status not in TRIAL_FLOW[TrialStatus(trial.status)]:
                raise ValidationError(
                    "status",
                    tr("A trial cannot go from '%s' to '%s'.")
                    % (trial_label(trial.status), trial_label(target)),
                )
            if (
                target_status in (TrialStatus.ATTENDED, TrialStatus.NO_SHOW)
                and trial.scheduled_at > utcnow()
            ):
                raise ValidationError(
                    "status",
                    tr("The trial is on %s: its outcome can be recorded from then on.")
                    % trial.scheduled_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            before = snapshot(trial)
            trial.status = target_status
            if note.strip():
                trial.note = (trial.note + "\n" + note.strip()).strip()[:4000]
            tx.audit("update", trial, before)
            if target_status == TrialStatus.ATTENDED:
                customer_before = snapshot(customer)
                touch_contact(customer)
                advance(tx, customer, Status.TRIAL_ATTENDED)
                tx.audit("update", customer, customer_before, summary="trial attended")
            return tx.done(_trial_row(tx.session, trial, customer.name))

    def list_trials(self, actor: Actor, customer_id: int) -> list[TrialRow]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            customer, rows = self._records(
                session, actor, customer_id, TrialClass, TrialClass.scheduled_at.desc()
            )
            return [_trial_row(session, t, customer.name) for t in rows]

    # --- enrollments ------------------------------------------------------------------

    def add_enrollment(
        self, actor: Actor, customer_id: int, data: EnrollmentInput
    ) -> EnrollmentRow:
        check_amount(data.amount_fen, "amount", maximum=MAX_AMOUNT_FEN, allow_zero=True)
        check_amount(data.discount_fen, "discount", maximum=MAX_AMOUNT_FEN, allow_zero=True)
        if data.class_hours < 0:
            raise ValidationError("class_hours", tr("Class hours cannot be negative."))
        if data.enrolled_on > local_today() + dt.timedelta(days=31):
            raise ValidationError("enrolled_on", tr("The enrollment date is too far ahead."))
        with self.tx(actor, CustomerPermission.EDIT_ENROLLMENTS) as tx:
            customer = load_customer(tx, customer_id)
            require_edit(actor, customer, CustomerPermission.EDIT_ENROLLMENTS)
            if data.course_id is not None and tx.session.get(Course, data.course_id) is None:
                raise ValidationError("course_id", tr("No such course."))
            if data.owner_id is not None and tx.session.get(Staff, data.owner_id) is None:
                raise ValidationError("owner_id", tr("No such staff member."))
            enrolled_before = tx.session.scalar(
                select(func.count())
                .select_from(Enrollment)
                .where(Enrollment.customer_id == customer.id)
            )
            renewal = bool(enrolled_before) if data.is_renewal is None else data.is_renewal
            enrollment = Enrollment(
                customer_id=customer.id,
                course_id=data.course_id,
                enrolled_on=data.enrolled_on,
                amount_fen=data.amount_fen,
                discount_fen=data.discount_fen,
                class_hours=data.class_hours,
                is_renewal=renewal,
                owner_id=data.owner_id or customer.owner_id,
                note=data.note.strip()[:4000],
            )
            tx.session.add(enrollment)
            before = snapshot(customer)
            if renewal and customer.status == Status.ENROLLED:
                advance(tx, customer, Status.RENEWED)
            else:
                advance(tx, customer, Status.ENROLLED)
            touch_contact(customer)
            tx.audit("create", enrollment, None, summary=format_money(data.amount_fen))
            tx.audit("update", customer, before, summary="enrollment")
            return tx.done(_enrollment_row(tx.session, enrollment))

    def list_enrollments(self, actor: Actor, customer_id: int) -> list[EnrollmentRow]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            _, rows = self._records(
                session, actor, customer_id, Enrollment, Enrollment.enrolled_on.desc()
            )
            return [_enrollment_row(session, e) for e in rows]

    # --- complaints -------------------------------------------------------------------

    def receive_complaint(
        self,
        actor: Actor,
        customer_id: int,
        content: str,
        *,
        category: str = "",
        handler_id: int | None = None,
        received_at: dt.datetime | None = None,
        response_hours: int = DEFAULT_RESPONSE_HOURS,
    ) -> ComplaintRow:
        content = content.strip()
        if not content:
            raise ValidationError("content", tr("Describe the complaint."))
        if response_hours <= 0:
            raise ValidationError("response_hours", tr("The response deadline must be positive."))
        received = received_at or utcnow()
        with self.tx(actor, CustomerPermission.EDIT_COMPLAINTS) as tx:
            customer = load_customer(tx, customer_id)
            if handler_id is not None and tx.session.get(Staff, handler_id) is None:
                raise ValidationError("handler_id", tr("No such staff member."))
            complaint = Complaint(
                customer_id=customer.id,
                category=category.strip()[:40],
                content=content[:4000],
                handler_id=handler_id or actor.staff_id,
                received_at=received,
                response_deadline=received + dt.timedelta(hours=response_hours),
            )
            tx.session.add(complaint)
            tx.audit("create", complaint, None)
            return tx.done(_complaint_row(tx.session, complaint, customer.name))

    def set_complaint_status(
        self, actor: Actor, complaint_id: int, expected_version: int, target: str, text: str = ""
    ) -> ComplaintRow:
        """handling: `text` is the response; resolved: the resolution (required)."""
        try:
            target_status = ComplaintStatus(target)
        except ValueError as exc:
            raise ValidationError("status", tr("Unknown complaint status '%s'.") % target) from exc
        text = text.strip()
        with self.tx(actor, CustomerPermission.EDIT_COMPLAINTS) as tx:
            complaint = tx.get(Complaint, complaint_id, expected_version)
            customer = load_customer(tx, complaint.customer_id, include_deleted=True)
            if target_status not in COMPLAINT_FLOW[ComplaintStatus(complaint.status)]:
                raise ValidationError(
                    "status",
                    tr("A complaint cannot go from '%s' to '%s'.")
                    % (complaint_label(complaint.status), complaint_label(target)),
                )
            if target_status == ComplaintStatus.RESOLVED and not (text or complaint.resolution):
                raise ValidationError("resolution", tr("Describe how the complaint was resolved."))
            before = snapshot(complaint)
            now = utcnow()
            if complaint.responded_at is None:
                complaint.responded_at = now  # the first reaction of any kind is the response
            if target_status == ComplaintStatus.HANDLING and text:
                complaint.response = text[:4000]
            if target_status == ComplaintStatus.RESOLVED:
                complaint.resolved_at = now
                complaint.resolution = (text or complaint.resolution)[:4000]
            if target_status == ComplaintStatus.CLOSED:
                complaint.closed_at = now
                if complaint.resolved_at is None:
                    complaint.resolved_at = now
            complaint.status = target_status
            complaint.handler_id = complaint.handler_id or actor.staff_id
            tx.audit("update", complaint, before)
            return tx.done(_complaint_row(tx.session, complaint, customer.name))

    def complaint_customer(self, actor: Actor, complaint_id: int) -> int:
        """The customer a complaint is about: a link to a complaint (a risk warning's
        record) opens its customer, whose dialog applies the role's scope."""
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            customer_id = session.scalar(
                select(Complaint.customer_id).where(Complaint.id == complaint_id)
            )
            if customer_id is None:
                raise NotFound(tr("The complaint no longer exists (#%s).") % complaint_id)
            return customer_id

    def list_complaints(self, actor: Actor, customer_id: int) -> list[ComplaintRow]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            customer, rows = self._records(
                session, actor, customer_id, Complaint, Complaint.received_at.desc()
            )
            return [_complaint_row(session, c, customer.name) for c in rows]

    def list_status_changes(self, actor: Actor, customer_id: int) -> list[StatusChangeRow]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            _, rows = self._records(
                session,
                actor,
                customer_id,
                CustomerStatusChange,
                CustomerStatusChange.changed_at.desc(),
                CustomerStatusChange.id.desc(),
            )
            return [
                StatusChangeRow(
                    r.id, r.from_status, r.to_status, r.reason, r.changed_at, r.changed_by
                )
                for r in rows
            ]

    # --- timeline and today -------------------------------------------------------------

    def timeline(self, actor: Actor, customer_id: int) -> list[TimelineEntry]:
        """Every history record of the customer: first what is planned (open follow-ups,
        booked trials; soonest first), then what happened, newest first by when it
        happened."""
        entries: list[TimelineEntry] = []
        for s in self.list_status_changes(actor, customer_id):
            text = (
                status_label(s.to_status)
                if not s.from_status
                else f"{status_label(s.from_status)} → {status_label(s.to_status)}"
            )
            if s.reason:
                text += f" ({reason_label(s.reason)})"
            entries.append(TimelineEntry(s.changed_at, "status", s.id, text, s.to_status))
        for f in self.list_follow_ups(actor, customer_id):
            text = (
                f"{method_label(f.method)}: {f.content}"
                if f.done
                else tr("Planned: %s") % method_label(f.method)
            )
            if f.satisfaction:
                text += " " + "★" * f.satisfaction
            entries.append(
                TimelineEntry(
                    f.done_at or _day_end(f.due_on),
                    "follow_up",
                    f.id,
                    text,
                    "done" if f.done else "planned",
                    date_only=not f.done,
                    planned=not f.done,
                )
            )
        for t in self.list_trials(actor, customer_id):
            entries.append(
                TimelineEntry(
                    t.scheduled_at,
                    "trial",
                    t.id,
                    f"{t.course_name or tr('Trial class')} · {trial_label(t.status)}",
                    t.status,
                    planned=t.status == TrialStatus.BOOKED,
                )
            )
        for e in self.list_enrollments(actor, customer_id):
            text = f"{e.course_name} {format_money(e.amount_fen)}"
            if e.is_renewal:
                text += " · " + tr("renewal")
            entries.append(
                TimelineEntry(_day_end(e.enrolled_on), "enrollment", e.id, text, date_only=True)
            )
        for c in self.list_complaints(actor, customer_id):
            entries.append(
                TimelineEntry(
                    c.received_at,
                    "complaint",
                    c.id,
                    f"{complaint_label(c.status)}: {c.content}",
                    c.status,
                )
            )
        planned = sorted((e for e in entries if e.planned), key=lambda e: (e.when, e.record_id))
        happened = sorted(
            (e for e in entries if not e.planned), key=lambda e: (e.when, e.record_id), reverse=True
        )
        return planned + happened

    def today(self, actor: Actor, today: dt.date | None = None) -> TodayItems:
        """The actor's open follow-ups due today or earlier, today's booked trials (plus
        earlier ones still booked: their outcome was never recorded) and, for complaint
        handlers, the open complaints that are theirs or nobody's."""
        today = today or local_today()
        if actor.staff_id is None or not actor.can(CustomerPermission.VIEW_CUSTOMERS):
            return TodayItems(today=today)
        _, day_end = local_day_bounds(today)
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            follow_ups = session.execute(
                select(FollowUp, Customer.name)
                .join(Customer, Customer.id == FollowUp.customer_id)
                .where(
                    FollowUp.staff_id == actor.staff_id,
                    FollowUp.done.is_(False),
                    FollowUp.due_on <= today,
                    Customer.deleted_at.is_(None),
                )
                .order_by(FollowUp.due_on, FollowUp.id)
                .limit(500)
            ).all()
            trials = session.execute(
                select(TrialClass, Customer.name)
                .join(Customer, Customer.id == TrialClass.customer_id)
                .where(
                    TrialClass.staff_id == actor.staff_id,
                    TrialClass.status == TrialStatus.BOOKED,
                    TrialClass.scheduled_at < day_end,
                    Customer.deleted_at.is_(None),
                )
                .order_by(TrialClass.scheduled_at)
                .limit(500)
            ).all()
            complaints: Sequence[Row[Complaint, str]] = []
            if actor.can(CustomerPermission.EDIT_COMPLAINTS):
                complaints = session.execute(
                    select(Complaint, Customer.name)
                    .join(Customer, Customer.id == Complaint.customer_id)
                    .where(
                        Complaint.status.in_((ComplaintStatus.RECEIVED, ComplaintStatus.HANDLING)),
                        or_(Complaint.handler_id == actor.staff_id, Complaint.handler_id.is_(None)),
                    )
                    .order_by(Complaint.response_deadline)
                    .limit(500)
                ).all()
            return TodayItems(
                follow_ups=[_follow_up_row(session, f, name) for f, name in follow_ups],
                trials=[_trial_row(session, t, name) for t, name in trials],
                complaints=[_complaint_row(session, c, name) for c, name in complaints],
                today=today,
            )

    def _records(self, session, actor: Actor, customer_id: int, model, *order_by):
        """The visible customer and its records of `model` (one history table) in order."""
        customer = self._visible(session, actor, customer_id)
        return customer, session.scalars(
            select(model).where(model.customer_id == customer.id).order_by(*order_by)
        )

    def _visible(self, session, actor: Actor, customer_id: int) -> Customer:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(tr("The customer no longer exists (#%s).") % customer_id)
        require_view(actor, customer)
        return customer
