"""Helpers every customer service module shares: scope, status moves, row building."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.context import Actor
from app.customers.keys import search_columns
from app.customers.masking import guardian_name_for, may_see_contacts, phone_for, wechat_for
from app.customers.permissions import CustomerPermission
from app.customers.phones import national_of
from app.customers.pipeline import Reason, Status, path_to
from app.customers.rows import CustomerRow
from app.customers.translation import tr
from app.errors import NotFound, PermissionDenied
from app.service import Transaction, stale_error
from db.models.channels import Channel
from db.models.customers import Customer, CustomerStatusChange, FollowUp, Tag, customer_tags
from db.models.staff import Staff
from db.types import utcnow

if TYPE_CHECKING:
    from app.customers.validation import CleanCustomer


def local_today() -> dt.date:
    return dt.datetime.now().astimezone().date()


class LocalDates:
    """Stored UTC timestamp -> local calendar date, for many rows (the customers table,
    the export). astimezone() asks the OS for the local offset each time (~1 µs); the
    offset is looked up once per UTC hour, so dates on either side of a daylight-saving
    change are right. Make one per table page or export: a change of time zone shows
    in the next one.

    The offsets are shared by every LocalDates made while the local zone reads the
    same (its name and current offset): each search showed ~50 dates in new UTC
    hours, and asking the OS for them took ~0.15 ms of a ~4 ms search."""

    # (zone name, current offset) -> (UTC hour -> local offset, UTC hour -> local date
    # text); one zone at a time
    _shared: ClassVar[dict[tuple, tuple[dict[int, dt.timedelta], dict[int, str]]]] = {}

    def __init__(self) -> None:
        now = dt.datetime.now().astimezone()
        zone = (now.tzname(), now.utcoffset())
        shared = LocalDates._shared.get(zone)
        if shared is None or len(shared[0]) > 100_000:
            shared = ({}, {})
            LocalDates._shared = {zone: shared}
        self._offsets, self._texts = shared  # UTC hour -> local offset, -> date text

    def __call__(self, value: dt.datetime | None) -> dt.date | None:
        if value is None:
            return None
        if value.tzinfo is None:  # local time already
            return value.date()
        if value.tzinfo is not dt.UTC:
            return value.astimezone().date()
        # The UTC hour from the fields: timestamp() on an aware value costs ~5x more,
        # and this runs for every date cell of every search.
        hour = value.toordinal() * 24 + value.hour
        offset = self._offsets.get(hour)
        if offset is None:
            offset = self._offsets[hour] = value.astimezone().utcoffset() or dt.timedelta()
        return (value + offset).date()

    def text(self, value: dt.datetime | None) -> str:
        """The local date of `value` as YYYY-MM-DD ("" for None). Remembered per UTC
        hour when the zone's offset in that hour is whole hours (China's is): then
        every instant of the hour falls on the same local date. The table shows two
        such dates a row; working one out took ~1.2 µs, looking it up ~0.3."""
        if value is None:
            return ""
        if value.tzinfo is not dt.UTC:
            return self(value).isoformat()  # type: ignore[union-attr]
        hour = value.toordinal() * 24 + value.hour
        text = self._texts.get(hour)
        if text is None:
            text = self(value).isoformat()  # type: ignore[union-attr]
            if not self._offsets[hour].seconds % 3600:
                self._texts[hour] = text
        return text


def local_day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants at which a local calendar day starts and ends."""
    tz = dt.datetime.now().astimezone().tzinfo
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=1)).astimezone(dt.UTC)


def may_view(actor: Actor, customer: Customer) -> bool:
    return may_view_owner(actor, customer.owner_id)


def may_view_owner(actor: Actor, owner_id: int | None) -> bool:
    """May the actor see a customer owned by `owner_id` (everyone's, or their own)."""
    if actor.can(CustomerPermission.VIEW_ALL_CUSTOMERS):
        return True
    return actor.staff_id is not None and owner_id == actor.staff_id


def require_view(actor: Actor, customer: Customer) -> None:
    if not may_view(actor, customer):
        raise PermissionDenied(tr("This customer belongs to another colleague."))


def require_edit(actor: Actor, customer: Customer, permission: CustomerPermission) -> None:
    """The permission for the action, plus ownership unless the role edits everyone's."""
    actor.require(permission)
    if actor.can(CustomerPermission.EDIT_ALL_CUSTOMERS):
        return
    if actor.staff_id is None or customer.owner_id != actor.staff_id:
        raise PermissionDenied(tr("Only the customer's owner may change this customer."))


def load_customer(
    tx: Transaction,
    customer_id: int,
    expected_version: int | None = None,
    *,
    include_deleted: bool = False,
) -> Customer:
    # Locked like Transaction.get: an overlapping save waits instead of failing stale.
    customer = tx.session.get(Customer, customer_id, with_for_update=True)
    if customer is None or (customer.deleted_at is not None and not include_deleted):
        raise NotFound(tr("The customer no longer exists (#%s).") % customer_id)
    if expected_version is not None and customer.version != expected_version:
        raise stale_error()
    return customer


