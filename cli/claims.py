"""print-claim: one claim form as PDF from the command line."""

from __future__ import annotations

from pathlib import Path

from app.errors import tr
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


def cmd_print_claim(args) -> int:
    services = open_services(args)
    actor = cli_actor()
    try:
        claim_id = services.printing.claim_id(actor, args.number)
        result = services.printing.export_pdf(actor, [claim_id], args.out, a5=args.a5)
    except OSError as exc:
        raise CommandFailed(tr("cannot write %s: %s") % (args.out, exc.strerror or exc)) from exc
    print(tr("%s (%d page(s))") % (args.out, result.pages))
    return 0
