"""Declarative base, naming convention and the mixins every model uses."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, MetaData, Table, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from db.types import UTCDateTime, utcnow

# Every constraint gets a predictable name: unnamed SQLite constraints cannot be
# dropped by a later migration (shared/PITFALLS.md).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a plain dict
        dt.datetime: UTCDateTime(),
        dict: JSON(),
        dict[str, Any]: JSON(),
        uuid.UUID: Uuid(),
    }


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class VersionedMixin:
    """Optimistic locking: a stale UPDATE raises StaleDataError (DESIGN.md section 2)."""

    version: Mapped[int] = mapped_column(default=1, nullable=False)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # Only mapped subclasses call this, and they have a __table__.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class UUIDMixin:
    """Records that can be merged across machines carry a stable UUID."""

    uuid: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, unique=True, index=True)


class SoftDeleteMixin:
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)


def table_of(model: type[Base]) -> Table:
    """A mapped model's Table, typed as one (SQLAlchemy types `__table__` as the wider
    FromClause, which lacks `indexes` and is not what Core helpers take)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table
