"""Customer search in SQL: one query string plus filters, sorted in SQL.

How a search term is matched (terms separated by spaces must all match):
- Chinese or other text: substring of the name, guardian name or school
  (LIKE '%x%'); on SQLite a term of CJK ideographs is looked up instead in the
  character index db/models/customers_text.py (the same rows, without reading the
  table; 1-2 character terms work, unlike FTS5 trigram, shared/PITFALLS.md);
- Latin letters: prefix of the pinyin initials (`zs` -> 张三) or of the full pinyin
  (`zhangs`); from three letters also of the given name's pinyin (`xiaotong` -> 曾晓彤),
  of the surname in full with the given name's initials (`zengxt`), or the surname's
  initial followed by the given name's pinyin (`zxiaot`); all stored and indexed;
- exactly 4 digits: the last four digits of the mobile or the guardian phone
  (indexed, exact);
- 11+ digits that form a phone: that number, as mobile or guardian phone (indexed);
- other digit runs: a fragment of either phone number.
Roles that see phones masked search phones only by the digits the mask shows
(app.customers.phone_search): their phone searches are audited and rate-limited.

Paging for the lazy table model: `search_page` gives the first page at once
(LIMIT), `search_ids` the whole ordered id list (8 bytes per row in an array),
`rows_by_ids` a window of rows. The id list makes jumping to row 900,000 a fetch
of 100 rows by primary key.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    bindparam,
    column,
    exists,
    false,
    func,
    join,
    literal_column,
    or_,
    select,
    table,
)

from app.context import Actor
from app.customers.common import local_day_bounds, local_today
from app.customers.masking import mask_name, mask_phone, may_see_contacts
from app.customers.permissions import CustomerPermission
from app.customers.phone_search import (
    PHONE_KINDS,
    PhoneSearchGuard,
    admit,
    masked_fragment,
    masked_term,
    must_guard,
    refuse,
)
from app.customers.phones import national_of, normalize_phone
from app.customers.pinyin import is_pinyin_query
from app.customers.rows import CustomerListRow
from app.errors import ServiceError
from app.service import Change
from db.models.channels import Channel
from db.models.customers import Complaint, Customer, Tag, customer_tags
from db.models.customers_text import TABLE as CHARS_TABLE
from db.models.staff import Staff

if TYPE_CHECKING:  # the mixin's methods run on a Service subclass (CustomerService)
    from app.service import Service as _ServiceBase
else:
    _ServiceBase = object

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


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DIGITS_ONLY = re.compile(r"^[\d\-\s]+$")


def _like_escape(term: str) -> str:
    return term.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _contains(column, pattern, dialect: str) -> ColumnElement[bool]:
    """Substring match on a '%x%' pattern (see _term_spec); SQLite's LIKE ignores ASCII
    case already, PostgreSQL needs ILIKE."""
    if dialect == "postgresql":
        return column.ilike(pattern, escape="/")
    return column.like(pattern, escape="/")


def _prefix(column, pattern, dialect: str) -> ColumnElement[bool]:
    """Index-friendly prefix match: GLOB on SQLite, LIKE + text_pattern_ops on PostgreSQL."""
    if dialect == "sqlite":
        return column.op("GLOB")(pattern)
    return column.like(pattern, escape="/")


def _prefix_pattern(term: str, dialect: str) -> str:
    if dialect == "sqlite":
        return re.sub(r"([*?\[])", r"[\1]", term) + "*"
    return _like_escape(term) + "%"


def _term_spec(term: str, dialect: str) -> tuple[str, tuple]:
    """What one search word asks: (kind, values). The kind decides the SQL, the values
    fill its parameters."""
    term = unicodedata.normalize("NFKC", term).strip()
    if _DIGITS_ONLY.match(term):
        digits = re.sub(r"\D", "", term)
        if len(digits) == 4:
            return "last4", (digits,)
        if len(digits) >= 11:
            try:
                phone = normalize_phone(digits)
            except ServiceError:
                phone = None
            if phone is not None:
                return "phone", (phone.e164,)
        return "digits", (f"%{_like_escape(digits)}%",)
    if is_pinyin_query(term):
        term = term.lower()
        if len(term) < 3:  # "zs", "xi": initials or the start of the whole name only
            return "pinyin", (_prefix_pattern(term, dialect),)
        # Also the given name alone (xiaotong), the surname in full with the given
        # name's initials (zengxt), and the surname's initial with the given name in
        # full (zxiaot), for 曾晓彤.
        return "pinyin_mixed", (
            _prefix_pattern(term, dialect),
            _prefix_pattern(term[1:], dialect),
            term[0],
        )
    if term.isascii():
        # Letters and digits mixed: a WeChat id or a Latin name fragment.
        return "latin", (term, f"%{_like_escape(term)}%")
    if dialect == "sqlite" and _ideographs(term):
        return "chars", (_char_phrase(term),)
    return "text", (f"%{_like_escape(term)}%",)


def _ideographs(term: str) -> bool:
    """Only CJK ideographs: characters the character index tokenizes as they are
    (no case, no marks to fold), so the index finds exactly what LIKE finds."""
    return all(
        unicodedata.category(c) == "Lo" and unicodedata.name(c, "").startswith("CJK ") for c in term
    )


def _char_phrase(term: str) -> str:
    """The FTS5 phrase of `term` in the index's form: "x张 x伟" (db/models/customers_text.py)."""
    return '"' + " ".join("x" + c for c in term) + '"'


