"""customers: a character index of name, guardian name and school (SQLite only)

Chinese search terms match anywhere inside the three columns; LIKE '%x%' read the
whole table at a million customers. db/models/customers_text.py builds an FTS5 table
with each character a token (1- and 2-character terms work, unlike trigram), kept in
step by triggers; this fills it for the customers already stored. PostgreSQL keeps
its LIKE search: nothing changes there.

Revision ID: c004
Revises: c003
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

from db.models.customers_text import (
    SQLITE_CUSTOMERS_TEXT_FILL,
    SQLITE_CUSTOMERS_TEXT_TABLE,
    SQLITE_CUSTOMERS_TEXT_TRIGGERS,
    TABLE,
)

revision = "c004"
down_revision = "c003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(sa.text(SQLITE_CUSTOMERS_TEXT_TABLE))
    # Filled before the triggers exist, in one statement (the same SQL as the trigger).
    op.execute(sa.text(SQLITE_CUSTOMERS_TEXT_FILL))
    for statement in SQLITE_CUSTOMERS_TEXT_TRIGGERS:
        op.execute(sa.text(statement))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in ("customers_text_ai", "customers_text_ad", "customers_text_au"):
        op.execute(sa.text(f"DROP TRIGGER IF EXISTS {name}"))
    op.execute(sa.text(f"DROP TABLE IF EXISTS {TABLE}"))
