"""Finding duplicate customers and merging two into one, keeping every history record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, select, update

from app.context import Actor
from app.customers.common import (
    add_status_change,
    customer_row,
    load_customer,
    refresh_next_follow_up,
    set_tags,
    tag_names,
)
from app.customers.keys import search_columns
from app.customers.permissions import CustomerPermission
from app.customers.pipeline import ORDER, Reason, Status
from app.customers.rows import CustomerRow, DuplicateGroup
from app.customers.translation import tr
from app.errors import ValidationError
from app.service import Transaction, snapshot
from db.models.customers import (
    Complaint,
    Customer,
    CustomerStatusChange,
    Enrollment,
    FollowUp,
    TrialClass,
)
from db.types import utcnow

if TYPE_CHECKING:  # the mixin's methods run on a Service subclass (CustomerService)
    from app.service import Service as _ServiceBase
else:
    _ServiceBase = object

# Profile fields the kept customer takes from the merged one when its own is empty.
FILLABLE = (
    "wechat",
    "gender",
    "grade",
    "school",
    "guardian_name",
    "guardian_phone",
    "district",
    "training_needs",
    "course_interests",
    "channel_id",
    "source_event",
    "owner_id",
)
HISTORY_MODELS = (FollowUp, TrialClass, Enrollment, Complaint, CustomerStatusChange)


def _stage(status: str) -> int:
    return ORDER.index(Status(status)) if status in ORDER else -1


class MergeMixin(_ServiceBase):
    def find_duplicates(self, actor: Actor, limit: int = 200) -> list[DuplicateGroup]:
        """Likely duplicates that the one-mobile rule cannot catch:
        the same name with the same guardian phone, and the same WeChat id."""
        groups: list[DuplicateGroup] = []
        live = Customer.deleted_at.is_(None)
        with self.read(actor, CustomerPermission.MERGE_CUSTOMERS) as session:
            keys = [
                (
                    tr("Same name and guardian phone"),
                    (Customer.name, Customer.guardian_phone),
                    Customer.guardian_phone.is_not(None),
                ),
                (tr("Same WeChat id"), (Customer.wechat,), Customer.wechat != ""),
            ]
            for reason, columns, present in keys:
                dupes = session.execute(
                    select(*columns)
                    .where(live, present)
                    .group_by(*columns)
                    .having(func.count() > 1)
                    .limit(limit)
                ).all()
                for values in dupes:
                    match = and_(live, *[c == v for c, v in zip(columns, values, strict=True)])
                    members = session.execute(
                        select(Customer.id, Customer.name).where(match).order_by(Customer.id)
                    ).all()
                    groups.append(
                        DuplicateGroup(
                            reason, tuple(m.id for m in members), tuple(m.name for m in members)
                        )
                    )
                if len(groups) >= limit:
                    break
        return groups[:limit]

    def merge_customers(
        self, actor: Actor, keep_id: int, keep_version: int, drop_id: int, drop_version: int
    ) -> CustomerRow:
        """Move every history record of `drop` to `keep`, fill keep's empty fields from
        drop, and soft-delete drop (restorable, marked as merged). Audited."""
        if keep_id == drop_id:
            raise ValidationError("customer", tr("Choose two different customers to merge."))
        with self.tx(actor, CustomerPermission.MERGE_CUSTOMERS) as tx:
            keep = load_customer(tx, keep_id, keep_version)
            _merge_into(tx, keep, load_customer(tx, drop_id, drop_version))
            return tx.done(customer_row(tx.session, actor, keep))

    def merge_group(self, actor: Actor, customer_ids: Sequence[int]) -> CustomerRow:
        """Merge a group from find_duplicates into its first (oldest) customer, as
        merge_customers does pair by pair, in one transaction: when one of them was
        deleted or merged in the meantime, nothing is merged (NotFound)."""
        ids = list(dict.fromkeys(customer_ids))
        if len(ids) < 2:
            raise ValidationError("customer", tr("Choose two different customers to merge."))
        with self.tx(actor, CustomerPermission.MERGE_CUSTOMERS) as tx:
            keep = load_customer(tx, ids[0])
            for drop_id in ids[1:]:
                _merge_into(tx, keep, load_customer(tx, drop_id))
            return tx.done(customer_row(tx.session, actor, keep))


def _merge_into(tx: Transaction, keep: Customer, drop: Customer) -> None:
    """Merge `drop` into `keep` in `tx`: history moved, empty fields filled, drop
    soft-deleted; two audit rows."""
    before_keep, before_drop = snapshot(keep), snapshot(drop)
    drop_tags = tag_names(tx.session, drop.id)
    moved = {}
    for model in HISTORY_MODELS:
        result = tx.session.execute(
            update(model)
            .where(model.customer_id == drop.id)
            .values(customer_id=keep.id)
            .execution_options(synchronize_session=False)
        )
        # An UPDATE returns a CursorResult; Session.execute() is typed as the base Result.
        moved[model.__tablename__] = result.rowcount  # type: ignore[attr-defined]
    # The drop goes first so that its mobile no longer counts as "live".
    drop_mobile, drop_notes = drop.mobile, drop.notes
    drop.deleted_at = utcnow()
    drop.notes = (drop.notes + "\n" + tr("Merged into customer #%d.") % keep.id).strip()
    tx.session.flush()
    if not keep.mobile and drop_mobile:
        keep.mobile = drop_mobile
    for key in FILLABLE:
        if not getattr(keep, key) and getattr(drop, key):
            setattr(keep, key, getattr(drop, key))
    if drop_notes:
        keep.notes = (keep.notes + "\n" + drop_notes).strip()[:4000]
    keep.consent_contact = keep.consent_contact or drop.consent_contact
    keep.consent_at = keep.consent_at or drop.consent_at
    keep.consent_wording = keep.consent_wording or drop.consent_wording
    keep.guardian_consent = keep.guardian_consent or drop.guardian_consent
    keep.guardian_consent_at = keep.guardian_consent_at or drop.guardian_consent_at
    keep.is_minor = keep.is_minor or drop.is_minor
    keep.created_at = min(keep.created_at, drop.created_at)
    if drop.last_contact_at and (
        keep.last_contact_at is None or drop.last_contact_at > keep.last_contact_at
    ):
        keep.last_contact_at = drop.last_contact_at
    keep.tier = min(keep.tier, drop.tier)  # A is the higher priority
    if _stage(drop.status) > _stage(keep.status):
        add_status_change(tx, keep, drop.status, Reason.MERGED)
    if drop_tags:
        set_tags(tx.session, keep.id, sorted(set(tag_names(tx.session, keep.id)) | set(drop_tags)))
    for key, value in search_columns(keep.name, keep.mobile, keep.guardian_phone).items():
        setattr(keep, key, value)
    refresh_next_follow_up(tx.session, keep)
    summary = f"merged #{drop.id} into #{keep.id}: " + ", ".join(
        f"{k}={v}" for k, v in moved.items()
    )
    tx.audit("merge", drop, before_drop, summary=summary)
    tx.audit("merge", keep, before_keep, summary=summary)
