"""MarketDesk entry point: a CLI subcommand, or the GUI when none is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.logging_setup import setup_logging
    from cli import build_parser
    from cli.options import scan_language

    if argv is None:
        argv = sys.argv[1:]
    # The help's language is known before parsing: `--help` prints as soon as
    # argparse meets it, possibly before a `--lang` that follows.
    parser = build_parser(scan_language(argv))
    args = parser.parse_args(argv)  # a usage error exits with 2
    setup_logging()
    if args.command is None:
        from ui.application import run_gui

        return run_gui(args)
    if getattr(args, "gui", False):  # booth, tour: a window with its own translators
        return _run(args)
    from app.i18n import command_line_language

    with command_line_language(args.lang):
        return _run(args)


def _run(args) -> int:
    """0 success, 1 a check found problems, 2 bad input or an unusable environment:
    one line on stderr, no traceback."""
    from app.errors import ServiceError, os_reason, tr
    from cli.common import CommandFailed, fail

    try:
        return int(args.func(args) or 0)
    except CommandFailed as exc:
        return fail(str(exc))
    except ServiceError as exc:  # a refusal is one line, not a traceback
        return fail(exc.message)
    except OSError as exc:  # a file the user named: the reason in the user's language
        where = exc.filename if exc.filename is not None else ""
        return fail(f"{where}: {os_reason(exc)}" if where else os_reason(exc))
    except KeyboardInterrupt:
        return fail(tr("interrupted"))


if __name__ == "__main__":
    import multiprocessing

    # A bundled (PyInstaller) MarketDesk starting a "spawn" child (the .xls probe)
    # runs this file again: freeze_support runs the child's work and exits.
    multiprocessing.freeze_support()
    sys.exit(main())
