"""Customer search in SQL: one query string plus filters, sorted in SQL.

How a search term is matched (terms separated by spaces must all match):
- Chinese or other text: substring of the name, guardian name or school
  (LIKE '%x%' on the base table: 1-2 character queries work, unlike FTS5 trigram,
  shared/PITFALLS.md);
- Latin letters: prefix of the pinyin initials (`zs` -> 张三) or of the full pinyin
  (`zhangs`), both stored and indexed;
- exactly 4 digits: the last four digits of the mobile or the guardian phone
  (indexed, exact);
- 11+ digits that form a phone: that number, as mobile or guardian phone (indexed);
- other digit runs: a fragment of either phone number.

Paging for the lazy table model: `search_page` gives the first page at once
(LIMIT), `search_ids` the whole ordered id list (8 bytes per row in an array),
`rows_by_ids` a window of rows. The id list makes jumping to row 900,000 a fetch
of 100 rows by primary key.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from array import array
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, Select, and_, exists, false, or_, select

from app.context import Actor
from app.customers.common import local_day_bounds, local_today
from app.customers.masking import mask_name, mask_phone, may_see_contacts
from app.customers.phones import national_of, normalize_phone
from app.customers.pinyin import is_pinyin_query
from app.customers.rows import CustomerListRow
from app.errors import ServiceError
from app.permissions import Permission
from db.models.customers import Channel, Complaint, Customer, Tag, customer_tags
from db.models.staff import Staff

PAGE_SIZE = 100

# Sort keys the table offers: key -> columns (the id breaks ties so order is total).
SORT_COLUMNS = {
    "created": Customer.id,
    "name": Customer.name_pinyin,
    "school": Customer.school,
    "status": Customer.status,
    "tier": Customer.tier,
    "last_contact": Customer.last_contact_at,
    "next_follow_up": Customer.next_follow_up,
    "owner": Customer.owner_id,
    "channel": Customer.channel_id,
}

FOLLOW_UP_FILTERS = ("", "today", "overdue", "due")  # due = today or overdue


@dataclass(frozen=True)
class CustomerQuery:
    text: str = ""
    statuses: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    channel_ids: tuple[int, ...] = ()
    owner_ids: tuple[int | None, ...] = ()  # None inside: "no owner"
    tag_ids: tuple[int, ...] = ()
    created_from: dt.date | None = None
    created_to: dt.date | None = None
    contact_from: dt.date | None = None
    contact_to: dt.date | None = None
    follow_up: str = ""
    open_complaint: bool = False  # only customers with a complaint not yet resolved
    deleted: bool = False  # True: the recycle bin (soft-deleted customers)
    sort: str = "created"
    descending: bool = True
    today: dt.date | None = field(default=None, compare=False)


_DIGITS_ONLY = re.compile(r"^[\d\-\s]+$")


def _contains(column, term: str, dialect: str) -> ColumnElement[bool]:
    """Substring match; SQLite's LIKE ignores ASCII case already, PostgreSQL needs ILIKE."""
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    if dialect == "postgresql":
        return column.ilike(f"%{escaped}%", escape="/")
    return column.like(f"%{escaped}%", escape="/")


def _prefix(column, term: str, dialect: str) -> ColumnElement[bool]:
    """Index-friendly prefix match: GLOB on SQLite, LIKE + text_pattern_ops on PostgreSQL."""
    if dialect == "sqlite":
        escaped = re.sub(r"([*?\[])", r"[\1]", term)
        return column.op("GLOB")(escaped + "*")
    escaped = term.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return column.like(escaped + "%", escape="/")


