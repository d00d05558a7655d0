"""demo, backup, restore, check."""

from __future__ import annotations

import sys
from pathlib import Path

from app.errors import tr
from cli.common import CommandFailed, cli_actor, open_services
from cli.options import QT_TRANSLATE_NOOP

# Heavy modules are imported inside the commands: building the parser must stay
# cheap because the GUI start parses the command line too.


def register(sub) -> None:
    p = sub.add_parser(
        "demo", help=QT_TRANSLATE_NOOP("cli", "build a demo database (one account per role)")
    )
    p.add_argument(
        "--scale", type=int, default=None, help=QT_TRANSLATE_NOOP("cli", "number of demo customers")
    )
    p.add_argument(
        "--seed",
        type=int,
        default=None,
        help=QT_TRANSLATE_NOOP("cli", "random seed: the same seed builds the same data"),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "backup", help=QT_TRANSLATE_NOOP("cli", "back up the SQLite database to the backups folder")
    )
    p.add_argument(
        "--to",
        type=Path,
        default=None,
        help=QT_TRANSLATE_NOOP(
            "cli", "folder to write the backup to (default: the backups folder)"
        ),
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help=QT_TRANSLATE_NOOP("cli", "restore the database from a backup file")
    )
    p.add_argument(
        "file", type=Path, help=QT_TRANSLATE_NOOP("cli", "backup file to restore (.sqlite3)")
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP(
            "cli", "integrity and foreign-key checks, schema revision, translation files"
        ),
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "tour",
        help=QT_TRANSLATE_NOOP("cli", "render every tab and main dialog to PNG (zh_CN and en)"),
    )
    p.add_argument(
        "outdir", type=Path, help=QT_TRANSLATE_NOOP("cli", "folder for the PNG screenshots")
    )
    p.set_defaults(func=cmd_tour, gui=True)

    p = sub.add_parser(
        "self-test",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "check this installation: features, a new database, every tab, a PDF, a chart, "
            "translations (exit 0 or 1)",
        ),
    )
    p.set_defaults(func=cmd_self_test, gui=True)


def cmd_demo(args) -> int:
    from app.demo import DEFAULT_SCALE, DEFAULT_SEED, build_demo, step_label

    if args.scale is not None and args.scale < 1:
        raise CommandFailed(
            tr("--scale must be at least 1 (the number of demo customers); %d was given")
            % args.scale
        )
    services = open_services(args, create=True)

    def progress(step: str, done: int, total: int) -> None:
        if done == 0:
            print(f"  {step_label(step)}…", file=sys.stderr, flush=True)

    build_demo(
        services.db,
        scale=DEFAULT_SCALE if args.scale is None else args.scale,
        seed=args.seed if args.seed is not None else DEFAULT_SEED,
        actor=cli_actor(),
        progress=progress,
    )
    print(tr("demo database ready: %s") % services.db.display_location())
    return 0


def cmd_backup(args) -> int:
    from app.settings import Settings

    services = open_services(args)
    try:
        path = services.maintenance.backup(
            cli_actor(),
            "manual",
            target_dir=args.to,
            retention=None if args.to else Settings().get("backup_retention"),
        ).result
    finally:
        services.db.dispose()  # a restore after it, in one process, finds no connection
    print(path)
    return 0


def cmd_restore(args) -> int:
    from app.database import refuse_missing_file, resolve_url
    from app.maintenance import MaintenanceService
    from db.engine import open_database

    url = resolve_url(args.db)
    refuse_missing_file(url)
    db = open_database(url)
    safety = MaintenanceService(db).restore(cli_actor(), args.file)
    print(
        tr("restored %s from %s (previous database kept as %s)")
        % (db.display_location(), args.file, safety)
    )
    return 0


def cmd_check(args) -> int:
    from app.audit.protection import audit_protection_problems
    from app.backup import check_file
    from app.features import metadata, version_locations
    from app.i18n import command_line_choice, missing_translations
    from app.restore import schema_problem_text
    from db.fk_check import foreign_key_problems
    from db.migrate import current_revisions, head_revisions
    from db.schema_check import missing_schema

    services = open_services(args)
    db = services.db
    try:
        unmapped = services.channels.unmapped(cli_actor())
        revisions = tuple(sorted(current_revisions(db)))
        heads = head_revisions(version_locations())
        with db.engine.connect() as connection:
            schema = missing_schema(connection, metadata())
            # SQLite's file check below counts its own; on PostgreSQL every declared
            # foreign key is checked with a query.
            fk_problems = [] if db.sqlite_path is not None else foreign_key_problems(connection)
        integrity: str | None = None
        fk = sum(p.rows for p in fk_problems)
        if db.sqlite_path is not None:
            integrity, fk = check_file(db.sqlite_path)
        audit_problems = audit_protection_problems(db)
    finally:
        db.dispose()
    language = command_line_choice(args.lang)
    lost = missing_translations(language)
    ok = integrity in (None, "ok") and fk == 0 and not lost and not schema and not audit_problems
    print(tr("database: %s") % db.display_location())
    print(tr("integrity check: %s") % integrity_summary(integrity))
    print(tr("foreign_key_check: %d problem(s)") % fk)
    for fk_problem in fk_problems:
        print(f"  {fk_problem}")
    revision = ", ".join(revisions) or tr("none", "schema revision")
    if set(revisions) != heads:
        revision += " " + tr("(not up to date: %s)") % ", ".join(sorted(heads))
    print(tr("schema revision: %s") % revision)
    for problem in schema:
        print(tr("schema: %s") % schema_problem_text(problem.kind, problem.name))
    if not schema:
        print(tr("schema: every table, index and audit trigger is there"))
    for audit_problem in audit_problems:
        print(audit_problem)
    for path in lost:
        print(tr("translation missing (%s): %s") % (language, path))
    if not lost:
        print(tr("translations (%s): complete") % language)
    if unmapped:
        # Reported, not a failure: the records keep their text and can be given a
        # channel by hand.
        print(tr("cost records whose old channel text matched no channel: %d") % len(unmapped))
        for u in unmapped:
            label = f"{u.table} #{u.id}" + (f" {u.record}" if u.record else "")
            print(f"  {label}: {u.text}")
    print(tr("OK", "check result") if ok else tr("PROBLEMS FOUND", "check result"))
    return 0 if ok else 1


def integrity_summary(integrity: str | None) -> str:
    """SQLite's integrity_check answer in the user's language: "ok", or how many
    problems and the first of them (SQLite's own words, which name the table)."""
    if integrity is None:
        return tr("not applicable (PostgreSQL)", "integrity check")
    if integrity == "ok":
        return tr("no problems", "integrity check")
    problems = [p for p in integrity.split("; ") if p]
    return tr("%d problem(s), the first: %s") % (len(problems), problems[0])


def cmd_tour(args) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.tour import run_tour

    written = run_tour(args.outdir, args.db)
    print(f"{len(written)} screenshots in {args.outdir}")
    return 0


def cmd_self_test(args) -> int:
    from ui.selftest import main as self_test

    return self_test(args.lang)
