"""Shared helpers for subcommands: opening the database, failing with one line."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from app.context import Actor

if TYPE_CHECKING:
    from app.services import Services


class CommandFailed(Exception):
    """Exit with status 2 and a one-line reason, no traceback."""


def open_services(args, *, create: bool = False) -> Services:
    """The services of --db (given before or after the subcommand). A database that
    cannot be opened raises a ServiceError: main() prints it and exits with 2.

    A SQLite file that does not exist is refused (a mistyped path), unless `create`:
    then the command says that it created a new database."""
    from app.database import missing_database_file, resolve_url
    from app.database import open_services as open_database_services
    from app.errors import tr

    new_file = missing_database_file(resolve_url(args.db)) if create else None
    services = open_database_services(args.db, create=create)
    if new_file is not None:
        print(tr("created a new database at %s") % new_file, file=sys.stderr)
    return services


def cli_actor() -> Actor:
    return Actor.command_line()


def fail(message: str) -> int:
    from app.redaction import redact_text

    print(f"error: {redact_text(message)}", file=sys.stderr)
    return 2
