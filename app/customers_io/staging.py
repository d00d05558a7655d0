"""SQLite: stage a large import's new customers before taking the write lock.

SQLite has one write lock for the whole file. Binding 30,000 rows of 40 columns
from Python holds it for seconds (and for far longer on a busy PC), while every
other MarketDesk process's saves wait for it and fail after the busy timeout.

So the rows go first into a TEMP table on the import's own connection: a temp
table is private to that connection and writing it takes no lock on the
database file. Then one short write transaction copies them with
INSERT ... SELECT, inside SQLite, together with the merges and the audit row.
The user still sees all or nothing: nothing is in the customers table until that
transaction commits, and a cancel, an error or a closed program leaves only the
temp table, which SQLite drops with the connection.

PostgreSQL locks rows, not the database, so it keeps the direct path.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table

from db.base import table_of
from db.engine import READ_ONLY, Database
from db.models.customers import Customer

STAGE = "marketdesk_import_stage"
MIN_ROWS = 1000  # fewer rows are copied in well under a second: no staging


@dataclass
class Staged:
    """The new customers waiting in the temp table, in file order."""

    columns: Sequence[str]
    uuids: list[str] = field(default_factory=list)


@contextlib.contextmanager
def staging_connection(db: Database, rows: int) -> Iterator[Connection | None]:
    """A connection for a staged import of `rows` new customers, or None when
    there is nothing to stage (PostgreSQL, a small file, a dry run)."""
    if not db.is_sqlite or rows < MIN_ROWS:
        yield None
        return
    with db.read_engine.connect() as conn:
        try:
            yield conn
        finally:
            if conn.in_transaction():
                conn.rollback()
            with contextlib.suppress(Exception):  # a broken connection drops it anyway
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGE}")
                conn.commit()


def stage(conn: Connection, columns: Sequence[str], chunks: Iterable[list[list[Any]]]) -> None:
    """Write the column-major `chunks` (values ready for the column types) into the
    temp table, then set the connection up for the write transaction that copies
    them: its next BEGIN takes the write lock (db/engine.py)."""
    from app.customers_io.bulk import insert_columns

    source = table_of(Customer)
    names = ", ".join(columns)
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{STAGE}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE {STAGE} AS SELECT {names} FROM main.customers WHERE 0")
    table = Table(
        STAGE, MetaData(), *(Column(name, source.c[name].type) for name in columns), schema="temp"
    )
    for values in chunks:
        insert_columns(conn, table, columns, values)
    conn.commit()
    conn.execution_options(**{READ_ONLY: False})


def copy_staged(conn: Connection, staged: Staged) -> None:
    """Inside the write transaction: the staged rows into customers, in file order."""
    names = ", ".join(staged.columns)
    conn.exec_driver_sql(
        f"INSERT INTO main.customers ({names}) SELECT {names} FROM temp.{STAGE} ORDER BY rowid"
    )
