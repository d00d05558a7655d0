"""Phone searches by roles that see phones masked (finance sees 177****2283).

Before this module, a substring search on the stored digits let such a role
recover a whole number digit by digit in about a thousand searches. Now:
- they search phones only by what the mask shows them (up to the first three
  digits, the last four) or by the whole number, whose exact match tells them
  only that the number they already hold is a customer's;
- any other run of digits searches names, guardian names and schools only;
- every phone search they make is audited (the fragment masked) and counted
  from the audit table, so the limit holds across processes and restarts: past
  MAX_PHONE_SEARCHES distinct phone searches in WINDOW, or MAX_PHONE_SEARCHES_HOUR
  in an hour, a search is refused, and the refusal is audited once per window.
What remains to a determined user is trying the 10,000 middle digits one
whole number at a time: at 120 an hour that is up to 83 hours of searching,
every try audited.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.context import Actor
from app.customers.masking import MASK
from app.customers.permissions import CustomerPermission
from app.customers.translation import tr
from app.errors import PermissionDenied
from app.service import Transaction
from db.models.audit import AuditEntry
from db.types import utcnow

VISIBLE_PREFIX = 3  # mask_phone shows the first three digits and the last four
WINDOW = dt.timedelta(minutes=1)
MAX_PHONE_SEARCHES = 20  # distinct phone searches per user and window
HOUR = dt.timedelta(hours=1)
MAX_PHONE_SEARCHES_HOUR = 120  # a day's honest lookups fit; an enumeration does not
SEARCH_ACTION = "phone_search"
THROTTLED_ACTION = "phone_search_throttled"
AUDIT_ENTITY = "customer_search"  # not a table: an audit row here refreshes no view

# Search kinds (app.customers.search) that match phone numbers.
PHONE_KINDS = frozenset({"last4", "phone", "prefix"})


def masked_term(kind: str, term: str) -> tuple[str, str]:
    """(kind, digits) of a digit search by a role that sees phones masked: a run that
    goes beyond the visible digits becomes a text search, never a phone one."""
    digits = re.sub(r"\D", "", term)
    if kind == "digits":
        if len(digits) <= VISIBLE_PREFIX:
            return "prefix", digits
        return "text", digits
    return kind, digits


def masked_fragment(kind: str, digits: str) -> str:
    """How the audit log names a phone search: no more than the mask shows."""
    if kind == "prefix":
        return digits + MASK
    if kind == "last4":
        return MASK + digits
    national = digits[2:] if digits.startswith("86") and len(digits) == 13 else digits
    return national[:VISIBLE_PREFIX] + MASK + national[-4:]


class PhoneSearchGuard:
    """Which phone searches a user made in the current window: the table runs one
    search as several statements (first page, id list, count), and repeating a
    search tells nothing new, so a search is audited and counted once a window.
    Searches are told apart by their digits (kept in memory only), not by their
    masked form: trying the hidden middle digits must count every try."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._seen: dict[tuple[int | None, str], float] = {}

    def fresh(self, user_id: int | None, searches: dict[str, str]) -> dict[str, str]:
        """The searches (digits -> masked form) not made in the window yet."""
        window = WINDOW.total_seconds()
        now = self._clock()
        with self._lock:
            for key, at in list(self._seen.items()):
                if now - at >= window:
                    del self._seen[key]
            return {k: v for k, v in searches.items() if (user_id, k) not in self._seen}

    def remember(self, user_id: int | None, searches: dict[str, str]) -> None:
        now = self._clock()
        with self._lock:
            for key in searches:
                self._seen[(user_id, key)] = now


def must_guard(actor: Actor) -> bool:
    return not actor.can(CustomerPermission.VIEW_CUSTOMER_CONTACTS)


def throttled_message() -> str:
    return tr("Too many phone-number searches in a short time. Wait a minute, or search by name.")


def _count(session: Session, actor: Actor, action: str, since: dt.datetime) -> int:
    counted = session.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.user_id == actor.user_id,
            AuditEntry.username == actor.username,
            AuditEntry.action == action,
            AuditEntry.at >= since,
        )
    )
    return counted or 0


def admit(tx: Transaction, actor: Actor, fragments: list[str]) -> bool:
    """Inside a transaction: audit each new phone search, or, past the limit, the
    refusal (once a window). True when the searches may run."""
    now = utcnow()
    since = now - WINDOW
    made = _count(tx.session, actor, SEARCH_ACTION, since)
    hour = _count(tx.session, actor, SEARCH_ACTION, now - HOUR)
    if made + len(fragments) > MAX_PHONE_SEARCHES or hour + len(fragments) > (
        MAX_PHONE_SEARCHES_HOUR
    ):
        if _count(tx.session, actor, THROTTLED_ACTION, since) == 0:
            tx.audit(
                THROTTLED_ACTION,
                entity=AUDIT_ENTITY,
                summary=", ".join(fragments),
                after={
                    "searches_last_minute": made,
                    "searches_last_hour": hour,
                    "limits": [MAX_PHONE_SEARCHES, MAX_PHONE_SEARCHES_HOUR],
                },
            )
        return False
    for fragment in fragments:
        tx.audit(SEARCH_ACTION, entity=AUDIT_ENTITY, summary=fragment)
    return True


def refuse() -> PermissionDenied:
    return PermissionDenied(throttled_message())
