"""print-claim and budget-report: a claim form, or the budget vs. spend report, from the
command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.errors import os_reason, tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub) -> None:
    p = sub.add_parser(
        "print-claim",
        help=QT_TRANSLATE_NOOP("cli", "write a reimbursement claim form (费用报销单) as PDF"),
    )
    p.add_argument("number", help=QT_TRANSLATE_NOOP("cli", "claim number, e.g. BX-2026-0042"))
    p.add_argument("out", type=Path, help=QT_TRANSLATE_NOOP("cli", "output PDF file"))
    p.add_argument(
        "--a5",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "A5 landscape instead of A4 portrait"),
    )
    p.set_defaults(func=cmd_print_claim)

    p = sub.add_parser(
        "budget-report",
        help=QT_TRANSLATE_NOOP("cli", "write the budget vs. spend report as PDF or Excel workbook"),
    )
    p.add_argument("year", type=int, help=QT_TRANSLATE_NOOP("cli", "budget year, e.g. 2026"))
    p.add_argument(
        "--month",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "report January to this month (default: this month for the current year, else 12)",
        ),
    )
    p.add_argument("out", type=Path, help=QT_TRANSLATE_NOOP("cli", "output file (.pdf or .xlsx)"))
    p.set_defaults(func=cmd_budget_report)


def cmd_print_claim(args) -> int:
    services = open_services(args)
    actor = cli_actor()
    try:
        claim_id = services.printing.claim_id(actor, args.number)
        result = services.printing.export_pdf(actor, [claim_id], args.out, a5=args.a5)
    except OSError as exc:
        raise CommandFailed(tr("cannot write %s: %s") % (args.out, os_reason(exc))) from exc
    print(tr("%s (%d page(s))") % (args.out, result.pages))
    return 0


def report_month(year: int, month: int | None, today: dt.date) -> int:
    """The last month the report covers: the one asked for, else the current month of
    the current year, else December."""
    if month is not None:
        return month
    return today.month if year == today.year else 12


def cmd_budget_report(args) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise CommandFailed(tr("%s: the file name must end in .pdf or .xlsx") % args.out)
    month = report_month(args.year, args.month, dt.date.today())
    services = open_services(args)
    actor = cli_actor()
    try:
        if suffix == ".pdf":
            pages = services.printing.export_budget_report(
                actor, args.year, month, args.out, cumulative=True
            ).result
            print(tr("%s (%d page(s))") % (args.out, pages))
        else:
            services.budget_report.export_xlsx(actor, args.year, month, args.out, cumulative=True)
            print(args.out)
    except OSError as exc:
        raise CommandFailed(tr("cannot write %s: %s") % (args.out, os_reason(exc))) from exc
    return 0
