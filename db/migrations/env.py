"""Alembic environment. Migrations run programmatically from db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from db.models import metadata

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # `alembic` command line (developers only): the URL comes from -x url=...
        url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite3")
        engine = create_engine(url)
        with engine.begin() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
