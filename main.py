"""MarketDesk entry point: a CLI subcommand, or the GUI when none is given."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from app.logging_setup import hold_logging, setup_logging

    if argv is None:
        argv = sys.argv[1:]
    args = _gui_arguments(argv) or _parse(argv)
    if args.command is None:
        # The GUI opens the log file behind its first window (ui.application).
        hold_logging()
        from ui.application import run_gui

        return run_gui(args)
    setup_logging()
    if getattr(args, "gui", False):  # booth, tour: a window with its own translators
        return _run(args)
    from app.i18n import command_line_language

    with command_line_language(args.lang):
        return _run(args)


def _parse(argv: list[str]):
    from cli import build_parser
    from cli.options import scan_language

    # The help's language is known before parsing: `--help` prints as soon as
    # argparse meets it, possibly before a `--lang` that follows.
    parser = build_parser(scan_language(argv))
    return parser.parse_args(argv)  # a usage error exits with 2


def _gui_arguments(argv: list[str]):
    """The GUI's arguments when `argv` holds nothing but --db and --lang, else None.
    The GUI then starts without importing every feature's commands to build the full
    parser: the sign-in window comes sooner."""
    import argparse

    from cli.options import add_global_options

    if any(a.startswith("-h") or a.startswith("--h") for a in argv):
        return None
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    add_global_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):  # a bad value: the full parser says so
        return None
    if rest:
        return None
    args.command = None
    return args


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
    if getattr(sys, "frozen", False):
        import multiprocessing

        # A bundled (PyInstaller) MarketDesk starting a "spawn" child (the .xls
        # probe) runs this file again: freeze_support runs the child's work and
        # exits. From source the child is started by Python itself: no need, and
        # not importing multiprocessing here saves the sign-in window ~10 ms.
        multiprocessing.freeze_support()
    sys.exit(main())
