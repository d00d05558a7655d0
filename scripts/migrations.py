#!/usr/bin/env python3
"""Alembic's command line with the versions folders of the registered features.

    python scripts/migrations.py -x url=sqlite:////tmp/gen.sqlite3 upgrade heads
    python scripts/migrations.py -x url=sqlite:////tmp/gen.sqlite3 revision --autogenerate \\
        --head 0001 --branch-label NAME --version-path db/migrations/NAME -m "NAME"

Plain `alembic` reads alembic.ini, which knows only db/migrations/versions; a
feature may keep its revisions elsewhere (app.features.Feature.migrations).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> None:
    from alembic.config import CommandLine

    from app.features import version_locations
    from db.migrate import alembic_config

    cli = CommandLine(prog="scripts/migrations.py")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    cfg = alembic_config(version_locations())
    cfg.cmd_opts = options  # -x url=... reaches db/migrations/env.py
    cli.run_cmd(cfg, options)


if __name__ == "__main__":
    main()
