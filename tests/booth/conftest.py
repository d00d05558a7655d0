"""Fixtures of the booth tests: an office with one account per role, kits made from
it, and the booth side (a kit opened as the laptop opens it)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.context import Actor
from app.services import Services


@dataclass
class Booth:
    """A kit file opened as the booth laptop does, and its signed-in accounts."""

    path: Path
    services: Services
    actors: dict[str, Actor]

    def capture(self, username: str, name: str, mobile: str, **fields):
        from app.customers.rows import CustomerInput

        return self.services.customers.create_customer(
            self.actors[username], CustomerInput(name=name, mobile=mobile, **fields)
        )

    def export(self, out: Path, username: str = "staff1") -> Path:
        from app.customers_io.bundle import BundleService

        return BundleService(self.services.db).export_bundle(self.actors[username], out).result[2]


@pytest.fixture
def office(services, actors):
    """The office database (each test on SQLite and on PostgreSQL), channels seeded."""
    services.customers.ensure_seed_channels(actors["admin"])
    return services


@pytest.fixture
def make_kit(office, actors, tmp_path):
    """make_kit(name="kit.db", accounts=("staff1", "manager1")) -> Booth"""
    from app.users.service import actor_for
    from db.engine import open_database, sqlite_url
    from db.models.users import User

    opened = []

    def make(name: str = "kit.db", accounts=("staff1", "manager1"), activity="一中开放日"):
        path = tmp_path / name
        office.booth_kits.create_kit(actors["manager"], path, activity, list(accounts))
        db = open_database(sqlite_url(path))
        opened.append(db)
        kit_services = Services(db)
        with db.session() as session:
            users = session.scalars(select(User)).all()
            kit_actors = {u.username: actor_for(u) for u in users}
        return Booth(path, kit_services, kit_actors)

    yield make
    for db in opened:
        db.dispose()


def count(services: Services, model) -> int:
    with services.db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0
