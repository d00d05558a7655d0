"""Bulk Core inserts that skip the ORM: executemany (SQLite) or COPY (PostgreSQL)
on the transaction's connection.

The column types' own bind processors (UUID, UTC datetimes, booleans) are
applied once per value, so the rows stored are exactly those the ORM would
store, at several times the speed of `session.execute(insert(...), dicts)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Boolean, Connection, Integer, String, Table
from sqlalchemy.exc import DBAPIError

from db.sqlalchemy_private import bind_processor


def _processors(
    conn: Connection, table: Table, columns: Sequence[str]
) -> list[Callable[[Any], Any] | None]:
    dialect = conn.dialect
    return [bind_processor(table.c[name].type, dialect) for name in columns]


def bind_value(conn: Connection, table: Table, column: str) -> Callable[[Any], Any]:
    """The value `column`'s type stores for a Python value (memoised), for rows given
    to `insert_rows(..., ready=True)`."""
    process = bind_processor(table.c[column].type, conn.dialect)
    if process is None:
        return lambda value: value
    memo: dict = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        result = memo.get(value, memo)
        if result is memo:
            result = memo[value] = process(value)
        return result

    return convert


def insert_rows(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    ready: bool = False,
) -> None:
    """INSERT every row (a tuple in `columns` order) with one executemany.

    `ready`: the values are already what the column types store (`bind_value`),
    so the per-value processing pass is skipped."""
    if not rows:
        return
    processors = [] if ready else _processors(conn, table, columns)
    active = [(i, p) for i, p in enumerate(processors) if p is not None]
    if active:
        # Memoised per column: timestamps, booleans and channel ids repeat a lot.
        memos: list[dict] = [{} for _ in active]
        processed = []
        for row in rows:
            values = list(row)
            for (index, process), memo in zip(active, memos, strict=True):
                value = values[index]
                if value is not None:
                    result = memo.get(value, memo)
                    if result is memo:
                        result = memo[value] = process(value)
                    values[index] = result
            processed.append(values)
        rows = processed
    _execute(conn, table, columns, rows, None)


def insert_columns(
    conn: Connection, table: Table, columns: Sequence[str], values: Sequence[Sequence[Any]]
) -> None:
    """`insert_rows(..., ready=True)` for values given column by column: `values[i]`
    holds column i's value for every row. A builder that fills whole columns skips
    the per-row tuple and the transposition that finds the shared values."""
    if not values or not values[0]:
        return
    _execute(conn, table, columns, None, values)


def _execute(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]] | None,
    transposed: Sequence[Sequence[Any]] | None,
) -> None:
    """Rows (row-major `rows` or column-major `transposed`) by COPY or executemany."""
    preparer = conn.dialect.identifier_preparer
    if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        # COPY is PostgreSQL's bulk path, several times faster than executemany.
        driver = conn.connection.driver_connection
        assert driver is not None  # a connection in use is never invalidated here
        cursor = driver.cursor()
        statement = "COPY {} ({}) FROM STDIN".format(
            preparer.format_table(table), ", ".join(preparer.quote(name) for name in columns)
        )
        dbapi = conn.dialect.loaded_dbapi
        try:
            with cursor.copy(statement) as copy:
                for row in rows if rows is not None else zip(*(transposed or ()), strict=True):
                    copy.write_row(row)
        except dbapi.Error as exc:
            # The same exception types as executemany raises (IntegrityError, ...).
            raise DBAPIError.instance(statement, None, exc, dbapi.Error) from exc
        return
    qmark = conn.dialect.paramstyle == "qmark"
    placeholder = "?" if qmark else "%s"
    constants: dict[int, Any] = {}
    if rows is None and transposed is None:
        raise ValueError("insert_rows needs rows or transposed")
    count = len(rows) if rows is not None else len(transposed[0]) if transposed else 0
    if qmark and count > 1:
        # A value every row shares (the import's timestamp, status 'new', empty
        # fields) is written into the statement once instead of bound per row:
        # binding is most of executemany's time (-40% for a customer import).
        # (qmark only: with "%s" parameters a literal's % signs would need escaping.)
        if transposed is None and rows is not None:
            transposed = list(zip(*rows, strict=True))
        assert transposed is not None
        integer = [isinstance(table.c[name].type, Integer | Boolean) for name in columns]
        constants = _constant_columns(transposed, [column[0] for column in transposed], integer)
        if len(constants) == len(columns):
            constants.pop(0)  # executemany needs a parameter to repeat the row
    if transposed is not None and (constants or rows is None):
        rows = list(
            zip(*[column for i, column in enumerate(transposed) if i not in constants], strict=True)
        )
    values = [
        _literal(conn, constants[i]) if i in constants else placeholder for i in range(len(columns))
    ]
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        preparer.format_table(table),
        ", ".join(preparer.quote(name) for name in columns),
        ", ".join(values),
    )
    assert rows is not None  # built from `transposed` above when only that was given
    conn.exec_driver_sql(
        sql,
        rows
        if isinstance(rows, list) and rows and isinstance(rows[0], tuple)
        else [tuple(r) for r in rows],
    )


def _constant_columns(
    transposed: Sequence[Sequence[Any]], first: Sequence[Any], integer: list[bool]
) -> dict[int, Any]:
    """Column index -> the value when every row has the same NULL, int or str there
    (a str without NUL characters, which cannot be in a statement's text). A str or
    None equals only a str or None. An int equals a float or a boolean too: the same
    stored value in an integer column (`integer[i]`), not in another one."""
    constants = {}
    for i, value in enumerate(first):
        kind = value.__class__
        if value is None or kind is int or (kind is str and "\x00" not in value):
            column = transposed[i]
            # The last row first: most columns differ there already.
            if (
                column[-1] == value
                and column.count(value) == len(column)
                and (kind is not int or integer[i] or len(set(map(type, column))) == 1)
            ):
                constants[i] = value
    return constants


def _literal(conn: Connection, value: Any) -> str:
    """`value` (None, an int or a str) as a SQL literal, quoted by the dialect."""
    if value is None:
        return "NULL"
    kind = Integer() if value.__class__ is int else String()
    return kind.literal_processor(conn.dialect)(value)
