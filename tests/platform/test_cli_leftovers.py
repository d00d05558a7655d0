"""Command-line leftovers: demo --scale below 1, check's integrity text, OS errors in
the user's language, the tour's temporary files."""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

import pytest

from app.errors import os_reason
from db.engine import sqlite_url
from main import main


@pytest.mark.parametrize("scale", ["0", "-5"])
def test_demo_refuses_a_scale_below_one(tmp_path, capsys, scale):
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--scale", scale, "--db", sqlite_url(path), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "--scale must be at least 1" in err and scale in err
    assert not path.exists()


def test_check_translates_the_integrity_answer(tmp_path, capsys, marked):
    from cli.platform import integrity_summary

    url = sqlite_url(tmp_path / "c.sqlite3")
    assert main(["demo", "--scale", "10", "--db", url]) == 0
    capsys.readouterr()
    main(["check", "--db", url, "--lang", "zh_CN"])
    out = capsys.readouterr().out
    assert "完整性检查：未发现问题" in out and "integrity_check" not in out
    assert integrity_summary("ok") == "«no problems»"
    summary = integrity_summary("row 1 missing from index a; row 2 missing from index b")
    assert summary.startswith("«2 problem(s)") and "row 1 missing" in summary


def test_os_errors_go_through_the_translator(marked):
    assert os_reason(OSError(errno.ENOENT, "No such file or directory")) == (
        "«No such file or directory»"
    )
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == (
        "«No space left on device»"
    )
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )


def test_an_os_error_of_a_command_is_one_translated_line(tmp_path, capsys, monkeypatch):
    import cli.platform

    def broken(args):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "x"))

    monkeypatch.setattr(cli.platform, "cmd_backup", broken)
    from cli import build_parser

    monkeypatch.setattr(
        "cli.build_parser",
        lambda *a: _parser_with(build_parser(*a), broken),
    )
    assert main(["backup", "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and str(tmp_path / "x") in err


def _parser_with(parser, func):
    from cli.options import subcommands

    for name, sub, _ in subcommands(parser):
        if name == "backup":
            sub.set_defaults(func=func)
    return parser


def test_the_tour_deletes_its_temporary_files(monkeypatch, tmp_path):
    import ui.tour

    made: list[Path] = []

    def fake_run(outdir, db_url, scratch):
        made.append(Path(tempfile.mkdtemp(prefix="marketdesk-tour-")))
        (made[-1] / "tour.sqlite3").write_bytes(b"demo data")
        made.append(scratch)
        return []

    monkeypatch.setattr(ui.tour, "_run_tour", fake_run)
    before = tempfile.gettempdir()
    ui.tour.run_tour(tmp_path / "out", None)
    assert made and not any(p.exists() for p in made)
    assert tempfile.gettempdir() == before