def _term_clause(kind: str, names: list[str], dialect: str, bind) -> ColumnElement[bool]:
    """The condition for one word of `kind`, on the parameters `names` (see _build_where)."""
    value = bind(names[0])
    if kind == "last4":
        return or_(Customer.mobile_last4 == value, Customer.guardian_last4 == value)
    if kind == "phone":
        return or_(Customer.mobile == value, Customer.guardian_phone == value)
    if kind == "digits":
        return _contains(Customer.phone_digits, value, dialect)
    if kind == "prefix":  # the visible first digits of either phone, or a text
        return or_(
            _contains(Customer.phone_digits, value, dialect),
            _contains(Customer.phone_digits, bind(names[1]), dialect),
            _text_clause(bind(names[2]), dialect),
        )
    if kind == "pinyin":
        return or_(
            _prefix(Customer.name_initials, value, dialect),
            _prefix(Customer.name_pinyin, value, dialect),
        )
    if kind == "pinyin_mixed":
        # The ids matching any of five index probes, as a subquery: with the five
        # ORed in the page's own WHERE (and the LIMIT a parameter) SQLite walked the
        # whole table in id order instead (~500 ms at a million customers, ~1 ms so).
        keys = Customer.__table__.alias("pinyin_keys")
        return Customer.id.in_(
            select(keys.c.id).where(
                or_(
                    _prefix(keys.c.name_initials, value, dialect),
                    _prefix(keys.c.name_pinyin, value, dialect),
                    _prefix(keys.c.name_given_pinyin, value, dialect),
                    _prefix(keys.c.name_mixed_pinyin, value, dialect),
                    # The initial is compared through substr(), which no index serves:
                    # otherwise SQLite walked the initials index for "z*" (a twentieth
                    # of the table) instead of the given name's for "xiaot*".
                    and_(
                        _prefix(keys.c.name_given_pinyin, bind(names[1]), dialect),
                        func.substr(keys.c.name_initials, literal_column("1"), literal_column("1"))
                        == bind(names[2]),
                    ),
                )
            )
        )
    if kind == "latin":
        return or_(Customer.wechat == value, _contains(Customer.name, bind(names[1]), dialect))
    if kind == "chars":
        # A subquery of ids: the index answers it alone, the page then reads rows by id.
        chars = table(CHARS_TABLE, column("rowid"))
        return Customer.id.in_(
            select(chars.c.rowid).where(literal_column(CHARS_TABLE).op("MATCH")(value))
        )
    return _text_clause(value, dialect)


