"""booth-kit (in the office) and export-bundle (on the booth laptop)."""

from __future__ import annotations

from pathlib import Path

from app.errors import tr
from cli.common import cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub) -> None:
    p = sub.add_parser(
        "booth-kit",
        help=QT_TRANSLATE_NOOP(
            "cli", "create a booth kit: a small database for a campus booth laptop"
        ),
    )
    p.add_argument(
        "out", type=Path, metavar="OUT.db", help=QT_TRANSLATE_NOOP("cli", "kit file to create")
    )
    p.add_argument(
        "--activity",
        default="",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "the event (a campaign activity of that name is linked)"),
    )
    p.add_argument(
        "--staff",
        action="append",
        default=[],
        metavar="USER",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "account of a staff member working at the booth (repeat for each; "
            "default: the activity's team)",
        ),
    )
    p.set_defaults(func=cmd_booth_kit)

    p = sub.add_parser(
        "export-bundle",
        help=QT_TRANSLATE_NOOP(
            "cli", "on the booth laptop: write the leads captured in the kit as a sealed bundle"
        ),
    )
    p.add_argument(
        "out",
        type=Path,
        metavar="OUT",
        help=QT_TRANSLATE_NOOP("cli", "bundle file to write (.mdbundle)"),
    )
    p.set_defaults(func=cmd_export_bundle)


def cmd_booth_kit(args) -> int:
    services = open_services(args)
    row = services.booth_kits.create_kit(cli_actor(), args.out, args.activity, args.staff)
    print(
        tr("booth kit for %s written to %s (accounts: %s)")
        % (row.activity_name, row.path, ", ".join(row.accounts))
    )
    return 0


def cmd_export_bundle(args) -> int:
    from app.customers_io.bundle import BundleService

    services = open_services(args)
    change = BundleService(services.db).export_bundle(cli_actor(), args.out)
    leads, visits, path = change.result
    print(tr("%d leads and %d visits written to %s") % (leads, visits, path))
    notes = len(services.booth_competitors.noted(cli_actor()))
    if notes:
        print(tr("with %d competitors seen at the booth") % notes)
    return 0
