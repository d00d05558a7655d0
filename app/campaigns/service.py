"""CampaignService: activities, their workflow, team, terms, materials, costs,
captured leads and the post-activity summary (issue 17, DESIGN.md section 5).

Rules kept here:
- staff edit, submit and run the activities they own, created or work on; the
  holders of EDIT_ALL_ACTIVITIES (managers) any activity;
- approved promotion terms, times, budget and copy are locked: changing them sends
  the activity back to "submitted" (the caller confirms with `resubmit=True`;
  a reschedule does it directly, the calendar asks first);
- approval reserves the budget (refused when the category's month has not that
  much left after the other reservations); cancel releases it (app.campaigns.spend);
- submitting copy with ad-law findings needs OVERRIDE_AD_COPY and a reason;
- completing needs the summary.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.campaigns import spend
from app.campaigns.inputs import check_input, check_times
from app.campaigns.permissions import CampaignPermission as P
from app.campaigns.rows import (
    ActivityFigures,
    ActivityInput,
    ActivityRow,
    ActivityView,
    CostLine,
    LeadLine,
    MaterialInput,
    MemberInput,
    PhotoLine,
    TermInput,
)
from app.campaigns.translation import tr
from app.campaigns.workflow import ACTIVITY_FLOW, find_activity_move, status_label
from app.context import Actor, actor_name
from app.entities import kind
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.money import format_money
from app.service import Change, Service, Transaction, snapshot
from app.validation import check_text
from db.models.budget import DirectExpense, ExpenseCategory
from db.models.budget_claims import Claim, ClaimLine
from db.models.campaigns import (
    Activity,
    ActivityCost,
    ActivityLead,
    ActivityMaterial,
    ActivityMember,
    ActivityPhoto,
    ActivityTerm,
)
from db.models.campaigns import ActivityStatus as S
from db.models.channels import Channel
from db.models.customers import Customer, Enrollment
from db.models.staff import Staff
from db.types import utcnow

MAX_PHOTO_BYTES = 8 * 1024 * 1024
PHOTO_TYPES = {"image/jpeg", "image/png", "image/webp"}


def _terms(a: Activity) -> tuple[TermInput, ...]:
    return tuple(
        TermInput(t.kind, t.value, t.gift, t.group_size, t.conditions, t.valid_from, t.valid_until)
        for t in a.terms
    )


def _locked(a: Activity) -> tuple[Any, ...]:
    """The parts approval fixes: changing any sends an approved activity back."""
    return (
        a.kind,
        a.starts_at,
        a.ends_at,
        a.all_day,
        a.budget_fen,
        a.category_id,
        a.ad_copy,
        _terms(a),
    )


def _locked_input(d: ActivityInput) -> tuple[Any, ...]:
    return (
        d.kind,
        d.starts_at,
        d.ends_at,
        d.all_day,
        d.budget_fen,
        d.category_id,
        d.ad_copy,
        d.terms,
    )


def _snapshot(a: Activity) -> dict[str, Any]:
    data = snapshot(a)
    data["members"] = [[m.staff_id, m.role] for m in a.members]
    data["terms"] = [
        [
            t.kind,
            t.value,
            t.gift,
            t.group_size,
            t.conditions,
            t.valid_from and t.valid_from.isoformat(),
            t.valid_until and t.valid_until.isoformat(),
        ]
        for t in a.terms
    ]
    data["materials"] = [[m.name, m.quantity, m.ready] for m in a.materials]
    return data


def _row(a: Activity, owners: dict[int, str], channels: dict[int, str]) -> ActivityRow:
    return ActivityRow(
        id=a.id,
        uuid=str(a.uuid),
        name=a.name,
        kind=a.kind,
        status=a.status,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        all_day=a.all_day,
        venue=a.venue,
        owner_id=a.owner_id,
        channel_id=a.channel_id,
        target_school=a.target_school,
        audience=a.audience,
        plan_id=a.plan_id,
        budget_fen=a.budget_fen,
        category_id=a.category_id,
        ad_copy=a.ad_copy,
        version=a.version,
        owner_name=owners.get(a.owner_id, "") if a.owner_id is not None else "",
        channel_name=channels.get(a.channel_id, "") if a.channel_id is not None else "",
    )


def _names(session: Session, model: Any, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(session.execute(select(model.id, model.name).where(model.id.in_(wanted))).all())


def _apply(session: Session, a: Activity, d: ActivityInput) -> None:
    a.name, a.kind = d.name, d.kind
    a.starts_at, a.ends_at, a.all_day = d.starts_at, d.ends_at, d.all_day
    a.venue, a.owner_id, a.channel_id = d.venue, d.owner_id, d.channel_id
    a.target_school, a.audience, a.plan_id = d.target_school, d.audience, d.plan_id
    a.budget_fen, a.category_id = d.budget_fen, d.category_id
    a.ad_copy, a.description = d.ad_copy, d.description
    a.members.clear()
    a.terms.clear()
    a.materials.clear()
    session.flush()  # the old child rows go before the new ones (same keys)
    a.members.extend(ActivityMember(staff_id=m.staff_id, role=m.role) for m in d.members)
    a.terms.extend(
        ActivityTerm(
            position=i,
            kind=t.kind,
            value=t.value,
            gift=t.gift,
            group_size=t.group_size,
            conditions=t.conditions,
            valid_from=t.valid_from,
            valid_until=t.valid_until,
        )
        for i, t in enumerate(d.terms)
    )
    a.materials.extend(
        ActivityMaterial(position=i, name=m.name, quantity=m.quantity, ready=m.ready)
        for i, m in enumerate(d.materials)
    )
    a.updated_at = utcnow()  # a change of child rows alone still bumps the version


class CampaignService(Service):
    services: Any = None

    @classmethod
    def from_services(cls, services: Any) -> CampaignService:
        service = cls(services.db)
        service.services = services
        return service

    # -- who may ------------------------------------------------------------------------
    @staticmethod
    def is_editor(actor: Actor, a: Activity | ActivityView) -> bool:
        """Whether `actor` may edit and run this activity (beyond the permission)."""
        if actor.can(P.EDIT_ALL_ACTIVITIES):
            return True
        if not actor.can(P.EDIT_ACTIVITIES):
            return False
        if isinstance(a, ActivityView):
            owner, creator = a.row.owner_id, a.created_by_user_id
            team = {m.staff_id for m in a.members}
        else:
            owner, creator = a.owner_id, a.created_by_user_id
            team = {m.staff_id for m in a.members}
        if actor.user_id is not None and actor.user_id == creator:
            return True
        return actor.staff_id is not None and (actor.staff_id == owner or actor.staff_id in team)

    def _require_editor(self, actor: Actor, a: Activity) -> None:
        if not self.is_editor(actor, a):
            raise PermissionDenied(
                tr("Only the activity's owner, its team or a manager may change it.")
            )

    # -- reads --------------------------------------------------------------------------
    def list_activities(self, actor: Actor, start: dt.date, end: dt.date) -> list[ActivityRow]:
        """Activities overlapping the days start..end (both included), by start."""
        query = select(Activity).where(
            Activity.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
            Activity.ends_at >= dt.datetime.combine(start, dt.time()),
        )
        return self._rows(actor, query)

    def plan_activities(self, actor: Actor, plan_id: int) -> list[ActivityRow]:
        """The activities planned under a marketing plan, by start."""
        return self._rows(actor, select(Activity).where(Activity.plan_id == plan_id))

    def _rows(self, actor: Actor, query: Any) -> list[ActivityRow]:
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            activities = list(session.scalars(query.order_by(Activity.starts_at, Activity.id)))
            owners = _names(session, Staff, (a.owner_id for a in activities))
            channels = _names(session, Channel, (a.channel_id for a in activities))
            return [_row(a, owners, channels) for a in activities]

    def get_activity(self, actor: Actor, activity_id: int) -> ActivityView:
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            a = session.get(Activity, activity_id)
            if a is None:
                raise NotFound(tr("The activity no longer exists (#%s).") % activity_id)
            return self._view(session, a)

    def figures(self, session: Session, a: Activity) -> ActivityFigures:
        spent = spend.activity_spend(session, [a.id]).get(a.id, 0)
        committed = spend.activity_committed(session, [a.id]).get(a.id, 0)
        leads = session.scalar(
            select(func.count()).select_from(ActivityLead).where(ActivityLead.activity_id == a.id)
        )
        # Revenue: what the captured customers enrolled for from the activity's day on.
        enrolled = session.execute(
            select(
                func.count(func.distinct(Enrollment.customer_id)), func.sum(Enrollment.amount_fen)
            )
            .join(ActivityLead, ActivityLead.customer_id == Enrollment.customer_id)
            .where(
                ActivityLead.activity_id == a.id,
                Enrollment.enrolled_on >= a.starts_at.date(),
            )
        ).one()
        return ActivityFigures(
            cost_fen=spent,
            leads=int(leads or 0) + a.summary_extra_leads,
            enrollments=int(enrolled[0] or 0),
            revenue_fen=int(enrolled[1] or 0),
            reserved_fen=spend.reserved_of(session, a, spent + committed),
            committed_fen=committed,
        )

    def _costs(self, session: Session, activity_id: int) -> tuple[CostLine, ...]:
        lines: list[CostLine] = []
        claim_rows = session.execute(
            select(ActivityCost.id, ClaimLine, Claim.status, Claim.deleted_at)
            .join(ClaimLine, ClaimLine.id == ActivityCost.claim_line_id)
            .join(Claim, Claim.id == ClaimLine.claim_id)
            .where(ActivityCost.activity_id == activity_id)
            .order_by(ClaimLine.expense_date, ActivityCost.id)
        ).all()
        for cost_id, line, status, deleted_at in claim_rows:
            # Spend, or committed on its way to finance (the figures say which is which).
            counted = deleted_at is None and status in spend.LINKABLE_CLAIMS
            lines.append(
                CostLine(
                    cost_id,
                    "claim",
                    line.id,
                    line.expense_date,
                    line.description,
                    line.amount_fen if counted else 0,
                    "deleted" if deleted_at else status,
                )
            )
        expense_rows = session.execute(
            select(ActivityCost.id, DirectExpense)
            .join(DirectExpense, DirectExpense.id == ActivityCost.direct_expense_id)
            .where(ActivityCost.activity_id == activity_id)
            .order_by(DirectExpense.expense_date, ActivityCost.id)
        ).all()
        for cost_id, expense in expense_rows:
            reversed_fen = session.scalar(
                select(func.sum(DirectExpense.amount_fen)).where(
                    DirectExpense.reversal_of_id == expense.id
                )
            )
            amount = expense.amount_fen + int(reversed_fen or 0)
            lines.append(
                CostLine(
                    cost_id,
                    "expense",
                    expense.id,
                    expense.expense_date,
                    expense.note or expense.payee,
                    amount,
                    "reversed" if reversed_fen else "recorded",
                )
            )
        return tuple(lines)

    def _view(self, session: Session, a: Activity) -> ActivityView:
        owners = _names(session, Staff, [a.owner_id])
        channels = _names(session, Channel, [a.channel_id])
        leads = session.execute(
            select(ActivityLead.customer_id, Customer.name, ActivityLead.captured_at)
            .join(Customer, Customer.id == ActivityLead.customer_id)
            .where(ActivityLead.activity_id == a.id)
            .order_by(ActivityLead.captured_at, ActivityLead.id)
        ).all()
        photos = session.execute(
            select(
                ActivityPhoto.id,
                ActivityPhoto.filename,
                ActivityPhoto.mime,
                func.length(ActivityPhoto.content),
            )
            .where(ActivityPhoto.activity_id == a.id)
            .order_by(ActivityPhoto.id)
        ).all()
        return ActivityView(
            row=_row(a, owners, channels),
            description=a.description,
            members=tuple(MemberInput(m.staff_id, m.role) for m in a.members),
            terms=_terms(a),
            materials=tuple(MaterialInput(m.name, m.quantity, m.ready) for m in a.materials),
            costs=self._costs(session, a.id),
            leads=tuple(LeadLine(c, n, t) for c, n, t in leads),
            photos=tuple(PhotoLine(i, f, m, int(s or 0)) for i, f, m, s in photos),
            figures=self.figures(session, a),
            approved_by_name=a.approved_by_name,
            approved_at=a.approved_at,
            decision_reason=a.decision_reason,
            ad_copy_override=a.ad_copy_override,
            summary_notes=a.summary_notes,
            summary_extra_leads=a.summary_extra_leads,
            summarized_at=a.summarized_at,
            created_by_user_id=a.created_by_user_id,
        )

    # -- writes -------------------------------------------------------------------------
    def create_activity(self, actor: Actor, data: ActivityInput) -> ActivityView:
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            clean = check_input(tx.session, data)
            a = Activity(status=S.DRAFT, created_by_user_id=actor.user_id)
            tx.session.add(a)
            _apply(tx.session, a, clean)
            tx.audit("create", a, None, after=_snapshot(a), summary=clean.name)
            return tx.done(self._view(tx.session, a))

    def update_activity(
        self,
        actor: Actor,
        activity_id: int,
        data: ActivityInput,
        version: int,
        *,
        resubmit: bool = False,
        ad_override: str = "",
    ) -> ActivityView:
        """Save the editor. On an approved activity a change of its locked parts
        (terms, times, budget, copy, kind) needs `resubmit=True` and sends it back to
        "submitted"; running, completed and cancelled activities keep them."""
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id, version)
            self._require_editor(actor, a)
            if a.status in (S.COMPLETED, S.CANCELLED):
                raise ConflictError(
                    tr("A %s activity can no longer be changed.") % status_label(a.status)
                )
            clean = check_input(tx.session, data)
            locked_change = _locked(a) != _locked_input(clean)
            back = False
            if locked_change and a.status == S.IN_PROGRESS:
                raise ConflictError(
                    tr(
                        "The activity is running: its times, budget, copy and promotion "
                        "terms can no longer be changed."
                    )
                )
            if locked_change and a.status == S.APPROVED:
                if not resubmit:
                    raise ConflictError(
                        tr(
                            "The activity is approved: changing its times, budget, copy or "
                            "promotion terms sends it back for approval."
                        )
                    )
                back = True
            before = _snapshot(a)
            copy_changed = clean.ad_copy != a.ad_copy
            _apply(tx.session, a, clean)
            if back:
                self._send_back(a)
                if copy_changed:
                    self._check_copy(tx, actor, a, ad_override)
            tx.audit(
                "update",
                a,
                before,
                after=_snapshot(a),
                summary=tr("sent back for approval") if back else a.name,
            )
            return tx.done(self._view(tx.session, a))

    def reschedule(
        self,
        actor: Actor,
        activity_id: int,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        version: int,
    ) -> ActivityRow:
        """Move or resize; an approved activity goes back to "submitted"."""
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id, version)
            self._require_editor(actor, a)
            if a.status not in (S.DRAFT, S.SUBMITTED, S.REJECTED, S.APPROVED):
                raise ConflictError(tr("A %s activity cannot be moved.") % status_label(a.status))
            start, end = check_times(starts_at, ends_at)
            if (start, end) == (a.starts_at, a.ends_at):
                return tx.done(self._view(tx.session, a).row)
            before = snapshot(a)
            a.starts_at, a.ends_at = start, end
            back = a.status == S.APPROVED
            if back:
                self._send_back(a)
            tx.audit(
                "reschedule", a, before, summary=tr("sent back for approval") if back else a.name
            )
            return tx.done(self._view(tx.session, a).row)

    @staticmethod
    def _send_back(a: Activity) -> None:
        t = ACTIVITY_FLOW.find("resubmit", a.status)
        assert t is not None
        a.status = t.target
        a.approved_at = None
        a.approved_by_name = ""
        a.submitted_at = utcnow()

    def _check_copy(self, tx: Transaction, actor: Actor, a: Activity, override: str) -> None:
        """The copy against the adcheck feature's rules, read in this transaction
        (another session would wait for its lock on SQLite): findings need
        OVERRIDE_AD_COPY and a reason, recorded on the activity and audited."""
        text = a.ad_copy
        findings = (
            list(self.services.adcheck.check(text, session=tx.session)) if text.strip() else []
        )
        if not findings:
            a.ad_copy_override = ""
            return
        reason = (override or "").strip()
        if not reason:
            listed = "; ".join(f"{f.phrase} ({f.article})" for f in findings[:5])
            raise ConflictError(
                tr(
                    "The ad copy has %d finding(s) under the Advertising Law: %s. Reword "
                    "it, or a manager submits it with an override and a reason."
                )
                % (len(findings), listed)
            )
        if not actor.can(P.OVERRIDE_AD_COPY):
            raise PermissionDenied(
                tr("Only a manager may submit ad copy with findings (override with a reason).")
            )
        reason = check_text(reason, "ad_override", limit=2000, label=tr("The reason"))
        a.ad_copy_override = reason
        tx.audit(
            "adcopy_override",
            a,
            None,
            after={"findings": [[f.article, f.phrase] for f in findings], "reason": reason},
            summary=reason,
        )

    def transition(
        self,
        actor: Actor,
        activity_id: int,
        version: int,
        action: str,
        reason: str = "",
        *,
        ad_override: str = "",
    ) -> ActivityView:
        moves = [t for t in ACTIVITY_FLOW.transitions if t.action == action]
        if not moves or action == "resubmit":
            raise ValidationError("action", tr("Unknown action: %s") % action)
        if moves[0].needs_reason:
            reason = check_text(reason, "reason", required=True, limit=2000, label=tr("The reason"))
        with self.tx(actor, moves[0].permission) as tx:
            a = tx.get(Activity, activity_id, version)
            t = find_activity_move(action, a.status)
            ACTIVITY_FLOW.check(actor, t, a)
            if action not in ("approve", "reject"):
                self._require_editor(actor, a)
            before = snapshot(a)
            if action == "submit":
                a.submitted_at = utcnow()
                self._check_copy(tx, actor, a, ad_override)
            elif action == "approve":
                self._check_budget(tx.session, a)
                a.approved_by_name = actor_name(actor)
                a.approved_at = utcnow()
                a.decision_reason = ""
            elif action in ("reject", "cancel"):
                a.decision_reason = reason
            elif action == "complete" and (a.summarized_at is None or not a.summary_notes.strip()):
                raise ConflictError(
                    tr("Write the activity's summary (leads, cost, notes) before completing it.")
                )
            a.status = t.target
            tx.audit(action, a, before, summary=reason or a.name)
            return tx.done(self._view(tx.session, a))

    def _check_budget(self, session: Session, a: Activity) -> None:
        """Approval reserves the rest of the activity's budget: refused when its
        category's month has not that much left after the other reservations."""
        if not a.budget_fen or a.category_id is None:
            return
        used = spend.activity_used(session, [a.id]).get(a.id, 0)
        needed = max(0, a.budget_fen - used)
        if not needed:
            return
        year, month = a.starts_at.year, a.starts_at.month
        available = spend.available_fen(
            session, a.category_id, year, month, exclude_activity_id=a.id
        )
        if needed > available:
            category = session.get(ExpenseCategory, a.category_id)
            raise ConflictError(
                tr(
                    "The budget of %s for %d-%02d has %s left after the other activities' "
                    "reservations; this activity needs %s. Lower its budget or request a "
                    "budget adjustment."
                )
                % (
                    category.name if category else a.category_id,
                    year,
                    month,
                    format_money(max(available, 0)),
                    format_money(needed),
                )
            )

    def submit(
        self, actor: Actor, activity_id: int, version: int, *, ad_override: str = ""
    ) -> ActivityView:
        return self.transition(actor, activity_id, version, "submit", ad_override=ad_override)

    def approve(self, actor: Actor, activity_id: int, version: int) -> ActivityView:
        return self.transition(actor, activity_id, version, "approve")

    def reject(self, actor: Actor, activity_id: int, version: int, reason: str) -> ActivityView:
        return self.transition(actor, activity_id, version, "reject", reason)

    def revise(self, actor: Actor, activity_id: int, version: int) -> ActivityView:
        return self.transition(actor, activity_id, version, "revise")

    def start(self, actor: Actor, activity_id: int, version: int) -> ActivityView:
        return self.transition(actor, activity_id, version, "start")

    def complete(self, actor: Actor, activity_id: int, version: int) -> ActivityView:
        return self.transition(actor, activity_id, version, "complete")

    def cancel(self, actor: Actor, activity_id: int, version: int, reason: str) -> ActivityView:
        return self.transition(actor, activity_id, version, "cancel", reason)

    # -- the summary --------------------------------------------------------------------
    def save_summary(
        self, actor: Actor, activity_id: int, version: int, notes: str, extra_leads: int = 0
    ) -> ActivityView:
        """The post-activity summary: notes and the leads counted outside MarketDesk
        (the captured customers, the cost and the photos are linked separately)."""
        notes = check_text(
            notes, "summary_notes", required=True, limit=20000, label=tr("The summary")
        )
        if (
            isinstance(extra_leads, bool)
            or not isinstance(extra_leads, int)
            or not (0 <= extra_leads <= 1_000_000)
        ):
            raise ValidationError(
                "summary_extra_leads", tr("Other leads must be a whole number of at least 0.")
            )
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id, version)
            self._require_editor(actor, a)
            if a.status not in (S.IN_PROGRESS, S.COMPLETED):
                raise ConflictError(tr("The summary is written once the activity has started."))
            before = snapshot(a)
            a.summary_notes = notes
            a.summary_extra_leads = extra_leads
            a.summarized_at = utcnow()
            tx.audit("summary", a, before, summary=a.name)
            return tx.done(self._view(tx.session, a))

    def add_photo(
        self, actor: Actor, activity_id: int, filename: str, content: bytes, mime: str
    ) -> Change:
        if mime not in PHOTO_TYPES:
            raise ValidationError("photo", tr("Photos are JPEG, PNG or WebP images."))
        if not content or len(content) > MAX_PHOTO_BYTES:
            raise ValidationError("photo", tr("A photo is at most 8 MB."))
        name = check_text(filename, "photo", required=True, limit=200, label=tr("The file name"))
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id)
            self._require_editor(actor, a)
            if a.status not in (S.IN_PROGRESS, S.COMPLETED):
                raise ConflictError(tr("Photos are added once the activity has started."))
            photo = ActivityPhoto(activity_id=a.id, filename=name, mime=mime, content=content)
            tx.session.add(photo)
            tx.audit("create", photo, None, after={"filename": name, "size": len(content)})
        return tx.change

    def photo_content(self, actor: Actor, photo_id: int) -> bytes:
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            photo = session.get(ActivityPhoto, photo_id)
            if photo is None:
                raise NotFound(tr("The photo no longer exists."))
            return photo.content

    def remove_photo(self, actor: Actor, photo_id: int) -> Change:
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            photo = tx.get(ActivityPhoto, photo_id)
            a = tx.get(Activity, photo.activity_id)
            self._require_editor(actor, a)
            if a.status == S.COMPLETED:
                raise ConflictError(tr("A completed activity keeps its photos."))
            tx.audit("delete", photo, {"filename": photo.filename})
            tx.session.delete(photo)
        return tx.change

    # -- leads and costs ----------------------------------------------------------------
    def link_leads(
        self,
        actor: Actor,
        activity_id: int,
        customer_ids: Sequence[int],
        *,
        captured_at: dt.datetime | None = None,
    ) -> Change:
        """Record customers captured at the activity (already linked ones are kept);
        the change's result is how many were added. `captured_at` (naive local time)
        defaults to now."""
        ids = list(dict.fromkeys(customer_ids))
        # Anyone who runs activities may capture at one (the booth's staff need not be
        # on its team).
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id)
            if a.status in (S.DRAFT, S.REJECTED, S.CANCELLED):
                raise ConflictError(
                    tr("Leads are captured at approved activities (this one is %s).")
                    % status_label(a.status)
                )
            known = (
                set(
                    tx.session.scalars(
                        select(Customer.id).where(
                            Customer.id.in_(ids), Customer.deleted_at.is_(None)
                        )
                    )
                )
                if ids
                else set()
            )
            if len(known) != len(ids):
                raise ValidationError("customer_ids", tr("A customer no longer exists."))
            linked = set(
                tx.session.scalars(
                    select(ActivityLead.customer_id).where(ActivityLead.activity_id == a.id)
                )
            )
            added = [c for c in ids if c not in linked]
            if captured_at is not None and captured_at.tzinfo is not None:
                raise ValidationError("captured_at", tr("The capture time is a local time."))
            now = (captured_at or dt.datetime.now()).replace(microsecond=0)
            for customer_id in added:
                lead = ActivityLead(activity_id=a.id, customer_id=customer_id, captured_at=now)
                tx.session.add(lead)
            if added:
                tx.audit(
                    "link_leads",
                    a,
                    None,
                    after={"customers": added},
                    summary=tr("%d lead(s)") % len(added),
                )
        return tx.returning(len(added))

    def unlink_lead(self, actor: Actor, activity_id: int, customer_id: int) -> Change:
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id)
            self._require_editor(actor, a)
            if a.status == S.COMPLETED:
                raise ConflictError(tr("A completed activity keeps its leads."))
            lead = tx.session.scalar(
                select(ActivityLead).where(
                    ActivityLead.activity_id == a.id, ActivityLead.customer_id == customer_id
                )
            )
            if lead is None:
                raise NotFound(tr("The lead is not linked to this activity."))
            tx.session.delete(lead)
            tx.audit("unlink_lead", a, None, after={"customer": customer_id})
        return tx.change

    def link_cost(
        self,
        actor: Actor,
        activity_id: int,
        *,
        claim_line_id: int | None = None,
        direct_expense_id: int | None = None,
    ) -> Change:
        """Count a claim line or a direct expense as the activity's spend."""
        if (claim_line_id is None) == (direct_expense_id is None):
            raise ValidationError("cost", tr("Choose one claim line or one direct expense."))
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            a = tx.get(Activity, activity_id)
            self._require_editor(actor, a)
            if a.status in (S.COMPLETED, S.CANCELLED):
                raise ConflictError(
                    tr("A %s activity's costs can no longer be changed.") % status_label(a.status)
                )
            if claim_line_id is not None:
                source: Any = tx.session.get(ClaimLine, claim_line_id)
                taken = ActivityCost.claim_line_id == claim_line_id
            else:
                source = tx.session.get(DirectExpense, direct_expense_id)
                taken = ActivityCost.direct_expense_id == direct_expense_id
                if source is not None and source.reversal_of_id is not None:
                    raise ValidationError(
                        "cost", tr("Link the original expense; its reversal follows it.")
                    )
            if source is None:
                raise ValidationError("cost", tr("The claim line or expense no longer exists."))
            if tx.session.scalar(select(ActivityCost.id).where(taken)) is not None:
                raise ConflictError(tr("That spend already counts for an activity."))
            cost = ActivityCost(
                activity_id=a.id, claim_line_id=claim_line_id, direct_expense_id=direct_expense_id
            )
            tx.session.add(cost)
            tx.audit("create", cost, None)
            tx.change.add(kind(Activity), a.id)
        return tx.change

    def unlink_cost(self, actor: Actor, cost_id: int) -> Change:
        with self.tx(actor, P.EDIT_ACTIVITIES) as tx:
            cost = tx.get(ActivityCost, cost_id)
            a = tx.get(Activity, cost.activity_id)
            self._require_editor(actor, a)
            if a.status in (S.COMPLETED, S.CANCELLED):
                raise ConflictError(
                    tr("A %s activity's costs can no longer be changed.") % status_label(a.status)
                )
            tx.audit("delete", cost, snapshot(cost))
            tx.session.delete(cost)
            tx.change.add(kind(Activity), a.id)
        return tx.change

    def linkable_costs(self, actor: Actor, activity_id: int) -> list[CostLine]:
        """Claim lines and direct expenses no activity counts yet, dated within a month
        of the activity (in its category when it has one): what the costs tab offers."""
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            a = session.get(Activity, activity_id)
            if a is None:
                raise NotFound(tr("The activity no longer exists (#%s).") % activity_id)
            first = a.starts_at.date() - dt.timedelta(days=31)
            last = a.ends_at.date() + dt.timedelta(days=31)
            taken_lines = select(ActivityCost.claim_line_id).where(
                ActivityCost.claim_line_id.is_not(None)
            )
            taken_expenses = select(ActivityCost.direct_expense_id).where(
                ActivityCost.direct_expense_id.is_not(None)
            )
            lq = (
                select(ClaimLine, Claim.status)
                .join(Claim, Claim.id == ClaimLine.claim_id)
                .where(
                    ClaimLine.expense_date.between(first, last),
                    Claim.deleted_at.is_(None),
                    Claim.status.in_(spend.LINKABLE_CLAIMS),
                    ClaimLine.id.not_in(taken_lines),
                )
                .order_by(ClaimLine.expense_date, ClaimLine.id)
                .limit(200)
            )
            eq = (
                select(DirectExpense)
                .where(
                    DirectExpense.expense_date.between(first, last),
                    DirectExpense.reversal_of_id.is_(None),
                    DirectExpense.id.not_in(taken_expenses),
                )
                .order_by(DirectExpense.expense_date, DirectExpense.id)
                .limit(200)
            )
            if a.category_id is not None:
                lq = lq.where(ClaimLine.category_id == a.category_id)
                eq = eq.where(DirectExpense.category_id == a.category_id)
            found = [
                CostLine(0, "claim", ln.id, ln.expense_date, ln.description, ln.amount_fen, st)
                for ln, st in session.execute(lq).all()
            ]
            found += [
                CostLine(
                    0, "expense", e.id, e.expense_date, e.note or e.payee, e.amount_fen, "recorded"
                )
                for e in session.scalars(eq)
            ]
            return found

    def budget_available(
        self,
        actor: Actor,
        category_id: int,
        year: int,
        month: int,
        exclude_activity_id: int | None = None,
    ) -> int:
        """The budget left in a category and month after spend, commitments and the
        activities' reservations (what approval checks against)."""
        with self.read(actor, P.VIEW_ACTIVITIES) as session:
            return spend.available_fen(
                session, category_id, year, month, exclude_activity_id=exclude_activity_id
            )