def _text_clause(value, dialect: str) -> ColumnElement[bool]:
    return or_(
        _contains(Customer.name, value, dialect),
        _contains(Customer.guardian_name, value, dialect),
        _contains(Customer.school, value, dialect),
    )


def search_terms(text: str) -> list[str]:
    """Words of the search box; a phone number typed in groups ("138 1234 5678",
    "+86 138 1234 5678", "(010) 6234-5678") is one. Control characters separate words:
    SQLite would end a LIKE pattern at a NUL and match every customer."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    compact = re.sub(r"[\s\-()]", "", text)
    digits = compact.removeprefix("+")
    if digits.isdigit() and len(digits) >= 7:
        return [digits]
    return text.split()


def _masked_spec(term: str, dialect: str) -> tuple[str, tuple]:
    """_term_spec for a role that sees phones masked: digits past the visible ones
    search names, guardian names and schools, never the phones."""
    kind, values = _term_spec(term, dialect)
    kind, digits = masked_term(kind, term)
    if kind == "prefix":
        return kind, (f"{digits}%", f"% {digits}%", f"%{digits}%")
    if kind == "text" and digits:
        return kind, (f"%{digits}%",)
    return kind, values


def phone_searches(actor: Actor, text: str, dialect: str) -> dict[str, str]:
    """The phone searches in a search text (kind and digits -> the masked form the
    audit log shows), for a role that sees phones masked; empty for the others."""
    if not must_guard(actor):
        return {}
    found = {}
    for term in search_terms(text):
        kind, _values = _masked_spec(term, dialect)
        if kind in PHONE_KINDS:
            digits = masked_term(kind, term)[1]
            found[f"{kind}:{digits}"] = masked_fragment(kind, digits)
    return found


def _day_start(day: dt.date) -> dt.datetime:
    return local_day_bounds(day)[0]


def _day_end(day: dt.date) -> dt.datetime:
    return local_day_bounds(day)[1]


def query_plan(actor: Actor, query: CustomerQuery, dialect: str) -> tuple[tuple, dict]:
    """(shape, params) of a customer query, including the actor's scope. The shape, a
    tuple of (part, *details), fixes the SQL text (see _build_where); the params fill
    it: statements are built and compiled once per shape, which is ~1 ms of the
    ~2.5 ms a first page took."""
    shape: list[tuple] = [("deleted",) if query.deleted else ("live",)]
    params: dict = {}
    if not actor.can(CustomerPermission.VIEW_ALL_CUSTOMERS):
        if actor.staff_id is None:
            shape.append(("scope_none",))
        else:
            shape.append(("scope_own",))
            params["scope_owner"] = actor.staff_id
    spec = _masked_spec if must_guard(actor) else _term_spec
    for i, term in enumerate(search_terms(query.text)):
        kind, values = spec(term, dialect)
        shape.append(("term", kind))
        for j, value in enumerate(values):
            params[f"term{i}_{j}"] = value
    for key in ("statuses", "tiers", "channel_ids"):
        values = getattr(query, key)
        if values:
            shape.append((key,))
            params[key] = list(values)
    if query.owner_ids:
        owners = [o for o in query.owner_ids if o is not None]
        shape.append(("owners", bool(owners), None in query.owner_ids))
        if owners:
            params["owners"] = owners
    for i, tag_id in enumerate(query.tag_ids):
        shape.append(("tag",))
        params[f"tag{i}"] = tag_id
    for key, value in (
        ("created_from", query.created_from and _day_start(query.created_from)),
        ("created_to", query.created_to and _day_end(query.created_to)),
        ("contact_from", query.contact_from and _day_start(query.contact_from)),
        ("contact_to", query.contact_to and _day_end(query.contact_to)),
    ):
        if value:
            shape.append((key,))
            params[key] = value
    if query.open_complaint:
        shape.append(("open_complaint",))
    if query.follow_up in _FOLLOW_UP:
        shape.append(("follow_up", query.follow_up))
        params["today"] = query.today or local_today()
    return tuple(shape), params


# Date range filters: parameter name -> (column, comparison with the bound value).
_RANGES = {
    "created_from": (Customer.created_at, operator.ge),
    "created_to": (Customer.created_at, operator.lt),
    "contact_from": (Customer.last_contact_at, operator.ge),
    "contact_to": (Customer.last_contact_at, operator.lt),
}
_FOLLOW_UP = {"today": operator.eq, "overdue": operator.lt, "due": operator.le}
_IN_FILTERS = {
    "statuses": Customer.status,
    "tiers": Customer.tier,
    "channel_ids": Customer.channel_id,
}


def _build_where(shape: tuple, dialect: str, bind) -> tuple[ColumnElement[bool], ...]:
    """The WHERE clause for a shape from query_plan. `bind(name, expanding)` gives each
    parameter: a named bind parameter (a statement reused with new params) or the value
    itself (a statement built for one call)."""
    where: list[ColumnElement[bool]] = []
    terms = tags = 0
    for part, *details in shape:
        if part == "live":
            where.append(Customer.deleted_at.is_(None))
        elif part == "deleted":
            where.append(Customer.deleted_at.is_not(None))
        elif part == "scope_none":
            where.append(false())
        elif part == "scope_own":
            where.append(Customer.owner_id == bind("scope_owner"))
        elif part == "term":
            names = [f"term{terms}_{j}" for j in range(3)]
            where.append(_term_clause(details[0], names, dialect, bind))
            terms += 1
        elif part in _IN_FILTERS:
            where.append(_IN_FILTERS[part].in_(bind(part, True)))
        elif part == "owners":
            some, unowned = details
            parts = [Customer.owner_id.in_(bind("owners", True))] if some else []
            if unowned:
                parts.append(Customer.owner_id.is_(None))
            where.append(or_(*parts))
        elif part == "tag":
            where.append(
                exists().where(
                    customer_tags.c.customer_id == Customer.id,
                    customer_tags.c.tag_id == bind(f"tag{tags}"),
                )
            )
            tags += 1
        elif part in _RANGES:
            column, compare = _RANGES[part]
            where.append(compare(column, bind(part)))
        elif part == "open_complaint":
            where.append(
                exists().where(
                    Complaint.customer_id == Customer.id,
                    Complaint.status.in_(("received", "handling")),
                )
            )
        elif part == "follow_up":
            where.append(_FOLLOW_UP[details[0]](Customer.next_follow_up, bind("today")))
    return tuple(where)


@functools.lru_cache(maxsize=256)
def _where_clauses(shape: tuple, dialect: str) -> tuple[ColumnElement[bool], ...]:
    """The WHERE clause for a shape on named bind parameters, filled at execution."""
    return _build_where(
        shape, dialect, lambda name, expanding=False: bindparam(name, expanding=expanding)
    )


def conditions(actor: Actor, query: CustomerQuery, dialect: str) -> list[ColumnElement[bool]]:
    """The WHERE clause of a customer query, including the actor's scope, with its
    values in it (for statements built per call, like the export's)."""
    shape, params = query_plan(actor, query, dialect)
    return list(_build_where(shape, dialect, lambda name, expanding=False: params[name]))


def order_by(query: CustomerQuery) -> list:
    column = SORT_COLUMNS.get(query.sort, Customer.id)
    if column is Customer.id:
        return [Customer.id.desc() if query.descending else Customer.id.asc()]
    if query.descending:
        return [column.desc(), Customer.id.desc()]
    return [column.asc(), Customer.id.asc()]


@functools.cache
def _list_columns() -> tuple:
    return (
        Customer.id,
        Customer.name,
        Customer.gender,
        Customer.mobile,
        Customer.grade,
        Customer.school,
        Customer.guardian_name,
        Customer.guardian_phone,
        Customer.district,
        Channel.name.label("channel_name"),
        Staff.name.label("owner_name"),
        Customer.tier,
        Customer.status,
        Customer.created_at,
        Customer.last_contact_at,
        Customer.next_follow_up,
        Customer.course_interests,
    )


def list_select() -> Select:
    """The table's columns; channel and owner names by outer join."""
    return (
        select(*_list_columns())
        .outerjoin(Channel, Channel.id == Customer.channel_id)
        .outerjoin(Staff, Staff.id == Customer.owner_id)
    )


@functools.cache
def _customer_tags(dialect: str):
    return tags_of(Customer.id, dialect).label("tags")


def tags_of(customer_id, dialect: str):
    """A customer's tag names as one value, for a correlated subquery in the SELECT list:
    a sorted array on PostgreSQL, a JSON array on SQLite (no separator can clash with a
    tag's name). `tag_tuple` turns either into a tuple."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        names: ColumnElement[Any] = func.array_agg(aggregate_order_by(Tag.name, Tag.name))
    else:
        names = func.json_group_array(Tag.name)
    return (
        select(names)
        .select_from(customer_tags.join(Tag, Tag.id == customer_tags.c.tag_id))
        .where(customer_tags.c.customer_id == customer_id)
        .scalar_subquery()
    )


def tag_tuple(value) -> tuple[str, ...]:
    if not value or value == "[]":
        return ()
    if isinstance(value, str):
        # SQLite's json_group_array has no ORDER BY before 3.44: sort here. Python's
        # order is code point order, the same as SQLite's default BINARY collation.
        return tuple(sorted(json.loads(value)))
    return tuple(value)


def _utc(value) -> dt.datetime | None:
    """A stored timestamp as db.types.UTCDateTime returns it (naive UTC -> aware)."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite: "2026-11-20 03:04:05.123456"
        try:
            # Parsed with its zone in one call: replace(tzinfo=) costs five times the parse.
            return dt.datetime.fromisoformat(value + "+00:00")
        except ValueError:  # not a naive timestamp: parsed alone, as before
            value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.UTC)


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)  # SQLite: "2026-11-20"


