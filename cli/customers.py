"""import-customers, export-customers, merge-bundle, booth."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import ServiceError, tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP


def register(sub) -> None:
    p = sub.add_parser(
        "import-customers",
        help=QT_TRANSLATE_NOOP("cli", "import customers from .xlsx, .xls or .csv"),
    )
    p.add_argument(
        "file",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "spreadsheet to import (.xlsx, .xls, .csv)"),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "check the file, write nothing"),
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="OUT.xlsx",
        help=QT_TRANSLATE_NOOP("cli", "save the row-by-row report as .xlsx"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the result as JSON")
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export-customers", help=QT_TRANSLATE_NOOP("cli", "export every customer to .xlsx")
    )
    p.add_argument(
        "out", type=Path, metavar="OUT.xlsx", help=QT_TRANSLATE_NOOP("cli", "spreadsheet to write")
    )
    p.add_argument(
        "--english", action="store_true", help=QT_TRANSLATE_NOOP("cli", "English column headers")
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "merge-bundle", help=QT_TRANSLATE_NOOP("cli", "merge a booth bundle into this database")
    )
    p.add_argument(
        "file",
        type=Path,
        help=QT_TRANSLATE_NOOP("cli", "bundle file from a booth laptop (.mdbundle)"),
    )
    p.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "print the result as JSON")
    )
    p.set_defaults(func=cmd_merge_bundle)

    p = sub.add_parser(
        "booth", help=QT_TRANSLATE_NOOP("cli", "open the full-screen booth capture window")
    )
    p.set_defaults(func=cmd_booth, gui=True)


def cmd_import(args) -> int:
    from app.customers_io.importer import ImportService
    from app.customers_io.reader import FileReadError
    from app.customers_io.report import write_report

    services = open_services(args, create=True)
    service = ImportService(services.db)
    actor = cli_actor()
    # Channel names in the file are matched against the seeded channels.
    services.customers.ensure_seed_channels(actor)
    try:
        loaded = service.open_file(args.file)
        preview = service.preview(actor, loaded)
    except FileReadError as exc:
        raise CommandFailed(exc.message) from exc
    except ServiceError as exc:  # no header row, a mapping without a name column
        raise CommandFailed(f"{args.file.name}: {exc.message}") from exc
    result = service.run(actor, preview, dry_run=args.dry_run)
    if args.report:
        write_report(args.report, preview, result)
    if args.json:
        data = result.as_json()
        print(json.dumps(data, ensure_ascii=False))
    else:
        summary = (
            tr("would import %d, merged %d (updated %d), rejected %d, skipped %d")
            if args.dry_run
            else tr("imported %d, merged %d (updated %d), rejected %d, skipped %d")
        )
        print(
            summary
            % (result.imported, result.merged, result.updated, len(result.rejected), result.skipped)
        )
        for row, reason in result.rejected:
            print("  " + tr("row %d: %s") % (row, reason))
    return 0


def cmd_export(args) -> int:
    from app.customers_io.export import ExportOptions, ExportService

    services = open_services(args)
    count = (
        ExportService(services.db)
        .export(cli_actor(), args.out, ExportOptions(language="en" if args.english else "zh_CN"))
        .result
    )
    print(tr("exported %d customers to %s") % (count, args.out))
    return 0


def cmd_merge_bundle(args) -> int:
    """0 when every lead and visit merged (or was merged before), 1 when any was
    rejected (each one is named in the report)."""
    from app.customers_io.bundle import BundleService

    services = open_services(args, create=True)
    report = BundleService(services.db).merge(cli_actor(), args.file)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(
            tr(
                "bundle %s: %d new, %d noted on existing customers, %d visits, "
                "%d already merged, %d rejected"
            )
            % (
                report.bundle_id,
                report.created,
                report.noted,
                report.visits,
                report.already,
                report.rejected,
            )
        )
        if report.competitor_notes:
            print(
                tr("%d competitors seen at the booth went into the competitor register")
                % report.competitor_notes
            )
        for line in report.lines:
            print(f"  {line}")
    return 1 if report.rejected else 0


def cmd_booth(args) -> int:
    from ui.customers_io.booth_app import run_booth

    return run_booth(args, sys.argv)