def term_condition(term: str, dialect: str) -> ColumnElement[bool]:
    term = unicodedata.normalize("NFKC", term).strip()
    if _DIGITS_ONLY.match(term):
        digits = re.sub(r"\D", "", term)
        if len(digits) == 4:
            return or_(Customer.mobile_last4 == digits, Customer.guardian_last4 == digits)
        if len(digits) >= 11:
            try:
                phone = normalize_phone(digits)
            except ServiceError:
                phone = None
            if phone is not None:
                return or_(Customer.mobile == phone.e164, Customer.guardian_phone == phone.e164)
        return _contains(Customer.phone_digits, digits, dialect)
    if is_pinyin_query(term):
        lower = term.lower()
        return or_(_prefix(Customer.name_initials, lower, dialect),
                   _prefix(Customer.name_pinyin, lower, dialect))
    if term.isascii():
        # Letters and digits mixed: a WeChat id or a Latin name fragment.
        return or_(Customer.wechat == term, _contains(Customer.name, term, dialect))
    return or_(_contains(Customer.name, term, dialect),
               _contains(Customer.guardian_name, term, dialect),
               _contains(Customer.school, term, dialect))


def search_terms(text: str) -> list[str]:
    """Words of the search box; a phone number typed in groups ("138 1234 5678") is one."""
    text = unicodedata.normalize("NFKC", text).strip()
    compact = re.sub(r"[\s\-]", "", text)
    if compact.isdigit() and len(compact) >= 7:
        return [compact]
    return text.split()


def _day_start(day: dt.date) -> dt.datetime:
    return local_day_bounds(day)[0]


def _day_end(day: dt.date) -> dt.datetime:
    return local_day_bounds(day)[1]


