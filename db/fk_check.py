"""Rows whose foreign key points at nothing, on either back end.

SQLite answers `PRAGMA foreign_key_check`. PostgreSQL enforces its keys, but a
restore with triggers disabled, a constraint added NOT VALID or a hand edit
with `session_replication_role = replica` can still leave orphans, and `check`
promises to look: every foreign key the database declares is tested with an
anti-join (the rows of the child whose key is set and matches no parent row).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, column, exists, func, inspect, select, table


@dataclass(frozen=True)
class ForeignKeyProblem:
    table: str
    columns: tuple[str, ...]
    parent: str
    rows: int

    def __str__(self) -> str:
        return f"{self.table}({', '.join(self.columns)}) -> {self.parent}: {self.rows}"


def foreign_key_problems(connection: Connection) -> list[ForeignKeyProblem]:
    if connection.dialect.name == "sqlite":
        return _sqlite_problems(connection)
    inspector = inspect(connection)
    problems = []
    for child_name in sorted(inspector.get_table_names()):
        for fk in inspector.get_foreign_keys(child_name):
            local, remote = fk["constrained_columns"], fk["referred_columns"]
            child = table(child_name, *(column(c) for c in local))
            parent = table(fk["referred_table"], *(column(c) for c in remote))
            matches = exists().where(
                and_(*(parent.c[r] == child.c[c] for c, r in zip(local, remote, strict=True)))
            )
            is_set = and_(*(child.c[c].is_not(None) for c in local))
            orphans = connection.scalar(
                select(func.count()).select_from(child).where(is_set, ~matches)
            )
            if orphans:
                problems.append(
                    ForeignKeyProblem(child_name, tuple(local), fk["referred_table"], orphans)
                )
    return problems


def _sqlite_problems(connection: Connection) -> list[ForeignKeyProblem]:
    # PRAGMA foreign_key_check: (table, rowid, parent, fk index), one row per orphan.
    counts: dict[tuple[str, str], int] = {}
    for child, _rowid, parent, _fkid in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        counts[(child, parent)] = counts.get((child, parent), 0) + 1
    return [ForeignKeyProblem(c, (), p, n) for (c, p), n in sorted(counts.items())]