def _execute_raw(session, statement, params: dict) -> list[tuple]:
    """The driver's rows, without SQLAlchemy's per-value result processing (a third of
    a page's time); _list_row converts the three date columns itself."""
    result = session.connection().execute(statement, params)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _list_row(raw: tuple, contacts: bool) -> CustomerListRow:
    """One table row from a driver row of list_select() plus a `tags_of` column (masked
    unless `contacts`). Unpacked as a tuple: attribute access on rows costs more than
    the rest."""
    (
        customer_id,
        name,
        gender,
        mobile,
        grade,
        school,
        guardian_name,
        guardian_phone,
        district,
        channel_name,
        owner_name,
        tier,
        status,
        created_at,
        last_contact_at,
        next_follow_up,
        course_interests,
        tags,
    ) = raw
    mobile, guardian_phone = national_of(mobile), national_of(guardian_phone)
    if not contacts:
        mobile, guardian_phone = mask_phone(mobile), mask_phone(guardian_phone)
        guardian_name = mask_name(guardian_name)
    # _make with the fields in order: keyword arguments cost ~0.5 µs more a row.
    return CustomerListRow._make(
        (
            customer_id,
            name,
            gender,
            mobile,
            grade,
            school,
            guardian_name,
            guardian_phone,
            district,
            channel_name or "",
            owner_name or "",
            tier,
            status,
            _utc(created_at),
            _utc(last_contact_at),
            _day(next_follow_up),
            course_interests,
            tag_tuple(tags),
        )
    )