def conditions(actor: Actor, query: CustomerQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE clause of a customer query, including the actor's scope."""
    where: list[ColumnElement[bool]] = [
        Customer.deleted_at.is_not(None) if query.deleted else Customer.deleted_at.is_(None)]
    if not actor.can(Permission.VIEW_ALL_CUSTOMERS):
        where.append(Customer.owner_id == actor.staff_id if actor.staff_id is not None
                     else false())
    for term in search_terms(query.text):
        where.append(term_condition(term, dialect))
    if query.statuses:
        where.append(Customer.status.in_(query.statuses))
    if query.tiers:
        where.append(Customer.tier.in_(query.tiers))
    if query.channel_ids:
        where.append(Customer.channel_id.in_(query.channel_ids))
    if query.owner_ids:
        owners = [o for o in query.owner_ids if o is not None]
        parts = [Customer.owner_id.in_(owners)] if owners else []
        if None in query.owner_ids:
            parts.append(Customer.owner_id.is_(None))
        where.append(or_(*parts))
    for tag_id in query.tag_ids:
        where.append(exists().where(customer_tags.c.customer_id == Customer.id,
                                    customer_tags.c.tag_id == tag_id))
    if query.created_from:
        where.append(Customer.created_at >= _day_start(query.created_from))
    if query.created_to:
        where.append(Customer.created_at < _day_end(query.created_to))
    if query.contact_from:
        where.append(Customer.last_contact_at >= _day_start(query.contact_from))
    if query.contact_to:
        where.append(Customer.last_contact_at < _day_end(query.contact_to))
    if query.open_complaint:
        where.append(exists().where(Complaint.customer_id == Customer.id,
                                    Complaint.status.in_(("received", "handling"))))
    today = query.today or local_today()
    if query.follow_up == "today":
        where.append(Customer.next_follow_up == today)
    elif query.follow_up == "overdue":
        where.append(Customer.next_follow_up < today)
    elif query.follow_up == "due":
        where.append(Customer.next_follow_up <= today)
    return where


def order_by(query: CustomerQuery) -> list:
    column = SORT_COLUMNS.get(query.sort, Customer.id)
    if column is Customer.id:
        return [Customer.id.desc() if query.descending else Customer.id.asc()]
    if query.descending:
        return [column.desc(), Customer.id.desc()]
    return [column.asc(), Customer.id.asc()]


def list_select() -> Select:
    """The table's columns; channel and owner names by outer join."""
    return (select(Customer.id, Customer.name, Customer.gender, Customer.mobile, Customer.grade,
                   Customer.school, Customer.guardian_name, Customer.guardian_phone,
                   Customer.district, Channel.name.label("channel_name"),
                   Staff.name.label("owner_name"), Customer.tier, Customer.status,
                   Customer.created_at, Customer.last_contact_at, Customer.next_follow_up,
                   Customer.course_interests)
            .outerjoin(Channel, Channel.id == Customer.channel_id)
            .outerjoin(Staff, Staff.id == Customer.owner_id))


def _list_row(row, contacts: bool, tags: tuple[str, ...] = ()) -> CustomerListRow:
    mobile, guardian = national_of(row.mobile), national_of(row.guardian_phone)
    if not contacts:
        mobile, guardian = mask_phone(mobile), mask_phone(guardian)
    return CustomerListRow(
        id=row.id, name=row.name, gender=row.gender, mobile=mobile, grade=row.grade,
        school=row.school,
        guardian_name=row.guardian_name if contacts else mask_name(row.guardian_name),
        guardian_phone=guardian, district=row.district, channel_name=row.channel_name or "",
        owner_name=row.owner_name or "", tier=row.tier, status=row.status,
        created_at=row.created_at, last_contact_at=row.last_contact_at,
        next_follow_up=row.next_follow_up, course_interests=row.course_interests, tags=tags)


class SearchMixin:
    def _dialect(self) -> str:
        return self.db.engine.dialect.name  # type: ignore[attr-defined]

    def search_page(self, actor: Actor, query: CustomerQuery, limit: int = PAGE_SIZE,
                    ) -> list[CustomerListRow]:
        """The first `limit` rows in order: what the table shows before the id list is in."""
        where = conditions(actor, query, self._dialect())
        statement = list_select().where(and_(*where)).order_by(*order_by(query)).limit(limit)
        with self.read(actor, Permission.VIEW_CUSTOMERS) as session:  # type: ignore[attr-defined]
            rows = session.execute(statement).all()
            return self._with_tags(session, actor, rows)

    def search_ids(self, actor: Actor, query: CustomerQuery) -> array:
        """Every matching id in order, as a compact array('q')."""
        where = conditions(actor, query, self._dialect())
        statement = select(Customer.id).where(and_(*where)).order_by(*order_by(query))
        ids = array("q")
        with self.read(actor, Permission.VIEW_CUSTOMERS) as session:  # type: ignore[attr-defined]
            result = session.connection().execute(statement)
            # Integer ids need no result processing: reading the DBAPI cursor directly
            # halves the time for a million rows.
            cursor = result.cursor
            while rows := cursor.fetchmany(50_000):
                ids.extend([row[0] for row in rows])
            result.close()
        return ids

    def count(self, actor: Actor, query: CustomerQuery) -> int:
        from sqlalchemy import func

        where = conditions(actor, query, self._dialect())
        with self.read(actor, Permission.VIEW_CUSTOMERS) as session:  # type: ignore[attr-defined]
            return session.scalar(select(func.count()).select_from(Customer).where(and_(*where)))

    def rows_by_ids(self, actor: Actor, ids: list[int]) -> dict[int, CustomerListRow]:
        """Rows for a window of ids (scope re-checked: a staff member sees only their own)."""
        if not ids:
            return {}
        where = [Customer.id.in_(ids)]
        if not actor.can(Permission.VIEW_ALL_CUSTOMERS):
            where.append(Customer.owner_id == actor.staff_id if actor.staff_id is not None
                         else false())
        with self.read(actor, Permission.VIEW_CUSTOMERS) as session:  # type: ignore[attr-defined]
            rows = session.execute(list_select().where(*where)).all()
            return {row.id: row for row in self._with_tags(session, actor, rows)}

    def _with_tags(self, session, actor: Actor, rows) -> list[CustomerListRow]:
        contacts = may_see_contacts(actor)
        tags: dict[int, list[str]] = {}
        if rows:
            for customer_id, name in session.execute(
                    select(customer_tags.c.customer_id, Tag.name)
                    .join(Tag, Tag.id == customer_tags.c.tag_id)
                    .where(customer_tags.c.customer_id.in_([r.id for r in rows]))
                    .order_by(Tag.name)):
                tags.setdefault(customer_id, []).append(name)
        return [_list_row(r, contacts, tuple(tags.get(r.id, ()))) for r in rows]
