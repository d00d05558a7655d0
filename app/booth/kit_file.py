"""Writing a kit file: a new SQLite database, migrated, holding only the kit's rows."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert

from db.base import table_of
from db.engine import sqlite_url
from db.file_modes import SQLITE_COMPANIONS, create_private_file, private_database
from db.models.booth import BoothKit
from db.models.channels import Channel
from db.models.customers import Course
from db.models.staff import Staff
from db.models.users import User


@dataclass
class KitContent:
    """Column values of the rows the kit carries, read from the office."""

    channels: list[dict[str, Any]] = field(default_factory=list)
    courses: list[dict[str, Any]] = field(default_factory=list)
    staff: list[dict[str, Any]] = field(default_factory=list)
    users: list[dict[str, Any]] = field(default_factory=list)
    kit: dict[str, Any] = field(default_factory=dict)
    # Extra rows by table name (another feature's, e.g. the campaign activity).
    extra: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)


def write_kit_file(path: Path, content: KitContent) -> None:
    """Create `path` (owner-only from the first byte) as a migrated MarketDesk
    database holding `content`. On any failure the half-written file is removed."""
    from app.database import prepare_database

    create_private_file(path)
    try:
        db = prepare_database(sqlite_url(path))
        try:
            with db.session() as session, session.begin():
                # The kit's catalogue is the office's, with the office's ids.
                session.execute(delete(Channel))
                for model, rows in (
                    (Channel, content.channels),
                    (Course, content.courses),
                    (Staff, content.staff),
                    (User, content.users),
                ):
                    if rows:
                        session.execute(insert(table_of(model)), rows)
                for table_name, rows in content.extra:
                    if rows:
                        session.execute(insert(table_of_name(table_name)), rows)
                session.execute(insert(table_of(BoothKit)), [content.kit])
        finally:
            db.dispose()
        private_database(path)
    except BaseException:
        for name in (str(path), *(str(path) + s for s in SQLITE_COMPANIONS)):
            with contextlib.suppress(OSError):
                Path(name).unlink()
        raise


def table_of_name(name: str) -> Any:
    from db.models import metadata

    return metadata.tables[name]
