"""MarketDesk entry point: a CLI subcommand, or the GUI when none is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.errors import ServiceError, tr
    from app.logging_setup import setup_logging
    from cli import build_parser
    from cli.common import CommandFailed, fail

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args)
    if getattr(args, "gui", False):  # booth, tour: a window with its own translators
        return int(args.func(args) or 0)
    from app.i18n import command_line_language

    with command_line_language(args.lang):
        try:
            return int(args.func(args) or 0)
        except CommandFailed as exc:
            return fail(str(exc))
        except ServiceError as exc:  # a refusal is one line, not a traceback
            return fail(exc.message)
        except KeyboardInterrupt:
            return fail(tr("interrupted"))


if __name__ == "__main__":
    sys.exit(main())
