"""python main.py print-claim NUMBER OUT.pdf [--a5] [--db URL]."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.database import prepare_database
from app.services import Services
from db.engine import sqlite_url
from db.models.audit import AuditEntry
from main import main
from tests.conftest import make_actors
from tests.printing.helpers import make_claim


@pytest.fixture
def claim_db(tmp_path):
    url = sqlite_url(tmp_path / "cli.sqlite3")
    db = prepare_database(url)  # the migrations, as the command line runs them
    actors = make_actors(Services(db))
    _, number = make_claim(db, actors["staff"], lines=2)
    yield url, number, db
    db.dispose()


def test_print_claim_writes_the_pdf_and_audits(claim_db, tmp_path, capsys):
    url, number, db = claim_db
    out = tmp_path / "out.pdf"
    assert main(["print-claim", number, str(out), "--a5", "--db", url]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "1 page(s)" in capsys.readouterr().out
    with db.session() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).one()
    assert entry.entity == "claims" and entry.username.startswith("cli:")
    assert entry.summary.startswith(f"{number}: PDF A5")


def test_unknown_number_exits_2_with_one_line(claim_db, tmp_path, capsys):
    url, _, _ = claim_db
    out = tmp_path / "none.pdf"
    assert main(["--db", url, "print-claim", "BX-2026-9999", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "BX-2026-9999" in err
    assert not out.exists()
