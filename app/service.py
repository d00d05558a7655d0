"""The service pattern every feature copies.

A service call takes the acting user, checks the permission, runs in one
transaction, writes the audit row in that same transaction, and returns what
changed. If anything raises, the transaction rolls back and nothing is written.

    def rename(self, actor, staff_id, name, expected_version) -> Change:
        with self.tx(actor, StaffPermission.EDIT_STAFF) as tx:
            staff = tx.get(Staff, staff_id, expected_version)
            before = snapshot(staff)
            staff.name = name
            tx.audit("update", staff, before)
        return tx.change

A write that returns a row for the caller returns `tx.done(row)` instead: the
row class derives from `Changed`, and `row.change` is the same Change. Other
values (a count, a path) travel in the change: `return tx.returning(count)`. The UI publishes the
returned change on the bus; views refresh when it names a kind they show.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import enum
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.context import Actor
from app.entities import Kind, known_kinds
from app.errors import (
    ConflictError,
    DatabaseEnvironmentError,
    NotFound,
    ServiceError,
    tr,
)
from app.races import race_error
from db.base import Base
from db.engine import SQLITE_BUSY_TIMEOUT_MS, Database
from db.models.audit import AuditEntry

T = TypeVar("T")
R = TypeVar("R", bound="Changed")

AUDIT_KIND = Kind(AuditEntry.__tablename__)
# Audit actions that record a read (a print, an export, a backup): the audit row is
# written, the audited record is not, so views showing that record need not refresh.
RECORD_ONLY_ACTIONS = frozenset({"print", "export", "privacy_export", "backup"})


@dataclass
class Change:
    """What a service call changed: the kinds (table names, see app/entities.py)
    and ids of the rows it wrote, for views to refresh; `result` carries a
    service's plain return value (a count, a path) when it has one."""

    entities: set[Kind] = field(default_factory=set)
    ids: dict[Kind, set[Any]] = field(default_factory=dict)
    result: Any = None

    def add(self, entity: Kind, entity_id: Any = None) -> None:
        self.entities.add(entity)
        if entity_id is not None:
            self.ids.setdefault(entity, set()).add(entity_id)


class Changed:
    """Base of a row a write service returns: `row.change` is what the call changed.

    Not a dataclass field: rows built by reads (a million customers) pay nothing,
    and equality, repr and constructors stay as they were. `Transaction.done`
    attaches the change; a row that was only read has an empty one."""

    @property
    def change(self) -> Change:
        attached = self.__dict__.get("_change")
        return attached if attached is not None else Change()


def jsonable(value: Any) -> Any:
    """A column value as JSON can hold it (dates as ISO text, Decimal/UUID as text)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def snapshot(obj: Any, exclude: tuple[str, ...] = ("password_hash",)) -> dict[str, Any]:
    """Column values of a mapped object, JSON-ready, for the audit before/after."""
    state = inspect(obj)
    return {
        attr.key: jsonable(getattr(obj, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in exclude
    }


def entity_name(obj: Any) -> str:
    return obj.__table__.name


class Transaction:
    """One unit of work: the session, the actor, the audit writer, the change set."""

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor
        self.change = Change()

    def get(self, model: type[T], ident: Any, expected_version: int | None = None) -> T:
        # Locked for the rest of the transaction (FOR UPDATE on PostgreSQL): another
        # seat's write of the same row waits for this one and then sees its version,
        # so "changed by someone else" means a really stale edit, not two saves that
        # happened to overlap. SQLite's writers are serialised already.
        obj = self.session.get(model, ident, with_for_update=True)
        if obj is None:
            table = getattr(model, "__tablename__", model.__name__)
            raise NotFound(tr("The record no longer exists (%s #%s).") % (table, ident))
        if expected_version is not None and getattr(obj, "version", None) != expected_version:
            raise stale_error()
        return obj

    def audit(
        self,
        action: str,
        obj: Any = None,
        before: dict | None = None,
        *,
        entity: str | None = None,
        entity_id: Any = None,
        after: dict | None = None,
        summary: str = "",
    ) -> None:
        """Append an audit row in this transaction; `after` defaults to a snapshot of obj."""
        if obj is not None:
            self.session.flush()
            entity = entity or entity_name(obj)
            entity_id = entity_id if entity_id is not None else getattr(obj, "id", None)
            if after is None and action != "delete":
                after = snapshot(obj)
        assert entity is not None
        self.session.add(
            AuditEntry(
                user_id=self.actor.user_id,
                username=self.actor.username,
                action=action,
                entity=entity,
                entity_id="" if entity_id is None else str(entity_id),
                summary=summary,
                before=before,
                after=after,
            )
        )
        self.change.add(AUDIT_KIND)
        # A mapped object's own table is a kind even when its model is not in Base's
        # metadata (a feature registered at run time, with a metadata of its own); a
        # table whose model is not imported yet is one too (known_kinds imports all).
        if action not in RECORD_ONLY_ACTIONS and (
            entity in Base.metadata.tables
            or (obj is not None and entity == entity_name(obj))
            or entity in known_kinds()
        ):
            self.change.add(Kind(entity), entity_id)

    def done(self, result: R) -> R:
        """Attach this transaction's change to the row a write service returns."""
        return attach(result, self.change)

    def returning(self, value: Any) -> Change:
        """This transaction's change, carrying a plain return value (a count, a path)."""
        self.change.result = value
        return self.change


