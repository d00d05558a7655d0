"""customers: status-change reasons stored as codes; given-name pinyin search columns

The reasons the system gives ("automatic", "merged", "booth bundle") were stored in the
language of whoever caused the change, so a history written under Chinese showed 自动
under English and the other way round. They are codes now (app.customers.pipeline.Reason),
translated when shown; this converts the Chinese ones already stored.

Two search columns for pinyin forms people type for 曾晓彤: name_given_pinyin
("xiaotong") and name_mixed_pinyin ("zengxt"), indexed for prefix search, filled here
for the customers already stored (app.customers.pinyin.name_keys, as on save).

Revision ID: c003
Revises: c002
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import context, op

revision = "c003"
down_revision = "c002"
branch_labels = None
depends_on = None

# The Chinese each code was stored as (the translations of the customers and the
# customers_io catalogues).
_CODES = {"自动": "automatic", "合并": "merged", "已合并": "merged", "展位数据包": "booth bundle"}


def upgrade() -> None:
    # Plain ADD COLUMN (a batch operation would copy the table; SQLite cannot drop a
    # default without one): the columns keep DEFAULT '', as the model declares.
    for column in ("name_given_pinyin", "name_mixed_pinyin"):
        op.add_column(
            "customers",
            sa.Column(column, sa.String(length=400), nullable=False, server_default=""),
        )
    _fill_given_name_keys()
    for column in ("name_given_pinyin", "name_mixed_pinyin"):
        op.create_index(
            f"ix_customers_{column}",
            "customers",
            [column],
            unique=False,
            postgresql_ops={column: "text_pattern_ops"},
        )
    for text, code in _CODES.items():
        for table, column in (("customer_status_changes", "reason"), ("customers", "lost_reason")):
            op.execute(
                sa.text(f"UPDATE {table} SET {column} = :code WHERE {column} = :text").bindparams(
                    code=code, text=text
                )
            )


def _fill_given_name_keys() -> None:
    """The keys of every stored name, as the app computes them on save (the helper
    app.customers.pinyin.name_keys, handed in by app.database: db/ does not import
    app/). Names repeat, so the keys are worked out once per distinct name into a
    temporary table, and one UPDATE reads them by its primary key."""
    conn = op.get_bind()
    if conn.execute(sa.text("SELECT count(*) FROM customers")).scalar_one() == 0:
        return
    name_keys = context.config.attributes.get("customers.name_keys")
    if name_keys is None:
        raise RuntimeError("c003 needs the customers.name_keys helper (app.database)")
    conn.execute(
        sa.text(
            "CREATE TEMPORARY TABLE c003_keys (name TEXT PRIMARY KEY,"
            " given TEXT NOT NULL, mixed TEXT NOT NULL)"
        )
    )
    names = conn.execute(sa.text("SELECT DISTINCT name FROM customers")).scalars().all()
    rows = []
    for name in names:
        _full, _initials, given, mixed = name_keys(name)
        if given or mixed:
            rows.append({"name": name, "given": given[:400], "mixed": mixed[:400]})
    if rows:
        conn.execute(sa.text("INSERT INTO c003_keys VALUES (:name, :given, :mixed)"), rows)
        conn.execute(
            sa.text(
                "UPDATE customers SET"
                " name_given_pinyin ="
                " (SELECT given FROM c003_keys k WHERE k.name = customers.name),"
                " name_mixed_pinyin ="
                " (SELECT mixed FROM c003_keys k WHERE k.name = customers.name)"
                " WHERE name IN (SELECT name FROM c003_keys)"
            )
        )
    conn.execute(sa.text("DROP TABLE c003_keys"))


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        for column in ("name_given_pinyin", "name_mixed_pinyin"):
            batch_op.drop_index(f"ix_customers_{column}")
            batch_op.drop_column(column)
    # the reason codes read right in either language: they stay
