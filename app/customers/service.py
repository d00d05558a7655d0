"""CustomerService: customers, their pipeline, bulk actions, channels and courses.

History records (follow-ups, trials, enrollments, complaints), search, the
today panel and merging live in sibling modules as mixins, so that each file
keeps one purpose; the UI and CLI see one service, `services.customers`.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app.channels import service as channel_service
from app.channels.rows import ChannelRow
from app.context import Actor
from app.customers.common import (
    add_status_change,
    apply_input,
    customer_row,
    load_customer,
    may_view_owner,
    require_edit,
    require_view,
    set_tags,
    tag_ids_for,
)
from app.customers.history import HistoryMixin
from app.customers.merge import MergeMixin
from app.customers.permissions import CustomerPermission
from app.customers.phone_search import masked_fragment, must_guard
from app.customers.phones import normalize_phone
from app.customers.pipeline import TIERS, check_transition
from app.customers.rows import (
    CourseRow,
    CustomerInput,
    CustomerRow,
    DuplicateCustomer,
    PhoneMatch,
)
from app.customers.search import SearchMixin
from app.customers.translation import tr
from app.customers.validation import CleanCustomer, validate_customer
from app.errors import NotFound, PermissionDenied, ValidationError
from app.races import lock_ids, retry_races
from app.service import Change, Service, Transaction, snapshot
from db.models.channels import Channel
from db.models.customers import Course, Customer, CustomerStatusChange, Tag, customer_tags
from db.models.staff import Staff
from db.types import utcnow

# The catalogue is shared (app.channels); the seeds are its.
SEED_CHANNELS = channel_service.SEED_CHANNELS


def _flush_unique_mobile(tx: Transaction) -> None:
    """The check before saving can race with a colleague saving the same mobile at the
    same moment; the unique index decides, and the loser gets a message, not a crash."""
    try:
        with tx.session.begin_nested():
            tx.session.flush()
    except IntegrityError as exc:
        if "mobile" not in str(exc.orig).lower():
            raise
        raise ValidationError(
            "mobile",
            tr(
                "A colleague has just saved a customer with this mobile. Search for it "
                "instead of adding it again."
            ),
        ) from exc


def _course_row(c: Course) -> CourseRow:
    return CourseRow(c.id, c.name, c.category, c.price_fen, c.class_hours, c.active, c.version)


def _check_course(name: str, category: str, price_fen: int, class_hours: int) -> tuple[str, str]:
    name, category = name.strip(), category.strip()
    if not name or len(name) > 100:
        raise ValidationError("name", tr("A course needs a name of at most 100 characters."))
    if len(category) > 40:
        raise ValidationError("category", tr("The category is too long (at most 40)."))
    if not isinstance(price_fen, int) or price_fen < 0:
        raise ValidationError("price", tr("The price cannot be negative."))
    if class_hours < 0:
        raise ValidationError("class_hours", tr("Class hours cannot be negative."))
    return name, category


class CustomerService(HistoryMixin, MergeMixin, SearchMixin, Service):
    # Mixins first: they derive from Service for the type checker (object at run time).
    # --- channels and courses ---------------------------------------------------------

    # The customers tab and import ask this service; the catalogue is app.channels.
    def ensure_seed_channels(self, actor: Actor) -> Change:
        return channel_service.ChannelService(self.db).ensure_seed_channels(actor)

    def list_channels(self, actor: Actor, *, include_inactive: bool = False) -> list[ChannelRow]:
        return channel_service.ChannelService(self.db).list_channels(
            actor, include_inactive=include_inactive
        )

    def save_channel(
        self, actor: Actor, channel_id: int | None, name: str, online: bool, active: bool = True
    ) -> ChannelRow:
        return channel_service.ChannelService(self.db).save_channel(
            actor, channel_id, name, online, active
        )

    def list_courses(self, actor: Actor, *, include_inactive: bool = False) -> list[CourseRow]:
        with self.read(actor, None) as session:
            query = select(Course).order_by(Course.category, Course.name)
            if not include_inactive:
                query = query.where(Course.active.is_(True))
            return [_course_row(c) for c in session.scalars(query)]

    def create_course(
        self, actor: Actor, name: str, category: str, price_fen: int, class_hours: int
    ) -> CourseRow:
        name, category = _check_course(name, category, price_fen, class_hours)
        with self.tx(actor, CustomerPermission.MANAGE_COURSES) as tx:
            if tx.session.scalar(select(Course.id).where(Course.name == name)):
                raise ValidationError("name", tr("The course '%s' exists already.") % name)
            course = Course(
                name=name, category=category, price_fen=price_fen, class_hours=class_hours
            )
            tx.session.add(course)
            tx.audit("create", course, None)
            return tx.done(_course_row(course))

    def update_course(
        self,
        actor: Actor,
        course_id: int,
        expected_version: int,
        name: str,
        category: str,
        price_fen: int,
        class_hours: int,
        active: bool = True,
    ) -> CourseRow:
        """Existing enrollments keep their own amounts: a new price applies from now on."""
        name, category = _check_course(name, category, price_fen, class_hours)
        with self.tx(actor, CustomerPermission.MANAGE_COURSES) as tx:
            course = tx.get(Course, course_id, expected_version)
            clash = tx.session.scalar(select(Course.id).where(Course.name == name))
            if clash is not None and clash != course_id:
                raise ValidationError("name", tr("The course '%s' exists already.") % name)
            before = snapshot(course)
            course.name, course.category, course.price_fen = name, category, price_fen
            course.class_hours, course.active = class_hours, active
            tx.audit("update", course, before)
            return tx.done(_course_row(course))

    def list_tags(self, actor: Actor) -> list[tuple[int, str]]:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            return [(t.id, t.name) for t in session.scalars(select(Tag).order_by(Tag.name))]

    # --- one customer -----------------------------------------------------------------

    def get_customer(
        self, actor: Actor, customer_id: int, *, include_deleted: bool = False
    ) -> CustomerRow:
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            customer = session.get(Customer, customer_id)
            if customer is None or (customer.deleted_at is not None and not include_deleted):
                raise NotFound(tr("The customer no longer exists (#%s).") % customer_id)
            require_view(actor, customer)
            return customer_row(session, actor, customer)

    def find_by_phone(
        self, actor: Actor, raw: str, exclude_id: int | None = None
    ) -> PhoneMatch | None:
        """The live customer with this mobile, for the as-you-type warning: (id, name)
        when the user may see that customer with its phone, else (None, ""). Staff
        learn that a colleague's customer has the number (saving it would be refused
        anyway) but not whose; a role that sees phones masked learns no more than an
        exact search shows it, and the lookup counts as a phone search (audited,
        rate-limited).

        Raises ValidationError for a value that cannot be a phone.
        """
        phone = normalize_phone(raw, "mobile")
        if phone is None:
            return None
        masked = must_guard(actor)
        actor.require(CustomerPermission.VIEW_CUSTOMERS)
        if masked:
            digits = phone.e164.lstrip("+")
            self.guard_phone_search(actor, {f"phone:{digits}": masked_fragment("phone", digits)})
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            query = select(Customer.id, Customer.name, Customer.owner_id).where(
                Customer.mobile == phone.e164, Customer.deleted_at.is_(None)
            )
            if exclude_id is not None:
                query = query.where(Customer.id != exclude_id)
            found = session.execute(query).first()
            if found is None:
                return None
            if masked or not may_view_owner(actor, found.owner_id):
                return PhoneMatch(None, "")
            return PhoneMatch(found.id, found.name)

    def _check_unique_mobile(
        self, tx: Transaction, clean: CleanCustomer, customer_id: int | None
    ) -> None:
        if clean.mobile is None:
            return
        query = select(Customer.id, Customer.name, Customer.owner_id).where(
            Customer.mobile == clean.mobile.e164, Customer.deleted_at.is_(None)
        )
        if customer_id is not None:
            query = query.where(Customer.id != customer_id)
        existing = tx.session.execute(query).first()
        if existing is not None and not may_view_owner(tx.actor, existing.owner_id):
            # Staff typed the number themselves; whose customer has it is not theirs to know.
            raise DuplicateCustomer(
                "mobile",
                tr("The mobile %s belongs to another colleague's customer already.")
                % clean.mobile.national,
                None,
            )
        if existing is not None:
            raise DuplicateCustomer(
                "mobile",
                tr("The mobile %s belongs to customer %s (#%d) already.")
                % (clean.mobile.national, existing.name, existing.id),
                existing.id,
            )

    def _check_refs(self, tx: Transaction, data: CustomerInput) -> None:
        if data.channel_id is not None and tx.session.get(Channel, data.channel_id) is None:
            raise ValidationError("channel_id", tr("No such channel."))
        if data.owner_id is not None and tx.session.get(Staff, data.owner_id) is None:
            raise ValidationError("owner_id", tr("No such staff member."))

    def create_customer(self, actor: Actor, data: CustomerInput) -> CustomerRow:
        clean = validate_customer(data)
        if clean.data.owner_id is None and actor.staff_id is not None:
            clean = replace(clean, data=replace(clean.data, owner_id=actor.staff_id))
        with self.tx(actor, CustomerPermission.EDIT_CUSTOMERS) as tx:
            if clean.data.owner_id != actor.staff_id and not actor.can(
                CustomerPermission.ASSIGN_CUSTOMERS
            ):
                raise PermissionDenied(tr("Only a manager may give a customer to a colleague."))
            self._check_refs(tx, clean.data)
            self._check_unique_mobile(tx, clean, None)
            customer = Customer(status="new")
            apply_input(customer, clean)
            tx.session.add(customer)
            _flush_unique_mobile(tx)
            tx.session.add(
                CustomerStatusChange(
                    customer_id=customer.id,
                    from_status="",
                    to_status="new",
                    changed_by=actor.display_name or actor.username,
                )
            )
            if clean.data.tags:
                set_tags(tx.session, customer.id, clean.data.tags)
            tx.audit("create", customer, None)
            return tx.done(customer_row(tx.session, actor, customer))

    def update_customer(
        self, actor: Actor, customer_id: int, expected_version: int, data: CustomerInput
    ) -> CustomerRow:
        clean = validate_customer(data)
        with self.tx(actor, CustomerPermission.EDIT_CUSTOMERS) as tx:
            customer = load_customer(tx, customer_id, expected_version)
            require_edit(actor, customer, CustomerPermission.EDIT_CUSTOMERS)
            if clean.data.owner_id != customer.owner_id and not actor.can(
                CustomerPermission.ASSIGN_CUSTOMERS
            ):
                raise PermissionDenied(tr("Only a manager may give a customer to a colleague."))
            self._check_refs(tx, clean.data)
            self._check_unique_mobile(tx, clean, customer.id)
            before = snapshot(customer)
            apply_input(customer, clean)
            _flush_unique_mobile(tx)
            if clean.data.tags is not None:
                set_tags(tx.session, customer.id, clean.data.tags)
                # A tag change alone must still bump the version of the customer.
                customer.updated_at = utcnow()
            tx.audit("update", customer, before)
            return tx.done(customer_row(tx.session, actor, customer))

    def delete_customer(self, actor: Actor, customer_id: int, expected_version: int) -> Change:
        """Soft delete: the customer disappears from lists and can be restored."""
        with self.tx(actor, CustomerPermission.DELETE_CUSTOMERS) as tx:
            self._soft_delete(tx, load_customer(tx, customer_id, expected_version))
        return tx.change

    @retry_races
    def delete_customers(self, actor: Actor, ids: list[int]) -> Change:
        """Soft-delete several customers in one transaction (all or none)."""
        with self.tx(actor, CustomerPermission.DELETE_CUSTOMERS) as tx:
            for customer_id in sorted(set(ids)):  # locked in id order (app/races.py)
                self._soft_delete(tx, load_customer(tx, customer_id))
            return tx.returning(len(ids))

    @staticmethod
    def _soft_delete(tx: Transaction, customer: Customer) -> None:
        before = snapshot(customer)
        customer.deleted_at = utcnow()
        tx.audit("delete", customer, before, after=snapshot(customer))

    def restore_customer(self, actor: Actor, customer_id: int) -> CustomerRow:
        with self.tx(actor, CustomerPermission.DELETE_CUSTOMERS) as tx:
            customer = self._restore(tx, customer_id)
            return tx.done(customer_row(tx.session, actor, customer))

    @retry_races
    def restore_customers(self, actor: Actor, ids: list[int]) -> Change:
        """Restore several customers in one transaction; a mobile clash stops them all."""
        with self.tx(actor, CustomerPermission.DELETE_CUSTOMERS) as tx:
            for customer_id in sorted(set(ids)):  # locked in id order (app/races.py)
                self._restore(tx, customer_id)
            return tx.returning(len(ids))

    def _restore(self, tx: Transaction, customer_id: int) -> Customer:
        customer = load_customer(tx, customer_id, include_deleted=True)
        if customer.deleted_at is None:
            return customer
        if customer.mobile:
            clash = tx.session.execute(
                select(Customer.id, Customer.name).where(
                    Customer.mobile == customer.mobile, Customer.deleted_at.is_(None)
                )
            ).first()
            if clash is not None:
                raise DuplicateCustomer(
                    "mobile",
                    tr("Cannot restore: customer %s (#%d) has the same mobile now.")
                    % (clash.name, clash.id),
                    clash.id,
                )
        before = snapshot(customer)
        customer.deleted_at = None
        tx.audit("restore", customer, before)
        tx.session.flush()  # the next restore of the same batch sees this one as live
        return customer

    def change_status(
        self, actor: Actor, customer_id: int, expected_version: int, target: str, reason: str = ""
    ) -> CustomerRow:
        """One pipeline step (DESIGN.md section 5), with a history row."""
        with self.tx(actor, CustomerPermission.EDIT_CUSTOMERS) as tx:
            customer = load_customer(tx, customer_id, expected_version)
            require_edit(actor, customer, CustomerPermission.EDIT_CUSTOMERS)
            check_transition(customer.status, target, reason)
            before = snapshot(customer)
            add_status_change(tx, customer, target, reason.strip()[:200])
            tx.audit("status", customer, before, summary=f"{before['status']} -> {target}")
            return tx.done(customer_row(tx.session, actor, customer))

    # --- bulk actions -----------------------------------------------------------------

    def _bulk(
        self,
        tx: Transaction,
        ids: list[int],
        values: dict,
        permission: CustomerPermission,
        action: str,
    ) -> int:
        """Set `values` on every listed customer the actor may edit; audit each one."""
        if not ids:
            return 0
        changed = 0
        ids = sorted(set(ids))  # locked in id order: two bulk edits queue, never deadlock
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            lock_ids(tx.session, Customer.id, chunk)
            customers = tx.session.scalars(
                select(Customer).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))
            ).all()
            for customer in customers:
                require_edit(tx.actor, customer, permission)
            for customer in customers:
                before = {key: getattr(customer, key) for key in values}
                if before == values:
                    continue
                tx.audit(
                    action,
                    entity="customers",
                    entity_id=customer.id,
                    before=before,
                    after=dict(values),
                )
                changed += 1
            tx.session.execute(
                update(Customer)
                .where(Customer.id.in_([c.id for c in customers]))
                .values(**values, version=Customer.version + 1, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
        return changed

    @retry_races
    def bulk_assign_owner(self, actor: Actor, ids: list[int], owner_id: int | None) -> Change:
        with self.tx(actor, CustomerPermission.ASSIGN_CUSTOMERS) as tx:
            if owner_id is not None and tx.session.get(Staff, owner_id) is None:
                raise ValidationError("owner_id", tr("No such staff member."))
            return tx.returning(
                self._bulk(
                    tx, ids, {"owner_id": owner_id}, CustomerPermission.ASSIGN_CUSTOMERS, "assign"
                )
            )

    @retry_races
    def bulk_set_tier(self, actor: Actor, ids: list[int], tier: str) -> Change:
        if tier not in TIERS:
            raise ValidationError("tier", tr("The tier must be A, B or C."))
        with self.tx(actor, CustomerPermission.EDIT_CUSTOMERS) as tx:
            return tx.returning(
                self._bulk(tx, ids, {"tier": tier}, CustomerPermission.EDIT_CUSTOMERS, "tier")
            )

    @retry_races
    def bulk_tag(self, actor: Actor, ids: list[int], tag: str, *, add: bool = True) -> Change:
        tag = tag.strip()
        if not tag or len(tag) > 40:
            raise ValidationError("tags", tr("A tag needs 1 to 40 characters."))
        with self.tx(actor, CustomerPermission.EDIT_CUSTOMERS) as tx:
            tag_id = tag_ids_for(tx.session, [tag])[0]
            changed = 0
            ids = sorted(set(ids))  # locked in id order: a colleague tagging waits, then skips
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                lock_ids(tx.session, Customer.id, chunk)
                customers = tx.session.scalars(
                    select(Customer).where(Customer.id.in_(chunk), Customer.deleted_at.is_(None))
                ).all()
                for customer in customers:
                    require_edit(actor, customer, CustomerPermission.EDIT_CUSTOMERS)
                tagged = set(
                    tx.session.scalars(
                        select(customer_tags.c.customer_id).where(
                            customer_tags.c.tag_id == tag_id,
                            customer_tags.c.customer_id.in_([c.id for c in customers]),
                        )
                    )
                )
                for customer in customers:
                    if add == (customer.id in tagged):
                        continue
                    if add:
                        tx.session.execute(
                            customer_tags.insert().values(customer_id=customer.id, tag_id=tag_id)
                        )
                    else:
                        tx.session.execute(
                            customer_tags.delete().where(
                                customer_tags.c.customer_id == customer.id,
                                customer_tags.c.tag_id == tag_id,
                            )
                        )
                    customer.updated_at = utcnow()
                    tx.audit(
                        "tag" if add else "untag",
                        entity="customers",
                        entity_id=customer.id,
                        after={"tag": tag},
                    )
                    changed += 1
            return tx.returning(changed)
