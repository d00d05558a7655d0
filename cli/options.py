"""The options every subcommand shares, and help text in the --lang language.

`--db` and `--lang` are accepted before and after any subcommand: after the
subcommands are registered, `finish_subcommands` adds both to each of them with
`default=SUPPRESS`, so a subcommand where they are absent keeps the value given
before its name (argparse copies only what the subcommand parsed).

Help strings are marked with QT_TRANSLATE_NOOP("cli", ...) where they are
written and translated when the help is printed, not when the parser is built:
the GUI start parses the command line too, and should not pay for installing
translators. The language comes from scanning argv (`scan_language`), because
`--help` prints before argparse has read a `--lang` given after it.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP as _qt_translate_noop
from PySide6.QtCore import QCoreApplication

from app.i18n import SUPPORTED, command_line_language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate reads the name
    """Marks `text` for extraction into `context`; translated when the help is shown.
    (PySide6 types its own as returning object.)"""
    return str(_qt_translate_noop(context, text))


CONTEXT = "cli"

DB_HELP = QT_TRANSLATE_NOOP(
    "cli",
    "database URL or SQLite file (default: MARKETDESK_DB_URL, else the per-user data folder)",
)
LANG_HELP = QT_TRANSLATE_NOOP("cli", "language of messages, reports and help")
# argparse's own words, which it takes from gettext in English.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("cli", "usage:"),
    QT_TRANSLATE_NOOP("cli", "positional arguments"),
    QT_TRANSLATE_NOOP("cli", "options"),
    QT_TRANSLATE_NOOP("cli", "show this help message and exit"),
)
EXIT_CODES = (
    QT_TRANSLATE_NOOP("cli", "exit status:"),
    QT_TRANSLATE_NOOP("cli", "0  success"),
    QT_TRANSLATE_NOOP("cli", "1  a check found problems"),
    QT_TRANSLATE_NOOP(
        "cli", "2  bad input (including a wrong command line) or an unusable environment"
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _translate_line(line: str) -> str:
    text = line.lstrip()
    return line[: len(line) - len(text)] + translate(text) if text else line


def scan_language(argv: Sequence[str]) -> str | None:
    """The --lang value wherever it stands (`--lang zh_CN`, `--lang=zh_CN`, before or
    after the subcommand); the last one wins, as in argparse. None when absent or not
    a language argparse will accept (it then reports the error itself)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found if found in SUPPORTED else None


class TranslatingFormatter(argparse.RawDescriptionHelpFormatter):
    """Every help string, description, epilog, heading and the usage prefix go
    through translate(); descriptions and epilogs keep their line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        return translate(text) if text else text

    def add_text(self, text: str | None) -> None:
        # Line by line, indentation kept: a translation file holds one line per text.
        if text and text is not argparse.SUPPRESS:
            text = "\n".join(_translate_line(line) for line in text.split("\n"))
        super().add_text(text)

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate(heading) if heading else heading)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        if prefix is None:
            prefix = translate("usage:") + " "
        super().add_usage(usage, actions, groups, prefix)


class CommandParser(argparse.ArgumentParser):
    """A parser whose help and usage are printed in `language` (None: the language
    setting, else the system's). Subcommand parsers are of this class too
    (add_subparsers uses the parent's class)."""

    language: str | None = None

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", TranslatingFormatter)
        super().__init__(*args, **kwargs)

    def format_help(self) -> str:
        with self._translated():
            return super().format_help()

    def format_usage(self) -> str:
        with self._translated():
            return super().format_usage()

    @contextlib.contextmanager
    def _translated(self) -> Iterator[None]:
        with command_line_language(self.language):
            yield


def add_global_options(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    parser.add_argument("--db", metavar="URL", default=default, help=DB_HELP)
    parser.add_argument("--lang", choices=SUPPORTED, default=default, help=LANG_HELP)


def subcommands(
    parser: argparse.ArgumentParser,
) -> Iterator[tuple[str, argparse.ArgumentParser, str | None]]:
    """(name, parser, one-line help) of every subcommand, nested ones named
    "outer inner"; an alias is not listed again."""
    seen: set[int] = set()
    for action in parser._actions:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        summaries = {a.dest: a.help for a in action._choices_actions}
        for name, sub in action.choices.items():
            if id(sub) in seen:
                continue
            seen.add(id(sub))
            yield name, sub, summaries.get(name)
            for inner, nested, summary in subcommands(sub):
                yield f"{name} {inner}", nested, summary


def finish_subcommands(parser: argparse.ArgumentParser, language: str | None) -> None:
    """Give every registered subcommand --db and --lang (SUPPRESS: when absent, the
    value given before the subcommand stands), the help language, and its one-line
    help as the description of its own --help page."""
    for _name, sub, summary in subcommands(parser):
        add_global_options(sub, default=argparse.SUPPRESS)
        if isinstance(sub, CommandParser):
            sub.language = language
        if sub.description is None:
            sub.description = summary
