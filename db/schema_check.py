"""Does a database hold the schema this program's migrations build?

`check` and restore ask it: a file whose audit triggers were dropped, or that
lost a table or an index, passes SQLite's integrity_check but is not a sound
MarketDesk database. The expected tables and indexes are the models' metadata
(tests/platform/test_migrations.py keeps migrations and models identical); the
expected triggers are the audit log's append-only triggers of each dialect
(db/models/audit.py, which the migrations and create_all both use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, MetaData, inspect, text

from db.models.audit import POSTGRES_APPEND_ONLY, SQLITE_APPEND_ONLY
from db.models.customers_text import SQLITE_CUSTOMERS_TEXT_TRIGGERS
from db.models.customers_text import TABLE as CUSTOMERS_TEXT_TABLE

# The platform's tables: without them a file is not a MarketDesk database at all.
CORE_TABLES = ("alembic_version", "meta", "users", "audit_log")


def _trigger_names(statements: list[str]) -> frozenset[str]:
    return frozenset(
        m.group(1) for s in statements if (m := re.search(r"CREATE TRIGGER (\w+)", s)) is not None
    )


REQUIRED_TRIGGERS = {
    # Without the character index's triggers Chinese name searches would miss customers.
    "sqlite": _trigger_names(SQLITE_APPEND_ONLY + SQLITE_CUSTOMERS_TEXT_TRIGGERS),
    "postgresql": _trigger_names(POSTGRES_APPEND_ONLY),
}


@dataclass(frozen=True)
class SchemaProblem:
    kind: str  # "table", "index" or "trigger": what is missing
    name: str


def existing_triggers(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    else:
        sql = (
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()"
        )
    return set(connection.execute(text(sql)).scalars())


def existing_indexes(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'index'"
    else:
        sql = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    return set(connection.execute(text(sql)).scalars())


def missing_schema(connection: Connection, metadata: MetaData) -> list[SchemaProblem]:
    """The tables, indexes and triggers of the current head that the database lacks."""
    tables = set(inspect(connection).get_table_names())
    indexes = existing_indexes(connection)
    problems = [
        SchemaProblem("table", name)
        for name in ["alembic_version", *(t.name for t in metadata.sorted_tables)]
        if name not in tables
    ]
    if connection.dialect.name == "sqlite" and CUSTOMERS_TEXT_TABLE not in tables:
        problems.append(SchemaProblem("table", CUSTOMERS_TEXT_TABLE))
    for table in metadata.sorted_tables:
        if table.name not in tables:
            continue
        problems.extend(
            SchemaProblem("index", str(index.name))
            for index in sorted(table.indexes, key=lambda i: str(i.name))
            if str(index.name) not in indexes
        )
    triggers = existing_triggers(connection)
    required = REQUIRED_TRIGGERS.get(connection.dialect.name, frozenset())
    problems.extend(SchemaProblem("trigger", name) for name in sorted(required - triggers))
    return problems
