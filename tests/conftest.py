"""Test set-up: headless Qt, a fast KDF, a fresh database per test (SQLite and PostgreSQL).

PostgreSQL tests run when MARKETDESK_TEST_PG_URL points at a server (.ci/run
starts one); under CI=true a missing server is an error, not a skip.
"""

from __future__ import annotations

import contextlib
import os
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line follows the system language when none is set: pin the system
# locale, so that the suite reads the same on a Chinese desktop as on CI (tests that
# want Chinese ask for it with --lang or the language setting).
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)
# The same argon2id algorithm at a tiny cost, so hashing stays cheap in tests.
os.environ["MARKETDESK_FAST_KDF"] = "1"

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("MARKETDESK_TEST_PG_URL", "")
IN_CI = os.environ.get("CI") == "true"


def pytest_sessionstart(session):
    """Tests read the compiled translations: compile them when a .ts is newer than
    its .qm (or the .qm was never built), as the package build does."""
    import sys
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        sys.path.insert(0, str(folder.parent.parent / "scripts"))
        import i18n

        i18n.compile_all()


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Each test has its own data folder (settings, backups, logs)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "appdata"
    folder.mkdir()
    monkeypatch.setenv("MARKETDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("MARKETING_DB_URL", raising=False)
    monkeypatch.delenv("MARKETDESK_DB_URL", raising=False)
    # Window state goes to this test's folder too, as the application does it.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


def _sqlite_database(tmp_path):
    from db.engine import open_database, sqlite_url
    from db.models import metadata

    db = open_database(sqlite_url(tmp_path / "test.sqlite3"))
    metadata.create_all(db.engine)
    return db


@contextlib.contextmanager
def postgres_schema_database(create_tables: bool = True):
    """A Database on a throwaway PostgreSQL schema, dropped afterwards."""
    from db.engine import open_database
    from db.models import metadata

    if not PG_URL:
        if IN_CI:
            pytest.fail("MARKETDESK_TEST_PG_URL is not set: CI must run the PostgreSQL tests")
        pytest.skip("no PostgreSQL server (set MARKETDESK_TEST_PG_URL)")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    db = open_database(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        if create_tables:
            metadata.create_all(db.engine)
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """A fresh, fully created database; each test runs once per back end."""
    if request.param == "sqlite":
        database = _sqlite_database(tmp_path)
        yield database
        database.dispose()
        return
    with postgres_schema_database() as database:
        yield database


@pytest.fixture
def sqlite_db(tmp_path):
    """SQLite only: widget tests, file-level tests (backup/restore)."""
    database = _sqlite_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def services(db):
    from app.services import Services

    return Services(db)


def make_actors(services):
    """One account per role, linked to a staff member; returns role -> Actor."""
    from app.context import Actor
    from app.permissions import Role
    from app.staff.service import StaffInput
    from app.users.service import actor_for
    from db.models.users import User

    cli = Actor.command_line()
    services.staff.ensure_seed_departments(cli)
    actors = {}
    for role in Role:
        staff = services.staff.create_staff(cli, StaffInput(name=f"测试{role.value}"))
        row = services.users.create_user(
            cli,
            username=f"{role.value}1",
            display_name=role.value,
            role=role,
            password="secret-pass-1",
            staff_id=staff.id,
        )
        with services.db.session() as session:
            actors[role.value] = actor_for(session.get(User, row.id))
    return actors


@pytest.fixture
def register_features():
    """register_features(*features): throwaway app.features.Feature(s) for one test."""
    from app.features import temporary_features

    with contextlib.ExitStack() as stack:
        yield lambda *features: stack.enter_context(temporary_features(*features))


@pytest.fixture
def actors(services):
    return make_actors(services)


@pytest.fixture
def ui_context(qtbot, sqlite_db):
    """Factory: role name -> UiContext on a fresh SQLite database with one user per role."""
    from app.services import Services
    from app.settings import Settings
    from ui.context import ChangeBus, UiContext

    services = Services(sqlite_db)
    role_actors = make_actors(services)
    bus = ChangeBus()

    def make(role: str = "admin") -> UiContext:
        return UiContext(services=services, actor=role_actors[role], settings=Settings(), bus=bus)

    return make
