"""The service pattern every feature copies.

A service call takes the acting user, checks the permission, runs in one
transaction, writes the audit row in that same transaction, and returns what
changed. If anything raises, the transaction rolls back and nothing is written.

    def rename(self, actor, staff_id, name, expected_version) -> Change:
        with self.tx(actor, Permission.EDIT_STAFF) as tx:
            staff = tx.get(Staff, staff_id, expected_version)
            before = snapshot(staff)
            staff.name = name
            tx.audit("update", staff, before)
        return tx.change
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

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.context import Actor
from app.errors import (
    ConflictError,
    DatabaseEnvironmentError,
    NotFound,
    ServiceError,
    tr,
)
from app.permissions import Permission
from db.engine import Database
from db.models.audit import AuditEntry

T = TypeVar("T")


@dataclass
class Change:
    """What a service call changed: entity names and ids, for views to refresh."""

    entities: set[str] = field(default_factory=set)
    ids: dict[str, set[Any]] = field(default_factory=dict)
    result: Any = None

    def add(self, entity: str, entity_id: Any = None) -> None:
        self.entities.add(entity)
        if entity_id is not None:
            self.ids.setdefault(entity, set()).add(entity_id)


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
        obj = self.session.get(model, ident)
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
        self.change.add(entity, entity_id)


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
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, IntegrityError):
        return None
    checks = [
        (
            ("database is locked", "database table is locked"),
            tr("The database is busy (locked by another program). Try again in a moment."),
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
    def tx(self, actor: Actor, permission: Permission | None) -> Iterator[Transaction]:
        if permission is not None:
            actor.require(permission)
        try:
            with self.db.session() as session, session.begin():
                yield Transaction(session, actor)
        except ServiceError:
            raise
        except (DBAPIError, StaleDataError) as exc:
            classified = classify_db_error(exc)
            if classified is not None:
                raise classified from exc
            raise

    @contextlib.contextmanager
    def read_driver(self, actor: Actor, permission: Permission | None) -> Iterator[Any]:
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
    def read(self, actor: Actor, permission: Permission | None) -> Iterator[Session]:
        """A read-only session (still permission-checked)."""
        if permission is not None:
            actor.require(permission)
        try:
            with self.db.session() as session:
                yield session
        except DBAPIError as exc:
            classified = classify_db_error(exc)
            if classified is not None:
                raise classified from exc
            raise
