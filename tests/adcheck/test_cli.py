"""python main.py check-ad: JSON and text output, exit status, stdin and files."""

from __future__ import annotations

import io
import json
import sys

from db.engine import sqlite_url
from main import main


def _json(capsys, *argv: str) -> tuple[int, dict]:
    code = main(["check-ad", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_json_findings_and_exit_status(capsys):
    code, out = _json(capsys, "清华名师推荐，包过！")
    assert code == 1
    assert [(f["article"], f["phrase"]) for f in out["findings"]] == [
        ("24(3)", "清华名师推荐"),
        ("24(1)", "包过"),
    ]
    assert all(f["explanation"] for f in out["findings"])
    code, out = _json(capsys, "最后一天报名，第一期学员最多可减200元")
    assert (code, out) == (0, {"findings": []})


def test_text_output_in_the_chosen_language(capsys):
    assert main(["check-ad", "--lang", "zh_CN", "最专业的老师"]) == 1
    out = capsys.readouterr().out
    assert "「最专业」" in out and "第九条" in out
    assert main(["check-ad", "--lang", "en", "最专业的老师"]) == 1
    assert "Art. 9(3)" in capsys.readouterr().out
    assert main(["check-ad", "第一次课免费"]) == 0
    assert capsys.readouterr().out.strip()


def test_stdin_and_files(capsys, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("押题班".encode())))
    code, out = _json(capsys, "-")
    assert (code, out["findings"][0]["phrase"]) == (1, "押题")
    copy = tmp_path / "copy.txt"
    copy.write_bytes("保证通过，顶级师资".encode("gb18030"))  # saved by a Chinese Notepad
    code, out = _json(capsys, "--file", str(copy))
    assert [f["phrase"] for f in out["findings"]] == ["保证通过", "顶级"]
    assert main(["check-ad"]) == 2
    assert main(["check-ad", "x", "--file", str(copy)]) == 2
    assert main(["check-ad", "--file", str(tmp_path / "missing.txt")]) == 2


def test_rules_come_from_the_database(capsys, tmp_path):
    from app.adcheck.service import AdRuleInput
    from app.database import prepare_database
    from app.services import Services
    from tests.conftest import make_actors

    url = sqlite_url(tmp_path / "a.sqlite3")
    db = prepare_database(url)
    services = Services(db)
    admin = make_actors(services)["admin"]
    services.adcheck.create_rule(
        admin, AdRuleInput("24(1)", "免试入学", explanation_en="Implies admission.", is_regex=False)
    )
    db.dispose()
    code = main(["check-ad", "免试入学", "--json", "--db", url])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out["findings"][0]["explanation"] == "Implies admission."
    assert main(["check-ad", "包过", "--db", url]) == 1  # the shipped rules still apply