def attach(result: R, change: Change) -> R:
    """Attach `change` to a result row (`Changed`); for a service that returns the
    row of one call and the change of another."""
    # object.__setattr__: result rows are frozen dataclasses.
    object.__setattr__(result, "_change", change)
    return result


def stale_error() -> ConflictError:
    return ConflictError(
        tr(
            "This record was changed by someone else since you opened it. "
            "Reload it and make your change again."
        )
    )


def classify_db_error(exc: BaseException) -> ServiceError | None:
    """Environment problems get a clear message; anything else is a bug (None)."""
    if isinstance(exc, StaleDataError):
        return stale_error()
    if not isinstance(exc, DBAPIError):
        return None
    race = race_error(exc)
    if race is not None:
        return race
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, IntegrityError):
        return None
    checks = [
        (
            ("database is locked", "database table is locked"),
            tr(
                "The database is busy: another MarketDesk or another program kept it "
                "locked for more than %d seconds. Nothing was saved; try again in a moment."
            )
            % (SQLITE_BUSY_TIMEOUT_MS // 1000),
        ),
        (
            ("disk is full", "database or disk is full", "no space left"),
            tr("The disk is full. Free some space and try again; nothing was saved."),
        ),
        (
            ("readonly database", "read-only", "attempt to write a readonly"),
            tr("The database file is read-only. Check the file's permissions."),
        ),
        (
            (
                "unable to open database",
                "could not connect",
                "connection refused",
                "server closed the connection",
                "could not translate host name",
                "timeout expired",
                "connection is bad",
                "terminating connection",
            ),
            tr("The database server cannot be reached. Check the network and the server."),
        ),
    ]
    for needles, message in checks:
        if any(n in text for n in needles):
            return DatabaseEnvironmentError(message)
    if isinstance(exc, OperationalError) and exc.connection_invalidated:
        return DatabaseEnvironmentError(tr("The connection to the database was lost."))
    return None


class Service:
    """Base for feature services: holds the database, opens transactions."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextlib.contextmanager
    def tx(
        self,
        actor: Actor,
        permission: enum.StrEnum | None,
        *,
        connection: Connection | None = None,
    ) -> Iterator[Transaction]:
        """`connection`: run on this connection (not in a transaction) instead of a
        pooled one, e.g. the one holding an import's staged rows."""
        if permission is not None:
            actor.require(permission)
        # On SQLite the transaction begins with BEGIN IMMEDIATE (db/engine.py): it
        # waits up to the busy timeout for another process's write, then fails with
        # "database is locked", which classify_db_error words for the user.
        try:
            sessions = (
                self.db.session()
                if connection is None
                else Session(bind=connection, expire_on_commit=False)
            )
            with sessions as session, session.begin():
                yield Transaction(session, actor)
        except ServiceError:
            raise
        except (DBAPIError, StaleDataError) as exc:
            classified = classify_db_error(exc)
            if classified is not None:
                raise classified from exc
            raise

    @contextlib.contextmanager
    def read_driver(self, actor: Actor, permission: enum.StrEnum | None) -> Iterator[Any]:
        """A pooled DB-API connection for one read statement, outside any transaction
        (still permission-checked; driver errors classified as by read()). For the few
        reads where SQLAlchemy's session and result layers cost as much as the SQL."""
        if permission is not None:
            actor.require(permission)
        engine = self.db.engine
        dbapi_error = engine.dialect.loaded_dbapi.Error
        connection = engine.raw_connection()
        try:
            yield connection.driver_connection
        except dbapi_error as exc:
            wrapped = DBAPIError.instance(None, None, exc, dbapi_error)
            raise (classify_db_error(wrapped) or wrapped) from exc
        finally:
            connection.close()

    @contextlib.contextmanager
    def read(self, actor: Actor, permission: enum.StrEnum | None) -> Iterator[Session]:
        """A read-only session (still permission-checked). On SQLite it begins
        deferred: it never waits for another process's write (see db/engine.py)."""
        if permission is not None:
            actor.require(permission)
        try:
            with self.db.read_session() as session:
                yield session
        except DBAPIError as exc:
            classified = classify_db_error(exc)
            if classified is not None:
                raise classified from exc
            raise
