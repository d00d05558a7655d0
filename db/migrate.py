"""Apply Alembic migrations programmatically.

Each feature's migrations form their own branch off the platform revision
(branch label = feature name), so features can land in any order; "heads"
upgrades all of them. A feature keeps its revisions in a versions folder of
its choice; the caller passes the folders of the registered features
(app.features.version_locations(); db/ does not know the features).

Start-up only needs to know whether an upgrade is due. Importing Alembic costs
about 90 ms, so that check reads the revision ids from the migration files and
the alembic_version table directly; Alembic is imported only to upgrade.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

    from db.engine import Database

# SQLAlchemy is imported inside the functions: every feature's declaration imports
# VERSIONS_DIR from here, and the sign-in window shows before the data layer loads.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


Locations = Sequence[Path]  # the versions folders, app.features.version_locations()


def alembic_config(locations: Locations) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    from alembic import __version__

    # Alembic 1.16 renamed the option (the old name now warns).
    major, minor = (int(part) for part in __version__.split(".")[:2])
    separator = "path_separator" if (major, minor) >= (1, 16) else "version_path_separator"
    cfg.set_main_option(separator, "os")
    cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    return cfg


# `revision = "c001"` and `down_revision = "0001"` (or None, or a tuple) at the start
# of a line: read by a pattern; a file where that is not enough (a value spread over
# several lines) is parsed whole.
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE)


def _revision_values(text: str) -> dict[str, object]:
    """The file's module-level `revision` and `down_revision` values."""
    values: dict[str, object] = {}
    try:
        for name, value in _ASSIGNMENT.findall(text):
            values[name] = ast.literal_eval(value)
        return values
    except (ValueError, SyntaxError):
        pass
    values = {}
    for node in ast.parse(text).body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id in ("revision", "down_revision")
        ):
            values[node.targets[0].id] = ast.literal_eval(node.value)
    return values


def _revision_graph(locations: Locations) -> dict[str, tuple[str, ...]]:
    """revision -> its down revisions, read from the files' module-level assignments."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in (p for folder in locations for p in sorted(folder.glob("*.py"))):
        values = _revision_values(path.read_text(encoding="utf-8"))
        if "revision" not in values:
            continue
        down = values.get("down_revision")
        if down is None:
            parents: tuple[str, ...] = ()
        elif isinstance(down, str):
            parents = (down,)
        else:
            parents = tuple(down)  # type: ignore[arg-type]
        graph[str(values["revision"])] = parents
    return graph


def known_revisions(locations: Locations) -> set[str]:
    """Every revision of this program's migrations: a database at any other one was
    written by a later version or another branch."""
    return set(_revision_graph(locations))


def head_revisions(locations: Locations) -> set[str]:
    graph = _revision_graph(locations)
    parents = {p for ps in graph.values() for p in ps}
    return set(graph) - parents


def current_revisions(db: Database) -> set[str]:
    from sqlalchemy import inspect, text

    with db.read_engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def has_tables(db: Database) -> bool:
    from sqlalchemy import inspect

    return bool(inspect(db.read_engine).get_table_names())


def needs_upgrade(db: Database, locations: Locations) -> bool:
    return current_revisions(db) != head_revisions(locations)


def upgrade(
    db: Database,
    locations: Locations,
    target: str = "heads",
    helpers: Mapping[str, Any] | None = None,
) -> None:
    """Upgrade to `target`. `helpers` (app.features.migration_helpers()) are the app
    functions data migrations need, as config attributes: db/ does not import app/."""
    from alembic import command

    cfg = alembic_config(locations)
    cfg.attributes.update(helpers or {})
    with db.engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        driver: Any = connection.connection.driver_connection  # sqlite3.Connection here
        if sqlite:
            # Batch operations copy a table and drop the old one; with rows of other
            # tables (or its own) pointing at it, DROP TABLE fails while foreign keys
            # are on. Alembic's advice: off while migrating (outside any transaction,
            # where SQLite ignores the pragma), then every key checked before commit.
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, target)
                if sqlite:
                    _refuse_broken_keys(connection)
        finally:
            if sqlite:
                driver.execute("PRAGMA foreign_keys=ON")


def _refuse_broken_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise RuntimeError(
            f"the migration left {len(broken)} broken foreign key(s), e.g. {table} "
            f"row {rowid} -> {parent}; nothing was changed"
        )