class CustomerRows(Sequence[CustomerListRow]):
    """Rows of the customers table as the driver returned them, each turned into a
    CustomerListRow (phones formatted and masked, dates parsed, tags split) when it
    is first read.

    The table shows ~30 of a page's 100 rows before the user scrolls: converting
    only those takes a third of a millisecond off every search (a quarter of the
    service's time for a last-four-digits search). `ids` needs no conversion."""

    __slots__ = ("_contacts", "_raw", "_rows", "ids")

    def __init__(self, raw: list[tuple], contacts: bool) -> None:
        self._raw = raw
        self._contacts = contacts
        self._rows: list[CustomerListRow | None] = [None] * len(raw)
        self.ids: list[int] = [row[0] for row in raw]

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> CustomerListRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[CustomerListRow]: ...

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._raw)))]
        row = self._rows[index]
        if row is None:
            row = self._rows[index] = _list_row(self._raw[index], self._contacts)
        return row


def page_select(
    where: list[ColumnElement[bool]], query: CustomerQuery, limit: int, dialect: str
) -> Select:
    """The first `limit` rows with their tags, in one statement.

    The inner query finds the page's ids (WHERE, ORDER BY, LIMIT); the outer one joins
    them to the columns, the names and the tags and sorts those `limit` rows again. In
    a single query's SELECT list SQLite would run the tags subquery for every matching
    row before sorting them (measured: twice the time for 200 matches)."""
    page = (
        select(Customer.id)
        .where(and_(*where))
        .order_by(*order_by(query))
        .limit(limit)
        .subquery("page")
    )
    return (
        select(*_list_columns(), _customer_tags(dialect))
        .select_from(
            join(Customer, page, page.c.id == Customer.id)
            .outerjoin(Channel, Channel.id == Customer.channel_id)
            .outerjoin(Staff, Staff.id == Customer.owner_id)
        )
        .order_by(*order_by(query))
    )


