"""Whether the audit log is still protected in the database (for `check`).

The log is append-only through triggers (db/models/audit.py). On SQLite anyone
who can write the file can drop them, so `check` reports missing triggers. On
PostgreSQL the application's role must not be able to drop or bypass them:
it must not own audit_log (an owner can DROP or DISABLE TRIGGER), not be a
superuser, and not hold UPDATE, DELETE or TRUNCATE on it (TRUNCATE skips row
triggers). README, section PostgreSQL, sets up such a role.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from app.errors import tr
from db.engine import Database

SQLITE_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")
POSTGRES_TRIGGER = "audit_log_no_change"


def audit_protection_problems(db: Database) -> list[str]:
    """One sentence per way the audit log can be changed or its protection removed;
    empty when it is protected."""
    with db.engine.connect() as connection:
        return connection_problems(connection)


def connection_problems(connection: Connection) -> list[str]:
    """audit_protection_problems for the role of an open connection."""
    if connection.dialect.name == "sqlite":
        present = set(
            connection.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
        return [
            tr("audit log trigger missing: %s (audit rows can be changed or deleted)") % name
            for name in SQLITE_TRIGGERS
            if name not in present
        ]
    if connection.dialect.name != "postgresql":
        return []
    return _postgres_problems(connection)


def _postgres_problems(connection: Connection) -> list[str]:
    problems = []
    enabled = connection.execute(
        text(
            "SELECT tgenabled FROM pg_trigger "
            "WHERE tgrelid = 'audit_log'::regclass AND tgname = :name"
        ),
        {"name": POSTGRES_TRIGGER},
    ).scalar()
    if enabled is None or enabled == "D":
        problems.append(
            tr("audit log trigger missing or disabled: %s (audit rows can be changed or deleted)")
            % POSTGRES_TRIGGER
        )
    role, superuser, owner, owns = connection.execute(
        text(
            "SELECT current_user, r.rolsuper, pg_get_userbyid(c.relowner), "
            "pg_has_role(current_user, c.relowner, 'USAGE') "
            "FROM pg_class c, pg_roles r "
            "WHERE c.oid = 'audit_log'::regclass AND r.rolname = current_user"
        )
    ).one()
    if superuser:
        problems.append(
            tr(
                "the database role %s is a superuser: it can drop the audit log's trigger "
                "(connect as a role with data rights only, see README, PostgreSQL)"
            )
            % role
        )
    elif owns:
        problems.append(
            tr(
                "the database role %s owns the audit log (owner %s) and can drop its trigger "
                "(connect as a role with data rights only, see README, PostgreSQL)"
            )
            % (role, owner)
        )
    for privilege in ("UPDATE", "DELETE", "TRUNCATE"):
        if (
            not superuser
            and connection.execute(
                text("SELECT has_table_privilege('audit_log', :privilege)"),
                {"privilege": privilege},
            ).scalar()
        ):
            problems.append(
                tr("the database role %s may %s the audit log (grant it INSERT and SELECT only)")
                % (role, privilege)
            )
    return problems
