"""The private SQLAlchemy API the bulk import uses (db/sqlalchemy_private.py). This
test is meant to fail loudly on a SQLAlchemy upgrade that removes or changes it."""

from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest
import sqlalchemy
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, configure_mappers, mapped_column
from sqlalchemy.types import TypeEngine

from db import sqlalchemy_private
from db.models.customers import Customer, CustomerStatusChange

DIALECTS = [sqlite.dialect(), postgresql.dialect()]
SAMPLES = {
    "uuid": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "created_at": dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC),
    "is_minor": True,
    "name": "张三",
}


def test_sqlalchemy_still_has_the_private_api():
    assert sqlalchemy_private.HAS_CACHED_BIND_PROCESSOR, (
        f"SQLAlchemy {sqlalchemy.__version__} has no TypeEngine._cached_bind_processor: "
        "the bulk import now takes the slower public path; see db/sqlalchemy_private.py"
    )


@pytest.mark.parametrize("dialect", DIALECTS, ids=lambda d: d.name)
@pytest.mark.parametrize("column", sorted(SAMPLES))
def test_private_and_public_processors_bind_the_same_values(dialect, column):
    type_: TypeEngine = Customer.__table__.c[column].type
    cached = sqlalchemy_private.bind_processor(type_, dialect)
    public = sqlalchemy_private.public_bind_processor(type_, dialect)
    assert (cached is None) == (public is None), (
        f"SQLAlchemy {sqlalchemy.__version__} changed _cached_bind_processor for {type_!r}"
    )
    if cached is not None:
        value = SAMPLES[column]
        assert cached(value) == public(value)
        # Cached: the same processor object on the next call.
        assert sqlalchemy_private.bind_processor(type_, dialect) is cached


def test_the_utc_timestamp_is_stored_as_the_orm_would():
    dialect = sqlite.dialect()
    process = sqlalchemy_private.bind_processor(
        CustomerStatusChange.__table__.c.changed_at.type, dialect
    )
    assert process is not None
    local = dt.datetime(2026, 3, 1, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert process(local) == process(dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC))


def test_the_public_fallback_is_used_without_the_private_api(monkeypatch):
    monkeypatch.setattr(sqlalchemy_private, "HAS_CACHED_BIND_PROCESSOR", False)
    type_ = Customer.__table__.c.created_at.type
    dialect = sqlite.dialect()
    process = sqlalchemy_private.bind_processor(type_, dialect)
    assert process is not None and process is not sqlalchemy_private.bind_processor(type_, dialect)
    assert process(SAMPLES["created_at"]) == type_._cached_bind_processor(dialect)(
        SAMPLES["created_at"]
    )


def test_nothing_else_uses_the_private_api():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    users = [
        str(path.relative_to(root))
        for folder in ("app", "db", "ui", "cli")
        for path in (root / folder).rglob("*.py")
        if "_cached_bind_processor" in path.read_text(encoding="utf-8")
    ]
    assert users == ["db/sqlalchemy_private.py"]


def test_sqlalchemy_still_has_its_mapper_configuration_lock():
    """Held by one thread, another thread's mapper configuration waits for it (the GUI
    imports the first tab's models behind the sign-in, ui/application.py)."""
    assert sqlalchemy_private.HAS_CONFIGURE_MUTEX, (
        f"SQLAlchemy {sqlalchemy.__version__} has no orm.mapper._CONFIGURE_MUTEX: the GUI "
        "now imports the first tab before the sign-in completes; see db/sqlalchemy_private.py"
    )

    class Throwaway(DeclarativeBase):
        pass

    class Row(Throwaway):
        __tablename__ = "throwaway_rows"
        id: Mapped[int] = mapped_column(primary_key=True)

    configured = threading.Event()
    lock = sqlalchemy_private.mapper_configuration_lock()
    with lock:
        worker = threading.Thread(target=lambda: (configure_mappers(), configured.set()))
        worker.start()
        assert not configured.wait(0.3)  # waits for the lock
    worker.join(30)
    assert configured.is_set() and Row.__mapper__.configured