# The statements of the table's queries, built once per shape: a statement object that is
# reused keeps its cache key, which SQLAlchemy otherwise recomputes on every execute.
@functools.lru_cache(maxsize=256)
def _page_statement(shape: tuple, dialect: str, sort: str, descending: bool, limit: int) -> Select:
    ordering = CustomerQuery(sort=sort, descending=descending)
    return page_select(list(_where_clauses(shape, dialect)), ordering, limit, dialect)


@functools.lru_cache(maxsize=256)
def _ids_statement(shape: tuple, dialect: str, sort: str, descending: bool) -> Select:
    ordering = CustomerQuery(sort=sort, descending=descending)
    return select(Customer.id).where(*_where_clauses(shape, dialect)).order_by(*order_by(ordering))


@functools.lru_cache(maxsize=256)
def _driver_page(shape: tuple, sort: str, descending: bool, limit: int, dialect) -> tuple | None:
    """The first page's statement compiled once for the DB-API driver: SQL text,
    parameter names in order, and the compiled form (which fills in the LIMIT). None
    when SQLAlchemy must still work on a parameter at execution: a list to expand
    (status, tier ... filters), a type that converts its value (dates), or named
    parameters (PostgreSQL's driver)."""
    compiled = _page_statement(shape, dialect.name, sort, descending, limit).compile(
        dialect=dialect
    )
    if (
        compiled.positiontup is None
        or compiled.post_compile_params
        or any(
            bind.type.dialect_impl(dialect).bind_processor(dialect) is not None
            for bind in compiled.binds.values()
        )
    ):
        return None
    return compiled.string, tuple(compiled.positiontup), compiled


