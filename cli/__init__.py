"""Command-line subcommands. Each feature module has register(subparsers).

Subcommands create or migrate the schema as needed, work before any user
exists, and act as Actor.command_line() (audited with the OS user name).
"""

from __future__ import annotations

import argparse

from cli import customers as customers_cli
from cli import platform
from cli import claims as budget_claims_cli  # budget and claims

# A feature appends its module in its own section.
COMMAND_MODULES = [
    platform,
    # --- customers
    customers_cli,
    # --- budget and claims
    budget_claims_cli,
]


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
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser
