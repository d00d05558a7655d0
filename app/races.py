"""Writes that lose a race on PostgreSQL: retried a few times, then one line.

Several seats on one PostgreSQL server can collide in ways SQLite's single
writer never allows: two imports filling blanks on the same customers deadlock,
two booth merges insert the same new phone at the same moment, two people tag
the same customers with a tag neither has created yet. The server then aborts
one transaction (deadlock 40P01, serialization failure 40001, or a unique
violation 23505 that the service's own duplicate checks could not see because
the other row was not committed yet). Nothing of the aborted transaction was
written, and running it again sees the winner's rows and does the right thing
(matches the new customer, reuses the new tag), so a bounded retry is the
honest fix. When the retries run out, the user reads one line saying that
nothing was written, never a driver traceback.

Services also take their row locks in a consistent order (sorted ids, see
`lock_ids`), so two writers of the same rows queue instead of deadlocking.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import ConflictError, tr

log = logging.getLogger(__name__)

# SQLSTATE codes of a transaction the server aborted because of another one.
RACE_STATES = {
    "40001": "serialization failure",
    "40P01": "deadlock",
    "23505": "unique violation",
}
ATTEMPTS = 4
# Retries seen in this process, per reason: figures for tests and the log.
RETRIES: Counter[str] = Counter()

P = ParamSpec("P")
R = TypeVar("R")


def _reason_text(reason: str) -> str:
    return {
        "serialization failure": tr("the server could not order the two saves"),
        "deadlock": tr("each save waited for the other"),
        "unique violation": tr("both added the same record"),
    }.get(reason, reason)


class RaceLost(ConflictError):
    """Another seat's transaction won; this one wrote nothing."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            tr(
                "Another user was saving the same records at the same moment (%s). "
                "Nothing was written; try again."
            )
            % _reason_text(reason)
        )
        self.reason = reason


def race_reason(exc: BaseException) -> str | None:
    """The race a database error reports, or None for any other error."""
    if not isinstance(exc, DBAPIError):
        return None
    state = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return RACE_STATES.get(state) if isinstance(state, str) else None


def race_error(exc: BaseException) -> RaceLost | None:
    reason = race_reason(exc)
    if reason is None:
        return None
    # Logged with the driver's words: a unique violation that is not a race is a bug
    # worth finding in the log even though the user reads one line.
    log.warning("a write lost a race (%s): %s", reason, str(getattr(exc, "orig", exc)).strip())
    return RaceLost(reason)


def retry_races(method: Callable[P, R]) -> Callable[P, R]:
    """Run a service write again when another seat's transaction won the race.

    The write must be one transaction (all of it rolled back when it raises), so
    that running it again is safe."""

    @functools.wraps(method)
    def retried(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return method(*args, **kwargs)
            except RaceLost as exc:
                if attempt == ATTEMPTS:
                    raise
                RETRIES[exc.reason] += 1
                # A short random pause, so that two losers do not collide again.
                time.sleep(random.uniform(0.01, 0.05) * attempt)
        raise AssertionError("unreachable")

    return retried


def lock_ids(session: Session, column: Any, ids: Iterable[int], chunk: int = 500) -> bool:
    """Lock the rows whose `column` is in `ids`, in ascending order.

    Every writer that locks in the same order queues behind the first instead
    of deadlocking. SQLite ignores FOR UPDATE: its writers are serialised by
    BEGIN IMMEDIATE already. Returns whether rows were locked (values read
    before the lock may be out of date then)."""
    if session.get_bind().dialect.name == "sqlite":
        return False
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), chunk):
        part = ordered[start : start + chunk]
        session.execute(
            select(column).where(column.in_(part)).order_by(column).with_for_update()
        ).all()
    return bool(ordered)