def add_status_change(tx: Transaction, customer: Customer, target: str, reason: str = "") -> None:
    tx.session.add(
        CustomerStatusChange(
            customer_id=customer.id,
            from_status=customer.status,
            to_status=target,
            reason=reason,
            changed_by=tx.actor.display_name or tx.actor.username,
        )
    )
    customer.status = target
    if target == Status.LOST:
        customer.lost_reason = reason
    elif customer.lost_reason:
        customer.lost_reason = ""


def advance(tx: Transaction, customer: Customer, target: Status) -> None:
    """Move forward through every stage up to `target` (no-op if already there or lost)."""
    for step in path_to(customer.status, target):
        add_status_change(tx, customer, step, Reason.AUTOMATIC)


def refresh_next_follow_up(session: Session, customer: Customer) -> None:
    session.flush()
    customer.next_follow_up = session.scalar(
        select(func.min(FollowUp.due_on)).where(
            FollowUp.customer_id == customer.id, FollowUp.done.is_(False)
        )
    )


def touch_contact(customer: Customer, when: dt.datetime | None = None) -> None:
    when = when or utcnow()
    if customer.last_contact_at is None or customer.last_contact_at < when:
        customer.last_contact_at = when


def tag_names(session: Session, customer_id: int) -> tuple[str, ...]:
    return tuple(
        session.scalars(
            select(Tag.name)
            .join(customer_tags, customer_tags.c.tag_id == Tag.id)
            .where(customer_tags.c.customer_id == customer_id)
            .order_by(Tag.name)
        )
    )


def tag_ids_for(session: Session, names: list[str]) -> list[int]:
    """Ids of the named tags, creating the missing ones."""
    ids = []
    for name in names:
        tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
        if tag_id is None:
            tag = Tag(name=name)
            try:
                with session.begin_nested():
                    session.add(tag)
                    session.flush()
                tag_id = tag.id
            except IntegrityError:
                # A colleague created the same tag at the same moment (PostgreSQL
                # waits for their commit before refusing ours): use theirs.
                tag_id = session.scalar(select(Tag.id).where(Tag.name == name))
                if tag_id is None:
                    raise
        ids.append(tag_id)
    return ids


def set_tags(session: Session, customer_id: int, names: list[str]) -> None:
    session.execute(customer_tags.delete().where(customer_tags.c.customer_id == customer_id))
    for tag_id in tag_ids_for(session, names):
        session.execute(customer_tags.insert().values(customer_id=customer_id, tag_id=tag_id))


def customer_row(session: Session, actor: Actor, c: Customer) -> CustomerRow:
    channel = session.get(Channel, c.channel_id) if c.channel_id else None
    owner = session.get(Staff, c.owner_id) if c.owner_id else None
    return CustomerRow(
        id=c.id,
        uuid=str(c.uuid),
        version=c.version,
        name=c.name,
        mobile=phone_for(actor, national_of(c.mobile)),
        wechat=wechat_for(actor, c.wechat),
        gender=c.gender,
        grade=c.grade,
        school=c.school,
        guardian_name=guardian_name_for(actor, c.guardian_name),
        guardian_phone=phone_for(actor, national_of(c.guardian_phone)),
        district=c.district,
        training_needs=c.training_needs,
        course_interests=c.course_interests,
        notes=c.notes,
        channel_id=c.channel_id,
        channel_name=channel.name if channel else "",
        source_event=c.source_event,
        owner_id=c.owner_id,
        owner_name=owner.name if owner else "",
        tier=c.tier,
        status=c.status,
        lost_reason=c.lost_reason,
        consent_contact=c.consent_contact,
        consent_at=c.consent_at,
        consent_wording=c.consent_wording,
        is_minor=c.is_minor,
        guardian_consent=c.guardian_consent,
        guardian_consent_at=c.guardian_consent_at,
        created_at=c.created_at,
        last_contact_at=c.last_contact_at,
        next_follow_up=c.next_follow_up,
        deleted_at=c.deleted_at,
        tags=tag_names(session, c.id),
        masked=not may_see_contacts(actor),
    )


def apply_input(customer: Customer, clean: CleanCustomer, when: dt.datetime | None = None) -> None:
    """Set a customer's profile from validated input, with its search columns. A consent
    given now is dated `when` (default: now); a withdrawn one loses its date."""
    data, now = clean.data, when or utcnow()
    for key in (
        "name",
        "wechat",
        "gender",
        "grade",
        "school",
        "guardian_name",
        "district",
        "training_needs",
        "course_interests",
        "notes",
        "channel_id",
        "source_event",
        "owner_id",
        "tier",
        "consent_wording",
        "is_minor",
    ):
        setattr(customer, key, getattr(data, key))
    customer.mobile = data.mobile or None
    customer.guardian_phone = data.guardian_phone or None
    if data.consent_contact and not customer.consent_contact:
        customer.consent_at = now
    elif not data.consent_contact:
        customer.consent_at = None
    customer.consent_contact = data.consent_contact
    if data.guardian_consent and not customer.guardian_consent:
        customer.guardian_consent_at = now
    elif not data.guardian_consent:
        customer.guardian_consent_at = None
    customer.guardian_consent = data.guardian_consent
    for key, value in search_columns(
        customer.name, customer.mobile, customer.guardian_phone
    ).items():
        setattr(customer, key, value)
