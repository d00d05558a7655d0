"""A database made by the migrations offers the channels from the first start."""

from __future__ import annotations

from app.context import Actor
from app.features import version_locations
from app.services import Services
from db.engine import open_database, sqlite_url
from db.migrate import upgrade


def test_migrated_database_has_the_channels(tmp_path):
    db = open_database(sqlite_url(tmp_path / "migrated.sqlite3"))
    try:
        upgrade(db, version_locations())
        services = Services(db)
        actor = Actor.command_line()
        channels = services.customers.list_channels(actor)
        assert len(channels) == 12
        assert {c.code for c in channels} >= {"douyin", "referral", "campus"}
        services.customers.ensure_seed_channels(actor)  # finds them all: adds nothing
        assert len(services.customers.list_channels(actor)) == 12
    finally:
        db.dispose()
