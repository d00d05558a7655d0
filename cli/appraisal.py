"""appraisal-run: compute (and optionally finalize) an appraisal run and print it."""

from __future__ import annotations

import json
import sys

from app.errors import tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub) -> None:
    p = sub.add_parser(
        "appraisal-run",
        help=QT_TRANSLATE_NOOP("cli", "compute an appraisal run (绩效考核) and print the results"),
    )
    p.add_argument(
        "period",
        help=QT_TRANSLATE_NOOP("cli", "a month 2026-10, a quarter 2026-Q3 or a year 2026"),
    )
    p.add_argument(
        "--finalize",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "finalize the run after computing it (a frozen snapshot)"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the result as JSON")
    )
    p.set_defaults(func=cmd_appraisal_run)


def cmd_appraisal_run(args) -> int:
    from app.appraisal.periods import parse_period
    from app.appraisal.report import run_json, run_text
    from app.errors import ValidationError

    try:
        period = parse_period(args.period)
    except ValidationError as exc:
        raise CommandFailed(exc.message) from exc
    services = open_services(args)
    actor = cli_actor()
    existing = services.appraisal.run_by_period(actor, period.text)
    if existing is not None and existing.status == "finalized":
        run = existing  # a finalized run is printed as frozen, never recomputed
        if args.finalize:
            print(tr("%s is already finalized") % period.text, file=sys.stderr)
    else:
        run = services.appraisal.run(actor, period.text)
        if args.finalize:
            run = services.appraisal.finalize(actor, run.id)
    results = services.appraisal.results(actor, run.id)
    if args.json:
        print(json.dumps(run_json(run, results), ensure_ascii=False))
    else:
        print(run_text(run, results))
    return 0
