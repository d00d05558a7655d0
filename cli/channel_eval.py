"""channel-report: the channel figures of a period as a table, JSON, PDF or .xlsx."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.errors import os_reason, tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub: Any) -> None:
    p = sub.add_parser(
        "channel-report",
        help=QT_TRANSLATE_NOOP(
            "cli", "channel figures (leads, conversions, cost, ROI) of a period (渠道评估)"
        ),
    )
    p.add_argument("start", metavar="FROM", help=QT_TRANSLATE_NOOP("cli", "first day, YYYY-MM-DD"))
    p.add_argument("end", metavar="TO", help=QT_TRANSLATE_NOOP("cli", "last day, YYYY-MM-DD"))
    p.add_argument(
        "--attribution",
        choices=("first", "last", "linear"),
        default="first",
        help=QT_TRANSLATE_NOOP("cli", "attribution model (default: first touch)"),
    )
    out = p.add_mutually_exclusive_group()
    out.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the figures as JSON")
    )
    out.add_argument("--pdf", metavar="OUT", help=QT_TRANSLATE_NOOP("cli", "write a PDF report"))
    out.add_argument(
        "--xlsx", metavar="OUT", help=QT_TRANSLATE_NOOP("cli", "write an Excel workbook")
    )
    p.set_defaults(func=cmd_channel_report)


def cmd_channel_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.channel_eval.periods import Period, parse_day
    from app.channel_eval.text import table_lines

    period = Period(parse_day(args.start, "from"), parse_day(args.end, "to"))
    services = open_services(args)
    actor = cli_actor()
    service = services.channel_eval
    target = Path(args.pdf or args.xlsx) if (args.pdf or args.xlsx) else None
    try:
        if args.pdf:
            assert target is not None
            service.export_pdf(actor, period, args.attribution, target)
            print(target)
        elif args.xlsx:
            assert target is not None
            service.export_xlsx(actor, period, args.attribution, target)
            print(target)
        elif args.json:
            report = service.figures(actor, period, args.attribution)
            print(json.dumps(report.as_json(), ensure_ascii=False))
        else:
            for line in table_lines(service.figures(actor, period, args.attribution)):
                print(line)
    except OSError as exc:
        raise CommandFailed(tr("cannot write %s: %s") % (target, os_reason(exc))) from exc
    return 0
