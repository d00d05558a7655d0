"""Command-line subcommands. Each feature declares its command modules
(app.features.Feature.cli), each with register(subparsers).

Subcommands create or migrate the schema as needed, work before any user
exists, and act as Actor.command_line() (audited with the OS user name).
"""

from __future__ import annotations

import argparse
import importlib

from app.features import cli_modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marketdesk",
        description="MarketDesk (营销管理台). Without a subcommand, opens the GUI.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file "
        "(default: MARKETING_DB_URL, else the per-user data folder)",
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in cli_modules():
        importlib.import_module(name).register(sub)
    return parser
