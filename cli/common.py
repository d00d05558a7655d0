"""Shared helpers for subcommands: opening the database, failing with one line."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.context import Actor
from app.errors import ServiceError, tr

if TYPE_CHECKING:
    from app.services import Services


def db_option(parser) -> None:
    """--db also after the subcommand (`import-customers FILE --db URL`); SUPPRESS keeps
    a --db given before the subcommand when this one is absent."""
    parser.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS, help="database URL or SQLite file"
    )


class CommandFailed(Exception):
    """Exit with status 2 and a one-line reason, no traceback."""


def open_services(args) -> Services:
    from app.database import prepare_database, resolve_url
    from app.services import Services
    from app.settings import Settings

    try:
        db = prepare_database(
            resolve_url(getattr(args, "db", None)), retention=Settings().get("backup_retention")
        )
    except ServiceError as exc:
        raise CommandFailed(exc.message) from exc
    except Exception as exc:  # unreachable server, bad URL: one line
        raise CommandFailed(
            tr("cannot open the database: %s: %s")
            % (exc.__class__.__name__, str(exc).splitlines()[0] if str(exc) else "")
        ) from exc
    return Services(db)


def cli_actor() -> Actor:
    return Actor.command_line()


def fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2
