"""Migrations: from an empty database, and from the first revision with data in it."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.features import version_locations
from db.engine import open_database, sqlite_url
from db.migrate import current_revisions, head_revisions, needs_upgrade, upgrade
from db.models import metadata
from db.models.customers_text import TABLE as CHARS_TABLE
from tests.conftest import postgres_schema_database


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path):
    if request.param == "sqlite":
        db = open_database(sqlite_url(tmp_path / "migrate.sqlite3"))
        yield db
        db.dispose()
        return
    with postgres_schema_database(create_tables=False) as db:
        yield db


def _diff(db) -> list:
    with db.engine.connect() as conn:
        # The character index (an FTS5 table and its shadow tables) is DDL of its own,
        # not in the metadata: create_all and the migration both build it.
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: (
                    not (kind == "table" and (name or "").startswith(CHARS_TABLE))
                ),
            },
        )
        return compare_metadata(context, metadata)


def test_upgrade_from_empty_matches_models(empty_db):
    assert needs_upgrade(empty_db, version_locations())
    upgrade(empty_db, version_locations())
    assert current_revisions(empty_db) == head_revisions(version_locations())
    assert not needs_upgrade(empty_db, version_locations())
    assert _diff(empty_db) == []


def test_upgrade_from_first_revision_keeps_data(empty_db):
    upgrade(empty_db, version_locations(), "0001")
    assert current_revisions(empty_db) == {"0001"}
    with empty_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO departments (name, code, created_at, updated_at) "
                "VALUES ('市场部', 'market', '2026-01-01 00:00:00', "
                "'2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO staff (name, department_id, position, phone, active, "
                "created_at, updated_at, version) VALUES ('张三', 1, '专员', '', "
                "true, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
            )
        )
    upgrade(empty_db, version_locations())
    assert current_revisions(empty_db) == head_revisions(version_locations())
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM staff")).scalar_one() == "张三"
    assert _diff(empty_db) == []


def test_audit_triggers_created_by_migration(empty_db):
    upgrade(empty_db, version_locations())
    with empty_db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (at, username, action, entity, entity_id, "
                "summary) VALUES ('2026-01-01 00:00:00', 'x', 'create', 'e', '1', '')"
            )
        )
    with pytest.raises(Exception, match="append-only"), empty_db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'y'"))


def test_prepare_database_backs_up_before_migrating(tmp_path):
    from app.backup import list_backups
    from app.database import prepare_database

    path = tmp_path / "old.sqlite3"
    db = open_database(sqlite_url(path))
    upgrade(db, version_locations(), "0001")
    db.dispose()
    assert list_backups() == []
    prepared = prepare_database(sqlite_url(path))
    backups = list_backups()
    if head_revisions(version_locations()) != {"0001"}:
        assert len(backups) == 1 and "before-migration" in backups[0].name
    assert not needs_upgrade(prepared, version_locations())
    assert "users" in inspect(prepared.engine).get_table_names()
    prepared.dispose()
    # A fresh file is created without a pointless backup of nothing.
    fresh = prepare_database(sqlite_url(tmp_path / "fresh.sqlite3"))
    fresh.dispose()
    assert len(list_backups()) == len(backups)


def test_fast_head_detection_agrees_with_alembic():
    from alembic.script import ScriptDirectory

    from db.migrate import alembic_config

    assert head_revisions(version_locations()) == set(
        ScriptDirectory.from_config(alembic_config(version_locations())).get_heads()
    )


def test_revision_ids_are_read_from_the_files_as_alembic_reads_them():
    from db.migrate import _revision_values

    assert _revision_values('revision = "c001"\ndown_revision = "0001"  # note\n') == {
        "revision": "c001",
        "down_revision": "0001",
    }
    assert _revision_values("revision = 'x'\ndown_revision = None\n")["down_revision"] is None
    spread = 'revision = "m"\ndown_revision = (\n    "a",\n    "b",\n)\n'
    assert _revision_values(spread) == {"revision": "m", "down_revision": ("a", "b")}
