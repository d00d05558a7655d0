"""Plain-text demo passwords in meta: fine for a demo database, refused otherwise;
and the fast test KDF never reaches a real database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from app.database import prepare_database
from app.errors import ServiceError
from app.meta import DEMO_ACCOUNTS, DEMO_FLAG
from app.services import Services
from db.engine import sqlite_url
from tests.conftest import make_actors

ROOT = Path(__file__).resolve().parents[2]
ACCOUNTS = [{"username": "admin", "password": "admin-demo-2026", "role": "admin"}]


def _database(path: Path, **meta) -> str:
    url = sqlite_url(path)
    prepare_database(url).dispose()
    con = sqlite3.connect(path)
    for key, value in meta.items():
        con.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value)))
    con.commit()
    con.close()
    return url


def test_a_demo_database_with_its_passwords_opens(tmp_path, capsys):
    url = _database(tmp_path / "demo.sqlite3", **{DEMO_FLAG: True, DEMO_ACCOUNTS: ACCOUNTS})
    assert main.main(["--db", url, "check"]) == 0


def test_a_real_database_with_demo_passwords_is_refused_by_the_command_line(tmp_path, capsys):
    path = tmp_path / "office.sqlite3"
    url = _database(path, **{DEMO_FLAG: False, DEMO_ACCOUNTS: ACCOUNTS})
    assert main.main(["--db", url, "check"]) == 2
    err = capsys.readouterr().err.strip()
    assert "not a demo database" in err and str(path) in err and "\n" not in err


def test_a_real_database_with_demo_passwords_is_refused_by_the_gui(qtbot, tmp_path):
    from app.settings import Settings
    from ui.application import _open_database

    url = _database(tmp_path / "office.sqlite3", **{DEMO_ACCOUNTS: ACCOUNTS})
    with pytest.raises(ServiceError) as refused:
        _open_database(url, Settings(), 0)
    assert "not a demo database" in refused.value.message


def test_demo_accounts_without_passwords_are_no_reason_to_refuse(tmp_path, capsys):
    names_only = [{"username": "admin", "role": "admin"}]
    url = _database(tmp_path / "office.sqlite3", **{DEMO_ACCOUNTS: names_only})
    assert main.main(["--db", url, "check"]) == 0


# --- MARKETDESK_FAST_KDF ----------------------------------------------------------------

PROBE = """
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.WARNING, format="%(message)s")
from app.users.passwords import hash_password
print("HASH " + hash_password("secret-123"))
"""


def _run_outside_tests(extra_env: dict[str, str]) -> str:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTEST_CURRENT_TEST", "MARKETDESK_TESTING")
    }
    env.update(extra_env)
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def test_the_fast_kdf_is_refused_outside_tests():
    out = _run_outside_tests({"MARKETDESK_FAST_KDF": "1"})
    assert "MARKETDESK_FAST_KDF" in out  # the warning
    hashed = out.split("HASH ")[1].strip()
    assert "m=65536" in hashed and "t=3" in hashed  # the real parameters


def test_a_fast_hash_is_rehashed_with_the_real_parameters_at_sign_in(tmp_path, monkeypatch):
    from app.users import passwords

    services = Services(prepare_database(sqlite_url(tmp_path / "office.sqlite3")))
    try:
        make_actors(services)  # made under the test KDF
        from db.models.users import User

        with services.db.session() as session:
            fast = session.query(User).filter_by(username="staff1").one().password_hash
        assert "m=1024" in fast
        monkeypatch.setattr(passwords, "fast_kdf_allowed", lambda: False)
        services.users.authenticate("staff1", "secret-pass-1")
        with services.db.session() as session:
            real = session.query(User).filter_by(username="staff1").one().password_hash
        assert "m=65536" in real and real != fast
        assert services.users.authenticate("staff1", "secret-pass-1")
    finally:
        services.db.dispose()
