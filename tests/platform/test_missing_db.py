"""A mistyped --db path is refused by the commands that only read or keep data, and
the GUI; the commands that bring data in create the database and say so."""

from __future__ import annotations

import argparse

import pytest

import main
from db.engine import sqlite_url


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["backup"],
        ["restore", "backup.sqlite3"],
        ["print-claim", "BX-2026-0001", "out.pdf"],
        ["export-customers", "out.xlsx"],
    ],
)
def test_commands_refuse_a_database_file_that_does_not_exist(tmp_path, capsys, command):
    typo = tmp_path / "ofice.sqlite3"
    assert main.main(["--db", sqlite_url(typo), *command]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(typo) in err and "does not exist" in err
    assert not typo.exists()


def test_a_bare_mistyped_path_is_refused_too(tmp_path, capsys):
    typo = tmp_path / "ofice.sqlite3"
    assert main.main(["--db", str(typo), "check"]) == 2
    assert not typo.exists()


def test_demo_creates_the_database_and_says_so(tmp_path, capsys):
    new = tmp_path / "new.sqlite3"
    assert main.main(["--db", sqlite_url(new), "demo", "--scale", "5"]) == 0
    assert f"created a new database at {new}" in capsys.readouterr().err
    assert new.exists()
    assert main.main(["--db", sqlite_url(new), "check"]) == 0


def test_import_creates_the_database_and_says_so(tmp_path, capsys):
    new = tmp_path / "new.sqlite3"
    source = tmp_path / "leads.csv"
    source.write_text("姓名,手机\n张三,13812340011\n", encoding="utf-8")
    assert main.main(["--db", sqlite_url(new), "import-customers", str(source)]) == 0
    assert f"created a new database at {new}" in capsys.readouterr().err
    # An existing database is not announced as new.
    assert main.main(["--db", sqlite_url(new), "import-customers", str(source)]) == 0
    assert "created a new database" not in capsys.readouterr().err


def test_the_gui_refuses_a_database_file_that_does_not_exist(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui import application, crash

    shown: list[str] = []
    monkeypatch.setattr(crash, "install", lambda enabled: None)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    typo = tmp_path / "ofice.sqlite3"
    args = argparse.Namespace(db=str(typo), lang="en")
    assert application.run_gui(args) == 2
    assert len(shown) == 1 and str(typo) in shown[0] and "does not exist" in shown[0]
    assert not typo.exists()
