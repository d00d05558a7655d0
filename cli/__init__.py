"""Command-line subcommands. Each feature declares its command modules
(app.features.Feature.cli), each with register(subparsers).

Subcommands create or migrate the schema as needed, work before any user
exists, and act as Actor.command_line() (audited with the OS user name). Every subcommand
accepts --db and --lang before or after its name (cli/options.py).
"""

from __future__ import annotations

import argparse
import importlib

from cli.options import QT_TRANSLATE_NOOP
from cli.options import EXIT_CODES, CommandParser, add_global_options, finish_subcommands


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """`language`: the help's language (options.scan_language(argv)); None follows
    the language setting, else the system's."""
    # Here, not at the top: the GUI imports cli.options (and so this package) to read
    # --db and --lang, and the feature registry need not load before its first window.
    from app.features import cli_modules

    parser = CommandParser(
        prog="marketdesk",
        description=QT_TRANSLATE_NOOP(
            "cli", "MarketDesk (营销管理台). Without a subcommand, opens the GUI."
        ),
        epilog="\n".join([EXIT_CODES[0]] + ["  " + line for line in EXIT_CODES[1:]]),
    )
    parser.language = language
    add_global_options(parser)
    sub = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        help=QT_TRANSLATE_NOOP("cli", "one of the subcommands below; without one, the GUI opens"),
    )
    for name in cli_modules():
        importlib.import_module(name).register(sub)
    finish_subcommands(parser, language)
    return parser