class SearchMixin(_ServiceBase):
    def _dialect(self) -> str:
        return self.db.engine.dialect.name

    def _phone_guard(self) -> PhoneSearchGuard:
        guard = self.__dict__.get("_phone_search_guard")
        if guard is None:
            guard = self.__dict__.setdefault("_phone_search_guard", PhoneSearchGuard())
        return guard

    def guard_phone_search(self, actor: Actor, searches: dict[str, str]) -> None:
        """Audit the phone searches (digits -> masked form) of a role that sees phones
        masked, and refuse them past the limit (app.customers.phone_search). Repeats
        within the window are free."""
        guard = self._phone_guard()
        fresh = guard.fresh(actor.user_id, searches)
        if fresh and not self._audit_phone_search(actor, list(fresh.values())).result:
            raise refuse()
        guard.remember(actor.user_id, fresh)

    def _audit_phone_search(self, actor: Actor, fragments: list[str]) -> Change:
        with self.tx(actor, CustomerPermission.VIEW_CUSTOMERS) as tx:
            return tx.returning(admit(tx, actor, fragments))

    def _guard_query(self, actor: Actor, query: CustomerQuery) -> None:
        searches = phone_searches(actor, query.text, self._dialect())
        if searches:
            self.guard_phone_search(actor, searches)

    def search_page(
        self,
        actor: Actor,
        query: CustomerQuery,
        limit: int = PAGE_SIZE,
    ) -> CustomerRows:
        """The first `limit` rows in order: what the table shows before the id list is in."""
        self._guard_query(actor, query)
        dialect = self._dialect()
        shape, params = query_plan(actor, query, dialect)
        # Executed on the driver when SQLAlchemy has nothing to do with the values
        # (search-box words, single-value filters, on SQLite): its session, execution
        # and result object took ~0.3 ms of a ~2 ms last-four search in the table.
        driver_page = _driver_page(
            shape, query.sort, query.descending, limit, self.db.engine.dialect
        )
        if driver_page is not None:
            sql, names, compiled = driver_page
            values = compiled.construct_params(params)
            with self.read_driver(actor, CustomerPermission.VIEW_CUSTOMERS) as driver:
                rows = driver.execute(sql, [values[name] for name in names]).fetchall()
            return CustomerRows(rows, may_see_contacts(actor))
        statement = _page_statement(shape, dialect, query.sort, query.descending, limit)
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            # A Core execute on the session's connection: the ORM's result layer adds
            # ~0.3 ms a page and there are no entities to load.
            rows = _execute_raw(session, statement, params)
        return CustomerRows(rows, may_see_contacts(actor))

    def search_ids(self, actor: Actor, query: CustomerQuery) -> array:
        """Every matching id in order, as a compact array('q')."""
        self._guard_query(actor, query)
        dialect = self._dialect()
        shape, params = query_plan(actor, query, dialect)
        statement = _ids_statement(shape, dialect, query.sort, query.descending)
        ids = array("q")
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            result = session.connection().execute(statement, params)
            # Integer ids need no result processing: reading the DBAPI cursor directly
            # halves the time for a million rows.
            cursor = result.cursor
            while rows := cursor.fetchmany(50_000):
                ids.extend([row[0] for row in rows])
            result.close()
        return ids

    def count(self, actor: Actor, query: CustomerQuery) -> int:
        self._guard_query(actor, query)
        where = conditions(actor, query, self._dialect())
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            counted = session.scalar(select(func.count()).select_from(Customer).where(and_(*where)))
            return counted or 0

    def rows_by_ids(self, actor: Actor, ids: list[int]) -> dict[int, CustomerListRow]:
        """Rows for a window of ids (scope re-checked: a staff member sees only their own)."""
        if not ids:
            return {}
        where: list[ColumnElement[bool]] = [Customer.id.in_(ids)]
        if not actor.can(CustomerPermission.VIEW_ALL_CUSTOMERS):
            where.append(
                Customer.owner_id == actor.staff_id if actor.staff_id is not None else false()
            )
        statement = list_select().add_columns(_customer_tags(self._dialect())).where(*where)
        with self.read(actor, CustomerPermission.VIEW_CUSTOMERS) as session:
            rows = _execute_raw(session, statement, {})
        found = CustomerRows(rows, may_see_contacts(actor))
        return {row.id: row for row in found}
