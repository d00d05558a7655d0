"""check-ad: the ad-copy check of an education ad from the command line.

Exit status 0 when the copy is clean, 1 when it has findings (a check that found
problems), 2 for bad input. The rules are the database's; without a database (the
default one not created yet) the shipped rules apply."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import tr
from cli.common import CommandFailed
from cli.options import QT_TRANSLATE_NOOP


def register(sub) -> None:
    p = sub.add_parser(
        "check-ad",
        help=QT_TRANSLATE_NOOP(
            "cli", "check ad copy against the Advertising Law (exit 1 when something is flagged)"
        ),
    )
    p.add_argument(
        "text",
        nargs="?",
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "the ad copy; - reads it from standard input"),
    )
    p.add_argument(
        "--file",
        "-f",
        type=Path,
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "read the ad copy from this file (UTF-8 or GB18030)"),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", 'print {"findings": [...]} as JSON'),
    )
    p.set_defaults(func=cmd_check_ad)


def decode(data: bytes) -> str:
    """UTF-8 (with or without a BOM), else GB18030, which Chinese Windows editors save."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise CommandFailed(tr("the ad copy is neither UTF-8 nor GB18030 text")) from exc


def read_copy(args) -> str:
    if args.file is not None and args.text is not None:
        raise CommandFailed(tr("give the ad copy or --file, not both"))
    if args.file is not None:
        return decode(sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes())
    if args.text is None:
        raise CommandFailed(tr("no ad copy given: pass TEXT, - for standard input, or --file"))
    if args.text == "-":
        return decode(sys.stdin.buffer.read())
    return args.text


def _check(args, text: str) -> list:
    from app.adcheck.checker import check
    from app.adcheck.service import SHIPPED_RULES, reader_language
    from app.database import missing_database_file, resolve_url
    from cli.common import open_services

    if args.db is None and missing_database_file(resolve_url(None)) is not None:
        return check(text, SHIPPED_RULES, reader_language())
    return open_services(args).adcheck.check(text)


def cmd_check_ad(args) -> int:
    text = read_copy(args)
    findings = _check(args, text)
    if args.json:
        payload = {
            "findings": [
                {
                    "article": f.article,
                    "phrase": f.phrase,
                    "explanation": f.explanation,
                    "suggestion": f.suggestion,
                    "start": f.start,
                    "end": f.end,
                }
                for f in findings
            ]
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    elif not findings:
        print(tr("no problems found"))
    else:
        for f in findings:
            print(tr("%s  「%s」 (characters %d-%d)") % (f.article, f.phrase, f.start + 1, f.end))
            print("    " + f.explanation)
            if f.suggestion:
                print("    " + tr("suggestion: %s") % f.suggestion)
    return 1 if findings else 0
