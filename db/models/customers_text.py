"""The character index of customer names, guardian names and schools (SQLite only).

Search matches a Chinese term anywhere inside these three columns (LIKE '%张伟%'),
which at a million customers read the whole table. FTS5's trigram tokenizer finds
nothing under three characters (shared/PITFALLS.md), so the index holds every
character as its own token instead: 张 伟 is stored as "x张 x伟" and found by the
phrase "x张 x伟". The "x" makes every character one token, also spaces and
punctuation that unicode61 would drop ("张·伟" is "x张 x· x伟", three tokens, so
"张伟" does not match it, as with LIKE). app.customers.search uses the index for terms
made of CJK ideographs only, where unicode61 neither folds case nor drops marks.

The characters are spaced in SQL (SQLite has no split; a Python function would not
exist on other connections that fire the triggers): json_each walks a JSON array of
length(x) zeros and substr() takes each character. The table is contentless
(rowid = customers.id); its triggers remove a row with the tokens it was given,
worked out again from OLD by the same expression. A migration that rebuilds the
customers table (batch_alter_table copies it) drops these triggers: it must create
them again (SQLITE_CUSTOMERS_TEXT_TRIGGERS).
"""

from __future__ import annotations

from sqlalchemy import DDL, event

from db.models.customers import Customer

TABLE = "customers_text_fts"
COLUMNS = ("name", "guardian_name", "school")


def spaced(column: str) -> str:
    """SQL: the value of `column` as 'x' + each character, separated by spaces."""
    return (
        f"coalesce((SELECT group_concat('x' || substr({column}, key + 1, 1), ' ')"
        f" FROM json_each('[' || substr(replace(hex(zeroblob(length(coalesce({column}, ''))))"
        f", '00', ',0'), 2) || ']')), '')"
    )


def _values(prefix: str) -> str:
    return ", ".join(spaced(f"{prefix}{c}") for c in COLUMNS)


_COLS = ", ".join(COLUMNS)
_INSERT = f"INSERT INTO {TABLE} (rowid, {_COLS}) VALUES (NEW.id, {_values('NEW.')});"
_DELETE = (
    f"INSERT INTO {TABLE} ({TABLE}, rowid, {_COLS}) VALUES ('delete', OLD.id, {_values('OLD.')});"  # noqa: E501
)

SQLITE_CUSTOMERS_TEXT_TABLE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5({_COLS}, content='', tokenize='unicode61')"
)
SQLITE_CUSTOMERS_TEXT_TRIGGERS = [
    f"CREATE TRIGGER customers_text_ai AFTER INSERT ON customers BEGIN {_INSERT} END",
    f"CREATE TRIGGER customers_text_ad AFTER DELETE ON customers BEGIN {_DELETE} END",
    (
        f"CREATE TRIGGER customers_text_au AFTER UPDATE OF {_COLS} ON customers"
        f" BEGIN {_DELETE} {_INSERT} END"
    ),
]
# Every existing customer, as the insert trigger indexes one.
SQLITE_CUSTOMERS_TEXT_FILL = (
    f"INSERT INTO {TABLE} (rowid, {_COLS}) SELECT id, {_values('')} FROM customers"
)

for _statement in [SQLITE_CUSTOMERS_TEXT_TABLE, *SQLITE_CUSTOMERS_TEXT_TRIGGERS]:
    event.listen(Customer.__table__, "after_create", DDL(_statement).execute_if(dialect="sqlite"))
