"""export-calendar FROM TO OUT.ics: the activities of a date range as an iCalendar
file (issue 17 item 5), the same file as the Calendar tab's export."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.errors import os_reason, tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export-calendar",
        help=QT_TRANSLATE_NOOP("cli", "write the activities from FROM to TO as an .ics file"),
    )
    p.add_argument("start", metavar="FROM", help=QT_TRANSLATE_NOOP("cli", "first day, YYYY-MM-DD"))
    p.add_argument("end", metavar="TO", help=QT_TRANSLATE_NOOP("cli", "last day, YYYY-MM-DD"))
    p.add_argument(
        "out", metavar="OUT.ics", type=Path, help=QT_TRANSLATE_NOOP("cli", "output file (.ics)")
    )
    p.set_defaults(func=cmd_export_calendar)


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandFailed(tr("'%s' is not a date (YYYY-MM-DD)") % text) from None


def cmd_export_calendar(args: argparse.Namespace) -> int:
    start, end = _day(args.start), _day(args.end)
    if end < start:
        raise CommandFailed(tr("the last day %s is before the first day %s") % (end, start))
    if args.out.suffix.lower() != ".ics":
        raise CommandFailed(tr("%s: the file name must end in .ics") % args.out)
    services = open_services(args)
    try:
        change = services.calendar.export_ics(cli_actor(), start, end, args.out)
    except OSError as exc:
        raise CommandFailed(tr("cannot write %s: %s") % (args.out, os_reason(exc))) from exc
    print(tr("%s (%d activities)") % (args.out, change.result))
    return 0
