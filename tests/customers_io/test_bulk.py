"""insert_rows and insert_columns (the same rows given column by column) store exactly
what SQLAlchemy's own insert stores, whether a column's value is bound per row or,
shared by every row, written into the statement once."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Column, Float, Integer, MetaData, String, Table, select

from app.customers_io.bulk import insert_columns, insert_rows


def _tables():
    metadata = MetaData()

    def columns():
        return [
            Column("id", Integer, primary_key=True),
            Column("label", String(40)),
            Column("note", String(40)),
            Column("count", Integer),
            Column("flag", Boolean),
            Column("text_number", String(40)),
            Column("ratio", Float),
        ]

    return metadata, Table("bulk_a", metadata, *columns()), Table("bulk_b", metadata, *columns())


NAMES = ("id", "label", "note", "count", "flag", "text_number", "ratio")

CASES = {
    # shared: a quote, NULL, an int, a boolean, a float
    "shared values": [(i, "it's 'quoted' ? %s", None, 7, True, "x", 0.5) for i in range(1, 6)],
    # an int and a float that compare equal in a text column: stored differently
    "equal int and float": [
        (1, "a", "n", 1, False, 1, 1.0),
        (2, "a", "n", 1.0, False, 1.0, 1.0),
        (3, "a", "n", True, False, 1, 2.0),
    ],
    # a NUL character cannot go into a statement's text
    "NUL character": [(i, "a\x00b", "张三", 0, False, "", 1.5) for i in range(1, 4)],
    "varying": [
        (i, f"name {i}", None if i % 2 else "note", i, bool(i % 2), str(i), i / 3)
        for i in range(1, 8)
    ],
    "one row": [(1, "only", None, 3, True, "3", 0.0)],
}

# Values of the SQLite-only path (the statement's literals); PostgreSQL's COPY, its bulk
# path, refuses them as its own insert does.
SQLITE_ONLY = {
    "equal int and float": "COPY refuses 1.0 in an integer column",
    "NUL character": "PostgreSQL text cannot hold NUL characters",
}


@pytest.mark.parametrize("by", ["rows", "columns"])
@pytest.mark.parametrize("case", list(CASES))
def test_bulk_insert_stores_what_sqlalchemy_stores(db, case, by):
    if not db.is_sqlite and case in SQLITE_ONLY:
        pytest.skip(SQLITE_ONLY[case])
    metadata, bulk, plain = _tables()
    metadata.create_all(db.engine)
    rows = CASES[case]
    with db.engine.begin() as conn:
        if by == "rows":
            insert_rows(conn, bulk, NAMES, rows)
        else:
            insert_columns(conn, bulk, NAMES, [list(column) for column in zip(*rows, strict=True)])
        conn.execute(plain.insert(), [dict(zip(NAMES, row, strict=True)) for row in rows])
    with db.engine.connect() as conn:
        stored = [conn.execute(select(table).order_by(table.c.id)).all() for table in (bulk, plain)]
        assert stored[0] == stored[1]
        assert len(stored[0]) == len(rows)
        if db.is_sqlite:  # the same storage classes too (1 vs 1.0 in a text column)
            kinds = [
                conn.exec_driver_sql(
                    f"SELECT {', '.join(f'typeof({n}), {n}' for n in NAMES)} FROM {table.name} "
                    "ORDER BY id"
                ).all()
                for table in (bulk, plain)
            ]
            assert kinds[0] == kinds[1]


def test_identical_rows_are_all_inserted(db):
    """Every column shared: one must still be bound, or executemany inserts nothing."""
    metadata = MetaData()
    table = Table("bulk_same", metadata, Column("a", Integer), Column("b", String(5)))
    metadata.create_all(db.engine)
    with db.engine.begin() as conn:
        insert_rows(conn, table, ("a", "b"), [(1, "x")] * 4)
        insert_columns(conn, table, ("a", "b"), [[2] * 3, ["y"] * 3])
        insert_columns(conn, table, ("a", "b"), [[], []])  # no rows: nothing to do
    with db.engine.connect() as conn:
        assert (
            sorted(conn.execute(select(table.c.a, table.c.b)).all())
            == [(1, "x")] * 4 + [(2, "y")] * 3
        )
